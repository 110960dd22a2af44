package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.scripting.xmltags.DynamicSqlSource;
import org.apache.ibatis.scripting.xmltags.SqlNode;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class ForEachPlaceholdersTest {

  @Test
  void renamesEveryPlaceholderAsMyBatisDoes() {
    List<String> names =
        List.of("item", "group", "i", "permCheck", "authCheck_1", "x", "it.em", "a$b", "", "n u");
    List<String> contents =
        List.of(
            "",
            " ",
            "item",
            " item",
            "\titem",
            "item ",
            "item.id",
            "item.id,jdbcType=VARCHAR",
            "item ,jdbcType=VARCHAR",
            "item:VARCHAR",
            "item\u000B",
            "item\u00A0",
            "itemX",
            "xitem",
            "item_",
            "item-1",
            "item(",
            "item[0]",
            "ITEM",
            "group",
            " group.resourceId",
            "groups",
            "i",
            "i.j",
            "index",
            "x,y",
            "permCheck.perms",
            "authCheck_1.x",
            "it.em",
            "a$b",
            "n u",
            "  item  .id",
            "item\n",
            "\u2003item");
    int compared = 0;
    for (String name : names) {
      for (String content : contents) {
        for (int number : new int[] {0, 7, 123}) {
          assertThat(ForEachPlaceholders.renamed(content, name, number))
              .as("'%s' for item '%s' %d", content, name, number)
              .isEqualTo(ForEachPlaceholders.mybatis(content, name, number));
          compared++;
        }
      }
    }
    assertThat(ForEachPlaceholders.renamed("x", null, 1))
        .isEqualTo(ForEachPlaceholders.mybatis("x", null, 1));
    assertThat(ForEachPlaceholders.renamed("null.id", null, 1)).isEqualTo("__frch_null_1.id");
    assertThat(compared).isGreaterThan(1_000);
  }

  @Test
  void everyLoopOfTheEngineMappingsTakesTheCharacterByCharacterPath() throws Exception {
    Pattern names = Pattern.compile("<foreach[^>]*?\\b(?:item|index)=\"([^\"]*)\"");
    Set<String> loopNames = new TreeSet<>();
    for (Resource mapping :
        new PathMatchingResourcePatternResolver()
            .getResources("classpath*:org/camunda/bpm/engine/impl/mapping/**/*.xml")) {
      Matcher loop =
          names.matcher(
              new String(mapping.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      while (loop.find()) {
        loopNames.add(loop.group(1));
      }
    }
    assertThat(loopNames).contains("item", "permCheck");
    assertThat(loopNames).allMatch(ForEachPlaceholders::plain);
  }

  static final String MAPPER =
      """
      <?xml version="1.0" encoding="UTF-8" ?>
      <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
      <mapper namespace="loops">
        <select id="loops" parameterType="map" resultType="string">
          select * from T
          <where>
            <if test="groups != null and groups.size() > 0">
              G in <foreach collection="groups" item="group" index="i" open="(" separator="," close=")">#{ group } + #{i}</foreach>
            </if>
            <foreach collection="checks" item="check" separator=" or " open="and (" close=")">
              (R = #{check.resource,jdbcType=VARCHAR} and P in
                <foreach collection="check.perms" item="perm" separator=",">#{perm:INTEGER}</foreach>
                <choose>
                  <when test="check.resource == 'task'">and K = #{ check .resource}</when>
                  <otherwise>and K = #{checkX} and X = #{check.resource}</otherwise>
                </choose>)
            </foreach>
            <foreach collection="byKey" index="key" item="value" separator=" and " open="and ">
              #{key} = #{value}<trim prefix=" /*" suffix="*/">#{ key}</trim>
            </foreach>
          </where>
        </select>
      </mapper>
      """;

  @Test
  void statementsWithLoopsBuildTheSameSqlAndBindingsAsMyBatis() throws Exception {
    Configuration mybatis = configuration();
    Configuration ours = configuration();
    Field rootField = DynamicSqlSource.class.getDeclaredField("rootSqlNode");
    rootField.setAccessible(true);
    SqlNode statement =
        (SqlNode) rootField.get(ours.getMappedStatement("loops.loops").getSqlSource());
    assertThat(ForEachPlaceholders.install(ours, statement, true))
        .as("loops given our body")
        .isEqualTo(4);
    assertThat(ForEachPlaceholders.install(ours, statement, true))
        .as("loops given it twice")
        .isZero();
    assertThat(ParsedSqlCache.install(ours, true)).isEqualTo(1);

    long renamedBefore = ForEachPlaceholders.itemsRenamed();
    for (Map<String, Object> parameter : parameters()) {
      BoundSql expected = mybatis.getMappedStatement("loops.loops").getBoundSql(parameter);
      BoundSql actual = ours.getMappedStatement("loops.loops").getBoundSql(parameter);
      assertThat(actual.getSql()).isEqualTo(expected.getSql());
      assertThat(properties(actual)).isEqualTo(properties(expected));
      for (ParameterMapping mapping : expected.getParameterMappings()) {
        String property = mapping.getProperty();
        String root =
            property.contains(".") ? property.substring(0, property.indexOf('.')) : property;
        assertThat(actual.hasAdditionalParameter(root))
            .as(property)
            .isEqualTo(expected.hasAdditionalParameter(root));
        if (expected.hasAdditionalParameter(root)) {
          assertThat(actual.getAdditionalParameter(property))
              .as(property)
              .isEqualTo(expected.getAdditionalParameter(property));
        }
      }
    }
    assertThat(ForEachPlaceholders.itemsRenamed() - renamedBefore)
        .as("items renamed by our body")
        .isGreaterThan(10);
  }

  private static Configuration configuration() throws Exception {
    Configuration configuration = new Configuration();
    new XMLMapperBuilder(
            new ByteArrayInputStream(MAPPER.getBytes(StandardCharsets.UTF_8)),
            configuration,
            "loops.xml",
            configuration.getSqlFragments())
        .parse();
    return configuration;
  }

  private static List<Map<String, Object>> parameters() {
    List<Map<String, Object>> parameters = new ArrayList<>();
    Map<String, Object> everything = new LinkedHashMap<>();
    everything.put("groups", List.of("division-land-policy", "region-busan", "tf-coordinator"));
    everything.put(
        "checks",
        List.of(
            Map.of("resource", "task", "perms", List.of(2, 64)),
            Map.of("resource", "process", "perms", List.of(1))));
    everything.put("checkX", "x");
    everything.put("byKey", new LinkedHashMap<>(Map.of("a", 1, "b", "two")));
    parameters.add(everything);
    Map<String, Object> little = new LinkedHashMap<>();
    little.put("groups", List.of());
    little.put("checks", List.of(Map.of("resource", "task", "perms", List.of())));
    little.put("checkX", null);
    little.put("byKey", Map.of());
    parameters.add(little);
    return parameters;
  }

  private static List<String> properties(BoundSql bound) {
    return bound.getParameterMappings().stream().map(ParameterMapping::getProperty).toList();
  }
}
