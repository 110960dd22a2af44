package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The server's engine runs on the mappings read during its start: on H2 from the URL, on PostgreSQL
 * from the production profile's named type (the tests' server comes from a bean).
 */
abstract class EngineMappingsReadAheadChecks {

  @Autowired ProcessEngine engine;
  @Autowired EngineMappingsReadAhead.Read read;

  @Test
  void theEngineTookTheMappingsReadDuringTheStart() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration).isInstanceOf(ReadAheadEngineConfiguration.class);
    assertThat(read.taken()).isTrue();
    org.apache.ibatis.session.Configuration mybatis =
        configuration.getSqlSessionFactory().getConfiguration();
    assertThat(mybatis.getEnvironment().getDataSource()).isSameAs(configuration.getDataSource());
    assertThat(mybatis.getEnvironment().getTransactionFactory())
        .isSameAs(configuration.getTransactionFactory());
    assertThat(mybatis.getVariables())
        .containsEntry("prefix", configuration.getDatabaseTablePrefix())
        .containsEntry(
            "limitAfter",
            DbSqlSessionFactory.databaseSpecificLimitAfterStatements.get(
                configuration.getDatabaseType()));
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isPositive();
  }
}
