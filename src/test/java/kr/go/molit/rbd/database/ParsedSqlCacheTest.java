package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.junit.jupiter.api.Test;

/** Which parses may be kept: those whose placeholder types depend only on classes. */
class ParsedSqlCacheTest {

  @Test
  void aTextNamingTheParameterOnlyDependsOnItsClass() {
    ParsedSqlCache.Shape shape = ParsedSqlCache.Shape.of(
        "select * from T where A = #{parameter.id, jdbcType=VARCHAR} and B = #{ maxResults }",
        ListQueryParameterObject.class, bindings());
    assertThat(shape).isNotNull();
    assertThat(shape.boundClasses()).isEmpty();
    assertThat(shape).isEqualTo(ParsedSqlCache.Shape.of(
        "select * from T where A = #{parameter.id, jdbcType=VARCHAR} and B = #{ maxResults }",
        ListQueryParameterObject.class, bindings()));
  }

  @Test
  void boundValuesCountByTheirClassInPlaceholderOrder() {
    Map<String, Object> bindings = bindings();
    bindings.put("__frch_group_0", "division-land-policy");
    bindings.put("__frch_permCheck_1", new PermissionCheck());
    ParsedSqlCache.Shape shape = ParsedSqlCache.Shape.of(
        "G in (#{__frch_group_0}) and T = #{__frch_permCheck_1.resourceType, jdbcType=INTEGER}",
        TaskQueryImpl.class, bindings);
    assertThat(shape.boundClasses()).containsExactly(String.class, PermissionCheck.class);

    bindings.put("__frch_group_0", 7);
    assertThat(ParsedSqlCache.Shape.of("G in (#{__frch_group_0}) and T = #{__frch_permCheck_1.resourceType}",
        TaskQueryImpl.class, bindings).boundClasses()).containsExactly(Integer.class, PermissionCheck.class);
    bindings.put("__frch_group_0", null);
    assertThat(ParsedSqlCache.Shape.of("G in (#{__frch_group_0})", TaskQueryImpl.class, bindings).boundClasses())
        .containsExactly(Void.class);
  }

  @Test
  void typesReadFromValuesFurtherDownAreNeverKept() {
    Map<String, Object> bindings = bindings();
    bindings.put("map", new HashMap<>(Map.of("key", "value")));
    bindings.put("list", List.of("a"));
    bindings.put("check", new PermissionCheck());
    bindings.put("nothing", null);
    for (String text : List.of("#{map.key}", "#{list.size}", "#{check.resourceType.id}", "#{nothing.id}",
        "#{map[0]}", "#{check x}", "\\#{check}", "#{unclosed")) {
      assertThat(ParsedSqlCache.Shape.of("select " + text, TaskQueryImpl.class, bindings)).as(text).isNull();
    }
    // Names of the parameter's properties (not bound), expressions and empty placeholders: MyBatis
    // decides them from the text and the parameter's class alone.
    for (String text : List.of("#{authCheck.authUserId}", "#{items[0].id}", "#{(expression)}", "#{}")) {
      assertThat(ParsedSqlCache.Shape.of("select " + text, TaskQueryImpl.class, bindings)).as(text).isNotNull();
    }
  }

  private static Map<String, Object> bindings() {
    Map<String, Object> bindings = new HashMap<>();
    bindings.put("_parameter", new ListQueryParameterObject());
    bindings.put("_databaseId", "postgres");
    return bindings;
  }
}
