package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import kr.go.molit.rbd.OnH2;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The server's engine on H2 runs on the mappings read during its start. */
@OnH2
class EngineMappingsReadAheadOnH2IT {

  @Autowired ProcessEngine engine;
  @Autowired EngineMappingsReadAhead.Read read;

  @Test
  void theEngineTookTheMappingsReadDuringTheStart() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration).isInstanceOf(ReadAheadEngineConfiguration.class);
    assertThat(read.taken()).isTrue();
    org.apache.ibatis.session.Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    assertThat(mybatis.getEnvironment().getDataSource()).isSameAs(configuration.getDataSource());
    assertThat(mybatis.getEnvironment().getTransactionFactory()).isSameAs(configuration.getTransactionFactory());
    assertThat(mybatis.getVariables()).containsEntry("prefix", configuration.getDatabaseTablePrefix());
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isPositive();
  }
}
