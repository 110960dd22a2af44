package kr.go.molit.rbd.database;

import static kr.go.molit.rbd.database.LibraryFields.field;
import static kr.go.molit.rbd.database.LibraryFields.get;
import static kr.go.molit.rbd.database.LibraryFields.set;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.ibatis.builder.SqlSourceBuilder;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.scripting.xmltags.DynamicContext;
import org.apache.ibatis.scripting.xmltags.DynamicSqlSource;
import org.apache.ibatis.scripting.xmltags.SqlNode;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A dynamic MyBatis statement whose SQL, once its tags have been applied, is parsed once per shape
 * instead of on every execution.
 *
 * <p>MyBatis builds a dynamic statement in two steps each time: it applies the tags ({@code <if>},
 * {@code <foreach>}, ...) to the parameter, which yields SQL text with {@code #{...}} placeholders,
 * then parses that text into JDBC SQL and one parameter mapping per placeholder, resolving each
 * placeholder's Java type and type handler. The second step depends only on the text, the
 * parameter's class and, for placeholders naming a value bound while the tags were applied (a
 * {@code <foreach>} item, a {@code <bind>}), that value's class; the engine's statements repeat the
 * same few texts endlessly (JFR: the parsing was 5-9 % of the CPU of task queries, claims and form
 * submissions). This source applies the tags as MyBatis does and keeps the parsed result per (text,
 * parameter class, classes of the bound values named). Placeholders whose type MyBatis would read
 * from a value further down (a bound map, a collection, a path of more than one step from a bound
 * value) are never kept: those texts are parsed every time, as before.
 *
 * <p>With {@code verify} on (the tests' configuration), every use of a kept parse is checked
 * against a fresh one and a difference fails the statement.
 */
final class ParsedSqlCache implements SqlSource {

  /** Shapes kept per statement; beyond, the statement parses as MyBatis does. */
  static final int MAX_SHAPES = 64;

  private static final Field SQL_SOURCE = field(MappedStatement.class, "sqlSource");
  private static final Field ROOT_SQL_NODE = field(DynamicSqlSource.class, "rootSqlNode");
  private static final Class<?> NULL_VALUE = Void.class;

  private final Configuration configuration;
  private final SqlNode rootSqlNode;
  private final boolean verify;
  private final ConcurrentMap<Shape, Parsed> parsed = new ConcurrentHashMap<>();
  private final LongAdder reused = new LongAdder();

  ParsedSqlCache(Configuration configuration, SqlNode rootSqlNode, boolean verify) {
    this.configuration = configuration;
    this.rootSqlNode = rootSqlNode;
    this.verify = verify;
  }

  /**
   * Puts this source in place of every dynamic statement's of the configuration, its loops renaming
   * their placeholders the cheap way ({@link ForEachPlaceholders}); returns how many. Statements
   * already wrapped are left as they are.
   */
  static int install(Configuration configuration, boolean verify) {
    configuration.getMappedStatementNames(); // completes statements MyBatis left unresolved
    int installed = 0;
    // The values hold each statement twice (full and short name) and, for an ambiguous short name,
    // a placeholder that is not a MappedStatement.
    Collection<?> statements = new ArrayList<>(configuration.getMappedStatements());
    for (Object value : statements) {
      if (value instanceof MappedStatement statement
          && statement.getSqlSource() instanceof DynamicSqlSource dynamic) {
        SqlNode root = (SqlNode) get(ROOT_SQL_NODE, dynamic);
        ForEachPlaceholders.install(configuration, root, verify);
        set(SQL_SOURCE, statement, new ParsedSqlCache(configuration, root, verify));
        installed++;
      }
    }
    return installed;
  }

  /** How many executions of this statement used a kept parse. */
  long reused() {
    return reused.sum();
  }

  int shapes() {
    return parsed.size();
  }

  boolean verifies() {
    return verify;
  }

  @Override
  public BoundSql getBoundSql(Object parameterObject) {
    DynamicContext context = new DynamicContext(configuration, parameterObject);
    rootSqlNode.apply(context);
    String text = context.getSql();
    Class<?> parameterType = parameterObject == null ? Object.class : parameterObject.getClass();
    Map<String, Object> bindings = context.getBindings();
    Shape shape = Shape.of(text, parameterType, bindings);
    Parsed kept = shape == null ? null : parsed.get(shape);
    Parsed use;
    if (kept == null) {
      use = parse(text, parameterType, bindings, parameterObject);
      if (shape != null && parsed.size() < MAX_SHAPES) {
        parsed.putIfAbsent(shape, use);
      }
    } else {
      if (verify) {
        Parsed fresh = parse(text, parameterType, bindings, parameterObject);
        if (!kept.sameAs(fresh)) {
          throw new IllegalStateException("Kept parse differs from MyBatis's for " + text);
        }
      }
      reused.increment();
      use = kept;
    }
    BoundSql bound = new BoundSql(configuration, use.sql(), use.mappings(), parameterObject);
    bindings.forEach(bound::setAdditionalParameter);
    return bound;
  }

  private Parsed parse(
      String text, Class<?> parameterType, Map<String, Object> bindings, Object parameterObject) {
    BoundSql fresh =
        new SqlSourceBuilder(configuration)
            .parse(text, parameterType, bindings)
            .getBoundSql(parameterObject);
    return new Parsed(fresh.getSql(), List.copyOf(fresh.getParameterMappings()));
  }

  /** The parse MyBatis made: JDBC SQL and the mappings of its placeholders, shared read-only. */
  record Parsed(String sql, List<ParameterMapping> mappings) {

    boolean sameAs(Parsed other) {
      if (!sql.equals(other.sql) || mappings.size() != other.mappings.size()) {
        return false;
      }
      for (int i = 0; i < mappings.size(); i++) {
        ParameterMapping a = mappings.get(i);
        ParameterMapping b = other.mappings.get(i);
        if (!Objects.equals(a.getProperty(), b.getProperty())
            || a.getMode() != b.getMode()
            || a.getJavaType() != b.getJavaType()
            || a.getJdbcType() != b.getJdbcType()
            || !Objects.equals(a.getNumericScale(), b.getNumericScale())
            || !Objects.equals(a.getResultMapId(), b.getResultMapId())
            || !Objects.equals(a.getJdbcTypeName(), b.getJdbcTypeName())
            || !Objects.equals(a.getExpression(), b.getExpression())
            || (a.getTypeHandler() == null
                ? b.getTypeHandler() != null
                : b.getTypeHandler() == null
                    || a.getTypeHandler().getClass() != b.getTypeHandler().getClass())) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * What a parse depends on: the text, the parameter's class and the classes of the bound values
   * its placeholders name, in placeholder order. Null when the text has a placeholder whose type
   * would depend on more than that.
   */
  record Shape(String text, Class<?> parameterType, List<Class<?>> boundClasses) {

    static Shape of(String text, Class<?> parameterType, Map<String, Object> bindings) {
      if (bindings.size() <= 2
          && !text.contains(DynamicContext.PARAMETER_OBJECT_KEY)
          && !text.contains(DynamicContext.DATABASE_ID_KEY)) {
        return new Shape(
            text, parameterType, List.of()); // nothing bound but those two, and unnamed
      }
      if (text.indexOf('\\') >= 0) {
        return null; // escaped braces: MyBatis's tokenizer and ours could read different
        // placeholders
      }
      List<Class<?>> classes = new ArrayList<>();
      int start = text.indexOf("#{");
      while (start >= 0) {
        int end = text.indexOf('}', start + 2);
        if (end < 0) {
          return null;
        }
        if (!bound(text, start + 2, end, bindings, classes)) {
          return null;
        }
        start = text.indexOf("#{", end + 1);
      }
      return new Shape(text, parameterType, classes);
    }

    /**
     * Reads the placeholder between from and to: a property rooted in a bound value adds that
     * value's class (true), unless its type would be read from further down (false). Any other
     * placeholder is decided by the parameter's class and the text alone (true, nothing added).
     */
    private static boolean bound(
        String text, int from, int to, Map<String, Object> bindings, List<Class<?>> classes) {
      int i = skipSpaces(text, from, to);
      int rootEnd = identifierEnd(text, i, to);
      if (rootEnd == i) {
        return true; // an expression or an odd form: MyBatis decides it from the text alone
      }
      String root = text.substring(i, rootEnd);
      if (!bindings.containsKey(root)) {
        return true;
      }
      Object value = bindings.get(root);
      int next = skipSpaces(text, rootEnd, to);
      if (next < to && text.charAt(next) == '.') {
        int childEnd = identifierEnd(text, next + 1, to);
        int after = skipSpaces(text, childEnd, to);
        boolean oneStep =
            childEnd > next + 1
                && (after == to || text.charAt(after) == ',' || text.charAt(after) == ':');
        if (!oneStep
            || value == null
            || value instanceof Map
            || value instanceof Collection
            || value.getClass().isArray()) {
          return false;
        }
      } else if (next < to && text.charAt(next) != ',' && text.charAt(next) != ':') {
        return false;
      }
      classes.add(value == null ? NULL_VALUE : value.getClass());
      return true;
    }

    private static int skipSpaces(String text, int from, int to) {
      int i = from;
      while (i < to && text.charAt(i) <= ' ') {
        i++;
      }
      return i;
    }

    private static int identifierEnd(String text, int from, int to) {
      int i = from;
      while (i < to && Character.isJavaIdentifierPart(text.charAt(i))) {
        i++;
      }
      return i;
    }
  }

  /**
   * Wraps the engine's dynamic statements once the engine is built, our own mappers included (they
   * are read in other plugins' postInit). {@code rbd.database.verify-parsed-sql=true} (set for the
   * integration tests) checks every kept parse against a fresh one, and every placeholder a loop
   * renamed against MyBatis's renaming.
   */
  @Component
  static class Installation extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(ParsedSqlCache.class);

    private final boolean verify;

    Installation(@Value("${rbd.database.verify-parsed-sql:false}") boolean verify) {
      this.verify = verify;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
      Configuration mybatis =
          ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
              .getSqlSessionFactory()
              .getConfiguration();
      int installed = install(mybatis, verify);
      LOG.info(
          "Parsed SQL kept per shape for {} dynamic statements{}",
          installed,
          verify ? " (verified)" : "");
    }
  }
}
