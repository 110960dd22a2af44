package kr.go.molit.rbd.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * Puts one of our MyBatis statements in place of one of the engine's: our mapper is read into the
 * engine's MyBatis configuration (with the engine's variables, such as the table prefix, and its
 * SQL fragments), and the engine's statement name is mapped to ours through the engine's own
 * per-database statement mapping, for this engine only.
 */
public final class EngineStatements {

  private EngineStatements() {}

  static void replace(
      ProcessEngineConfigurationImpl configuration,
      String mapperResource,
      String engineStatement,
      String ourStatement) {
    load(configuration, mapperResource, ourStatement);
    DbSqlSessionFactory statements = configuration.getDbSqlSessionFactory();
    // A copy: the engine shares one mapping per database type between all engines of the JVM.
    Map<String, String> mappings =
        statements.getStatementMappings() == null
            ? new HashMap<>()
            : new HashMap<>(statements.getStatementMappings());
    mappings.put(engineStatement, ourStatement);
    statements.setStatementMappings(mappings);
  }

  /**
   * Reads our mapper into the engine's MyBatis configuration, unless its statement is there
   * already.
   */
  public static void load(
      ProcessEngineConfigurationImpl configuration, String mapperResource, String ourStatement) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(ourStatement, false)) {
      try (InputStream mapper = new ClassPathResource(mapperResource).getInputStream()) {
        new XMLMapperBuilder(mapper, mybatis, mapperResource, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + mapperResource, e);
      }
    }
  }
}
