package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
      String sql =
          statement.getSqlSource() instanceof RawSqlSource raw
              ? raw.getBoundSql(null).getSql()
              : "dynamic";
      statements.put(
          name,
          statement.getSqlCommandType()
              + " "
              + statement.getResultMaps().stream().map(ResultMap::getId).toList()
              + " "
              + sql);
    }
    return statements;
  }

  @Test
  void readsWhatTheEngineWouldParseForEachDatabaseAndPrefix() {
    for (String[] database :
        new String[][] {{"h2", ""}, {"postgres", ""}, {"postgres", "camunda."}}) {
      Configuration engines =
          new ReadAheadEngineConfigurationTest.Building(null).build(database[0], database[1]);
      Configuration ours =
          EngineMappingsReadAhead.parse(
              EngineMappingsReadAhead.engineProperties(database[0], database[1]));

      assertThat(ours.getVariables()).isEqualTo(engines.getVariables());
      assertThat(ours.getResultMapNames())
          .containsExactlyInAnyOrderElementsOf(engines.getResultMapNames());
      Map<String, String> expected = statements(engines);
      assertThat(expected).hasSizeGreaterThan(500);
      assertThat(statements(ours)).isEqualTo(expected);
    }
  }

  @Test
  void knowsTheDatabaseFromTheEnginesSettingOrTheUrl() {
    assertThat(EngineMappingsReadAhead.databaseType(null, "jdbc:h2:file:./data/rbd-workflow"))
        .isEqualTo("h2");
    assertThat(EngineMappingsReadAhead.databaseType("", "jdbc:postgresql://db:5432/rbd"))
        .isEqualTo("postgres");
    assertThat(EngineMappingsReadAhead.databaseType(" Postgres ", "jdbc:h2:mem:x"))
        .isEqualTo("postgres");
    assertThat(EngineMappingsReadAhead.databaseType(null, "jdbc:oracle:thin:@db:1521/rbd"))
        .isNull();
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

    Configuration taken = read.take("h2", null);

    assertThat(taken).isNotNull();
    assertThat(taken.getVariables()).containsEntry("prefix", "").containsKey("limitBefore");
    assertThat(read.taken()).isTrue();
    assertThat(read.take("h2", "")).as("a second engine").isNull();
  }

  @Test
  void dropsTheReadForAnEngineOfAnotherDatabaseOrPrefix() {
    // Refusing needs no real parse: a read of an empty configuration, made on this thread.
    EngineMappingsReadAhead.Read another =
        new EngineMappingsReadAhead.Read("h2", "", Configuration::new);
    another.run();
    assertThat(another.take("postgres", "")).isNull();
    assertThat(another.take("h2", "")).as("refused once, gone").isNull();
    assertThat(another.taken()).isFalse();

    EngineMappingsReadAhead.Read prefixed =
        new EngineMappingsReadAhead.Read("h2", "", Configuration::new);
    prefixed.run();
    assertThat(prefixed.take("h2", "camunda.")).isNull();
    assertThat(prefixed.taken()).isFalse();
  }

  @Test
  void aReadRefusedBeforeItStartsIsNeverMade() {
    boolean[] parsed = new boolean[1];
    EngineMappingsReadAhead.Read read =
        new EngineMappingsReadAhead.Read(
            "h2",
            "",
            () -> {
              parsed[0] = true;
              return null;
            });
    assertThat(read.take("postgres", "")).isNull();
    read.run();
    assertThat(parsed[0]).isFalse();
  }

  @Test
  void anEngineThatAsksBeforeTheReadBeginsWaitsForIt() throws Exception {
    Configuration parsed = new Configuration();
    EngineMappingsReadAhead.Read read = new EngineMappingsReadAhead.Read("h2", "", () -> parsed);
    CompletableFuture<Configuration> engine =
        CompletableFuture.supplyAsync(() -> read.take("h2", ""));
    Thread.sleep(200); // the engine is waiting; the reading thread has not begun

    read.run();

    assertThat(engine.get(10, TimeUnit.SECONDS)).isSameAs(parsed);
    assertThat(read.taken()).isTrue();
  }

  @Test
  void aFailedReadLeavesTheParseToTheEngine() {
    EngineMappingsReadAhead.Read read =
        new EngineMappingsReadAhead.Read(
            "h2",
            "",
            () -> {
              throw new IllegalStateException("mappings unreadable");
            });
    read.run();
    assertThat(read.take("h2", "")).isNull();
  }
}
