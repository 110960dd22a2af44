package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Member;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.ognl.AbstractMemberAccess;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.Ognl;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.ExecutionQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class OgnlReadMethodsTest {

  /** The words of every test and collection expression in the engine's MyBatis mappings. */
  private static final Pattern EXPRESSION = Pattern.compile("(?:test|collection)=\"([^\"]*)\"");

  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final OgnlReadMethods ours = OgnlReadMethods.instance();
  private final ObjectPropertyAccessor ognls = new ObjectPropertyAccessor();

  @Test
  void readsEveryPropertyTheEngineMappingsNameAsOgnlDoes() throws Exception {
    Set<String> names = mappingWords();
    assertThat(names)
        .contains(
            "isWithoutTenantId",
            "isOrQueryActive",
            "isTenantIdSet",
            "candidateGroups",
            "authCheck",
            "shouldPerformAuthorizatioCheck");
    int compared = 0;
    for (Object target : targets()) {
      for (String name : names) {
        assertThat(outcome(() -> ours.getPossibleProperty(context(target), target, name)))
            .as("%s.%s", target.getClass().getSimpleName(), name)
            .isEqualTo(outcome(() -> ognls.getPossibleProperty(context(target), target, name)));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(4_000);
  }

  @Test
  void aGetterlessReadMethodIsLookedUpOncePerClassAndName() throws Exception {
    TaskQueryImpl query = new TaskQueryImpl();
    query.withoutTenantId();
    int before = ours.remembered(TaskQueryImpl.class);
    for (int i = 0; i < 3; i++) {
      assertThat(ours.getPossibleProperty(context(query), query, "isWithoutTenantId"))
          .isEqualTo(true);
      assertThat(ours.getPossibleProperty(context(query), query, "isOrQueryActive"))
          .isEqualTo(false);
    }
    assertThat(ours.remembered(TaskQueryImpl.class)).isBetween(before, before + 2);
    assertThat(ours.readMethod(TaskQueryImpl.class, "isWithoutTenantId"))
        .isEqualTo(OgnlRuntime.getReadMethod(TaskQueryImpl.class, "isWithoutTenantId", null));
    // A getter is OGNL's own cached answer, not kept here.
    assertThat(ours.readMethod(TaskQueryImpl.class, "candidateGroups"))
        .isEqualTo(OgnlRuntime.getGetMethod(TaskQueryImpl.class, "candidateGroups"));
    assertThat(ours.remembered(TaskQueryImpl.class)).isBetween(before, before + 2);
  }

  @Test
  void aFailingGetterAndAFieldAnswerAsOgnlDoes() {
    Bean bean = new Bean();
    for (String name : List.of("broken", "field", "value", "isFlag", "flag", "missing")) {
      assertThat(outcome(() -> ours.getPossibleProperty(context(bean), bean, name)))
          .as(name)
          .isEqualTo(outcome(() -> ognls.getPossibleProperty(context(bean), bean, name)));
    }
    assertThat(outcome(() -> ours.getPossibleProperty(context(bean), bean, "broken")))
        .startsWith("threw org.apache.ibatis.ognl.OgnlException");
  }

  @Test
  void installingTwiceKeepsOneAccessor() throws OgnlException {
    OgnlReadMethods.install();
    OgnlReadMethods.install();
    assertThat(OgnlReadMethods.installed()).isTrue();
    assertThat(OgnlRuntime.getPropertyAccessor(Object.class)).isSameAs(ours);
  }

  public static class Bean {
    public String field = "field";

    public String getBroken() {
      throw new IllegalStateException("broken getter");
    }

    public int getValue() {
      return 42;
    }

    public boolean isFlag() {
      return true;
    }
  }

  private static List<Object> targets() {
    TaskQueryImpl plain = new TaskQueryImpl();
    TaskQueryImpl division = new TaskQueryImpl();
    division
        .taskCandidateGroupIn(List.of("division-land-policy"))
        .includeAssignedTasks()
        .orderByTaskCreateTime()
        .desc();
    division.withoutTenantId();
    AuthorizationCheck check =
        new AuthorizationCheck(
            "land-policy.officer",
            List.of("division-land-policy"),
            new CompositePermissionCheck(),
            true);
    PermissionCheck read = new PermissionCheck();
    read.setPermission(Permissions.READ);
    read.setResource(Resources.TASK);
    read.setResourceIdQueryParam("RES.ID_");
    CompositePermissionCheck checks = new CompositePermissionCheck();
    checks.addAtomicCheck(read);
    check.setPermissionChecks(checks);
    division.setAuthCheck(check);
    ExecutionQueryImpl executions = new ExecutionQueryImpl();
    executions.tenantIdIn("a", "b");
    VariableInstanceQueryImpl variables = new VariableInstanceQueryImpl();
    variables.variableScopeIdIn("scope");
    return List.of(
        plain,
        division,
        check,
        read,
        checks,
        executions,
        variables,
        new HistoricTaskInstanceQueryImpl(),
        new ListQueryParameterObject("parameter", 0, 15),
        new Bean());
  }

  private static Set<String> mappingWords() throws IOException {
    Set<String> words = new TreeSet<>();
    Resource[] mappings =
        new PathMatchingResourcePatternResolver()
            .getResources("classpath*:org/camunda/bpm/engine/impl/mapping/entity/*.xml");
    assertThat(mappings).hasSizeGreaterThan(50);
    for (Resource mapping : mappings) {
      Matcher expression = EXPRESSION.matcher(mapping.getContentAsString(StandardCharsets.UTF_8));
      while (expression.find()) {
        Matcher word = WORD.matcher(expression.group(1).replaceAll("'[^']*'", ""));
        while (word.find()) {
          words.add(word.group());
        }
      }
    }
    return words;
  }

  private static OgnlContext context(Object root) {
    return Ognl.createDefaultContext(
        root,
        new AbstractMemberAccess() {
          @Override
          public boolean isAccessible(
              OgnlContext context, Object target, Member member, String propertyName) {
            return true;
          }
        });
  }

  private interface Read {
    Object get() throws Exception;
  }

  /** A comparable account of a read: its value (arrays by content), or the exception it threw. */
  private static String outcome(Read read) {
    try {
      Object value = read.get();
      if (value instanceof Object[] array) {
        return "array " + java.util.Arrays.deepToString(array);
      }
      if (value instanceof AuthorizationCheck
          || value instanceof CompositePermissionCheck
          || value instanceof PermissionCheck) {
        return "value " + value.getClass().getName() + "@" + System.identityHashCode(value);
      }
      // Lists and the rest by content: some getters build a new list per call.
      return "value " + Objects.toString(value);
    } catch (Exception e) {
      Throwable cause = e.getCause();
      return "threw "
          + e.getClass().getName()
          + ": "
          + e.getMessage()
          + (cause == null
              ? ""
              : " caused by " + cause.getClass().getName() + ": " + cause.getMessage());
    }
  }
}
