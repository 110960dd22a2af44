package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.transaction.managed.ManagedTransactionFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class ReadAheadEngineConfigurationTest {

  /**
   * The configuration's session factory built as the engine builds it, without the rest of an
   * engine; without a read, the engine's own parse.
   */
  static final class Building extends ReadAheadEngineConfiguration {
    Building(EngineMappingsReadAhead.Read read) {
      super(read);
    }

    Configuration build(String databaseType) {
      return build(databaseType, "");
    }

    Configuration build(String databaseType, String prefix) {
      setDatabaseType(databaseType);
      setDatabaseTablePrefix(prefix);
      setJdbcStatementTimeout(17);
      JdbcDataSource unused = new JdbcDataSource();
      unused.setURL("jdbc:h2:mem:never-opened");
      setDataSource(unused);
      transactionFactory = new ManagedTransactionFactory();
      initSqlSessionFactory();
      return getSqlSessionFactory().getConfiguration();
    }
  }

  static EngineMappingsReadAhead.Read readFor(String databaseType, Configuration[] parsed) {
    return new EngineMappingsReadAhead.Read(
        databaseType,
        "",
        () ->
            parsed[0] =
                EngineMappingsReadAhead.parse(
                    EngineMappingsReadAhead.engineProperties(databaseType, "")));
  }

  @Test
  void takesTheReadForItsDatabaseAndSetsWhatTheEngineSetsAroundItsParse() {
    Configuration[] parsed = new Configuration[1];
    EngineMappingsReadAhead.Read read = readFor("h2", parsed);
    read.run();
    Building configuration = new Building(read);

    Configuration mybatis = configuration.build("h2");

    assertThat(mybatis).isSameAs(parsed[0]);
    assertThat(mybatis.getEnvironment().getDataSource()).isSameAs(configuration.getDataSource());
    assertThat(mybatis.getEnvironment().getTransactionFactory())
        .isSameAs(configuration.getTransactionFactory());
    assertThat(mybatis.getDefaultStatementTimeout()).isEqualTo(17);
    assertThat(mybatis.getDefaultExecutorType())
        .isEqualTo(
            configuration.isJdbcBatchProcessing() ? ExecutorType.BATCH : ExecutorType.SIMPLE);
  }

  @Test
  void parsesItselfWhereTheReadWasForAnotherDatabase() {
    Configuration[] parsed = new Configuration[1];
    EngineMappingsReadAhead.Read read = readFor("postgres", parsed);
    read.run();

    Configuration mybatis = new Building(read).build("h2");

    assertThat(mybatis).isNotSameAs(parsed[0]);
    assertThat(read.taken()).isFalse();
    assertThat(mybatis.getMappedStatementNames()).hasSizeGreaterThan(500);
    assertThat(mybatis.getDefaultStatementTimeout()).isEqualTo(17);
  }

  @Test
  void parsesItselfWithoutARead() {
    Configuration mybatis = new Building(null).build("h2");

    assertThat(mybatis.getMappedStatementNames()).hasSizeGreaterThan(500);
    assertThat(mybatis.getEnvironment()).isNotNull();
  }
}
