package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import kr.go.molit.rbd.OnPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tests' PostgreSQL comes from a bean, not from a URL in the configuration: no read is started
 * and the engine parses its mappings itself, as without the read.
 */
@OnPostgres
class EngineMappingsReadAheadOnPostgresIT {

  @Autowired ProcessEngine engine;
  @Autowired ObjectProvider<EngineMappingsReadAhead.Read> read;

  @Test
  void withoutAReadTheEngineParsesItsMappingsItself() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration).isInstanceOf(ReadAheadEngineConfiguration.class);
    assertThat(read.getIfAvailable()).isNull();
    assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
    assertThat(configuration.getSqlSessionFactory().getConfiguration().getVariables())
        .containsEntry("limitAfter", "LIMIT #{maxResults} OFFSET #{firstResult}");
  }
}
