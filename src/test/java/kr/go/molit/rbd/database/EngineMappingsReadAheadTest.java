package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.scripting.defaults.RawSqlSource;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

class EngineMappingsReadAheadTest {

  /** What a parse yields, by statement: its kind, result maps, and SQL where it is static. */
  static Map<String, String> statements(Configuration configuration) {
    Map<String, String> statements = new TreeMap<>();
    for (String name : configuration.getMappedStatementNames()) {
      MappedStatement statement = configuration.getMappedStatement(name);
      String sql = statement.getSqlSource() instanceof RawSqlSource raw ? raw.getBoundSql(null).getSql() : "dynamic";
      statements.put(name, statement.getSqlCommandType() + " "
          + statement.getResultMaps().stream().map(ResultMap::getId).toList() + " " + sql);
    }
    return statements;
  }

  @Test
  void readsWhatTheEngineWouldParseForEachDatabaseAndPrefix() {
    for (String[] database : new String[][] {{"h2", ""}, {"postgres", ""}, {"postgres", "camunda."}}) {
      Configuration engines = new ReadAheadEngineConfigurationTest.Building(null).build(database[0], database[1]);
      Configuration ours = EngineMappingsReadAhead.parse(EngineMappingsReadAhead.engineProperties(database[0], database[1]));

      assertThat(ours.getVariables()).isEqualTo(engines.getVariables());
      assertThat(ours.getResultMapNames()).containsExactlyInAnyOrderElementsOf(engines.getResultMapNames());
      Map<String, String> expected = statements(engines);
      assertThat(expected).hasSizeGreaterThan(500);
      assertThat(statements(ours)).isEqualTo(expected);
    }
  }

  @Test
  void knowsTheDatabaseFromTheEnginesSettingOrTheUrl() {
    assertThat(EngineMappingsReadAhead.databaseType(null, "jdbc:h2:file:./data/rbd-workflow")).isEqualTo("h2");
    assertThat(EngineMappingsReadAhead.databaseType("", "jdbc:postgresql://db:5432/rbd")).isEqualTo("postgres");
    assertThat(EngineMappingsReadAhead.databaseType(" Postgres ", "jdbc:h2:mem:x")).isEqualTo("postgres");
    assertThat(EngineMappingsReadAhead.databaseType(null, "jdbc:oracle:thin:@db:1521/rbd")).isNull();
    assertThat(EngineMappingsReadAhead.databaseType(null, "")).isNull();
    assertThat(EngineMappingsReadAhead.databaseType(null, null)).isNull();
  }

  @Test
  void startsNoReadWhereTheUrlIsLeftToTheContext() {
    MockEnvironment environment = new MockEnvironment();
    environment.setProperty("spring.datasource.url", "${DB_URL}");
    assertThat(EngineMappingsReadAhead.start(environment)).isNull();
    assertThat(EngineMappingsReadAhead.start(new StandardEnvironment())).isNull();
  }

  @Test
  void handsTheReadOnceToAnEngineOfTheSameDatabaseAndPrefix() {
    MockEnvironment environment = new MockEnvironment();
    environment.setProperty("spring.datasource.url", "jdbc:h2:mem:x");
    EngineMappingsReadAhead.Read read = EngineMappingsReadAhead.start(environment);

    assertThat(read.take("postgres", "")).as("another database").isNull();
    assertThat(read.take("h2", "camunda.")).as("another prefix").isNull();
    assertThat(read.taken()).isFalse();
    Configuration taken = read.take("h2", null);
    assertThat(taken).isNotNull();
    assertThat(taken.getVariables()).containsEntry("prefix", "").containsKey("limitBefore");
    assertThat(read.taken()).isTrue();
    assertThat(read.take("h2", "")).as("a second engine").isNull();
  }

  @Test
  void aFailedReadLeavesTheParseToTheEngine() {
    EngineMappingsReadAhead.Read read = new EngineMappingsReadAhead.Read("h2", "", () -> {
      throw new IllegalStateException("mappings unreadable");
    });
    read.run();
    assertThat(read.take("h2", "")).isNull();
  }
}
