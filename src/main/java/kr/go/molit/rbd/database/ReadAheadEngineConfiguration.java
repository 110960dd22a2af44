package kr.go.molit.rbd.database;

import java.util.List;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;

/**
 * The engine's configuration as the Camunda starter makes it, except that it takes the MyBatis
 * mappings {@link EngineMappingsReadAhead} read during the start instead of parsing them again.
 */
public class ReadAheadEngineConfiguration extends SpringProcessEngineConfiguration {

  private final EngineMappingsReadAhead.Read readAhead;

  ReadAheadEngineConfiguration(EngineMappingsReadAhead.Read readAhead) {
    this.readAhead = readAhead;
  }

  @Override
  protected void initSqlSessionFactory() {
    if (sqlSessionFactory == null && !isUseSharedSqlSessionFactory && readAhead != null) {
      Configuration mappings = readAhead.take(databaseType, databaseTablePrefix);
      if (mappings != null) {
        // What the engine sets around its own parse
        // (ProcessEngineConfigurationImpl.initSqlSessionFactory).
        mappings.setEnvironment(new Environment("default", transactionFactory, dataSource));
        mappings.setDefaultStatementTimeout(jdbcStatementTimeout);
        if (isJdbcBatchProcessing()) {
          mappings.setDefaultExecutorType(ExecutorType.BATCH);
        }
        sqlSessionFactory = new DefaultSqlSessionFactory(mappings);
      }
    }
    super.initSqlSessionFactory(); // parses only where no session factory was set
  }

  /** In place of the starter's {@code CamundaBpmConfiguration.processEngineConfigurationImpl}. */
  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  static class Beans {

    @Bean
    ProcessEngineConfigurationImpl processEngineConfigurationImpl(
        List<ProcessEnginePlugin> plugins, ObjectProvider<EngineMappingsReadAhead.Read> readAhead) {
      SpringProcessEngineConfiguration configuration =
          CamundaSpringBootUtil.initCustomFields(
              new ReadAheadEngineConfiguration(readAhead.getIfAvailable()));
      configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
      return configuration;
    }
  }
}
