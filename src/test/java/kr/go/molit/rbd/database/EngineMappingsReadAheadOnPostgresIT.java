package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import kr.go.molit.rbd.OnPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The production profile names its database, so the engine on PostgreSQL runs on the mappings read
 * during the start, as in production (the tests' server comes from a bean, not from the URL).
 */
@OnPostgres
class EngineMappingsReadAheadOnPostgresIT {

  @Autowired ProcessEngine engine;
  @Autowired EngineMappingsReadAhead.Read read;

  @Test
  void theEngineTookTheMappingsReadForPostgres() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration).isInstanceOf(ReadAheadEngineConfiguration.class);
    assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
    assertThat(read.taken()).isTrue();
    org.apache.ibatis.session.Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    assertThat(mybatis.getEnvironment().getDataSource()).isSameAs(configuration.getDataSource());
    assertThat(mybatis.getVariables()).containsEntry("limitAfter", "LIMIT #{maxResults} OFFSET #{firstResult}");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isPositive();
  }
}
