package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.junit.jupiter.api.Test;

/** Which parses may be kept: those whose placeholder types depend only on classes. */
class ParsedSqlCacheTest {

  @Test
  void aTextNamingTheParameterOnlyDependsOnItsClass() {
    ParsedSqlCache.Shape shape =
        ParsedSqlCache.Shape.of(
            "select * from T where A = #{parameter.id, jdbcType=VARCHAR} and B = #{ maxResults }",
            ListQueryParameterObject.class,
            bindings());
    assertThat(shape).isNotNull();
    assertThat(shape.boundClasses()).isEmpty();
    assertThat(shape)
        .isEqualTo(
            ParsedSqlCache.Shape.of(
                "select * from T where A = #{parameter.id, jdbcType=VARCHAR} and B = #{ maxResults }",
                ListQueryParameterObject.class,
                bindings()));
  }

  @Test
  void boundValuesCountByTheirClassInPlaceholderOrder() {
    Map<String, Object> bindings = bindings();
    bindings.put("__frch_group_0", "division-land-policy");
    bindings.put("__frch_permCheck_1", new PermissionCheck());
    ParsedSqlCache.Shape shape =
        ParsedSqlCache.Shape.of(
            "G in (#{__frch_group_0}) and T = #{__frch_permCheck_1.resourceType, jdbcType=INTEGER}",
            TaskQueryImpl.class,
            bindings);
    assertThat(shape.boundClasses()).containsExactly(String.class, PermissionCheck.class);

    bindings.put("__frch_group_0", 7);
    assertThat(
            ParsedSqlCache.Shape.of(
                    "G in (#{__frch_group_0}) and T = #{__frch_permCheck_1.resourceType}",
                    TaskQueryImpl.class,
                    bindings)
                .boundClasses())
        .containsExactly(Integer.class, PermissionCheck.class);
    bindings.put("__frch_group_0", null);
    assertThat(
            ParsedSqlCache.Shape.of("G in (#{__frch_group_0})", TaskQueryImpl.class, bindings)
                .boundClasses())
        .containsExactly(Void.class);
  }

  @Test
  void typesReadFromValuesFurtherDownAreNeverKept() {
    Map<String, Object> bindings = bindings();
    bindings.put("map", new HashMap<>(Map.of("key", "value")));
    bindings.put("list", List.of("a"));
    bindings.put("check", new PermissionCheck());
    bindings.put("nothing", null);
    for (String text :
        List.of(
            "#{map.key}",
            "#{list.size}",
            "#{check.resourceType.id}",
            "#{nothing.id}",
            "#{map[0]}",
            "#{check x}",
            "\\#{check}",
            "#{unclosed")) {
      assertThat(ParsedSqlCache.Shape.of("select " + text, TaskQueryImpl.class, bindings))
          .as(text)
          .isNull();
    }
    // Names of the parameter's properties (not bound), expressions and empty placeholders: MyBatis
    // decides them from the text and the parameter's class alone.
    for (String text :
        List.of("#{authCheck.authUserId}", "#{items[0].id}", "#{(expression)}", "#{}")) {
      assertThat(ParsedSqlCache.Shape.of("select " + text, TaskQueryImpl.class, bindings))
          .as(text)
          .isNotNull();
    }
  }

  /**
   * The same text with bound values of other classes: MyBatis resolves other types and handlers,
   * and so must the kept parses (here through MyBatis itself, on a statement of its own).
   */
  @Test
  void aKeptParseAnswersAsMyBatisForEachClassOfBoundValues() {
    Configuration mybatis = new Configuration();
    String mapper =
        """
        <?xml version="1.0" encoding="UTF-8" ?>
        <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
        <mapper namespace="test">
          <select id="byValues" parameterType="map" resultType="string">
            select ID_ from T where V in
            <foreach item="value" collection="values" open="(" separator="," close=")">#{value}</foreach>
            <if test="owner != null">and O = #{owner.name}</if>
          </select>
        </mapper>
        """;
    new XMLMapperBuilder(
            new ByteArrayInputStream(mapper.getBytes(StandardCharsets.UTF_8)),
            mybatis,
            "test.xml",
            mybatis.getSqlFragments())
        .parse();
    MappedStatement statement = mybatis.getMappedStatement("test.byValues");
    List<Map<String, Object>> parameters =
        List.of(
            Map.of("values", List.of("a", "b")),
            Map.of("values", List.of(1, 2)),
            Map.of("values", List.of("c", "d")),
            Map.of("values", List.of(3L, 4L)),
            Map.of("values", List.of("e", "f")));
    List<List<String>> plain =
        parameters.stream().map(p -> describe(statement.getBoundSql(p))).toList();

    assertThat(ParsedSqlCache.install(mybatis, true)).isEqualTo(1);
    ParsedSqlCache kept = (ParsedSqlCache) statement.getSqlSource();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < parameters.size(); i++) {
        assertThat(describe(statement.getBoundSql(parameters.get(i))))
            .as("parameter %d", i)
            .isEqualTo(plain.get(i));
      }
    }
    assertThat(plain.get(0)).isNotEqualTo(plain.get(1)); // String and Integer handlers
    assertThat(kept.shapes()).isEqualTo(3); // strings, integers, longs
    assertThat(kept.reused()).isEqualTo(7);
  }

  private static List<String> describe(BoundSql bound) {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(bound.getSql()),
            bound.getParameterMappings().stream()
                .map(
                    (ParameterMapping m) ->
                        m.getProperty()
                            + ":"
                            + m.getJavaType().getName()
                            + ":"
                            + m.getTypeHandler().getClass().getName()))
        .toList();
  }

  private static Map<String, Object> bindings() {
    Map<String, Object> bindings = new HashMap<>();
    bindings.put("_parameter", new ListQueryParameterObject());
    bindings.put("_databaseId", "postgres");
    return bindings;
  }
}
