package kr.go.molit.rbd.database;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway before the engine, always: our tables and (where the engine must not touch the schema)
 * Camunda's tables exist before the engine checks them at start.
 */
@Configuration(proxyBeanMethods = false)
class CamundaSchemaConfiguration {

  @Bean
  static EngineAfterFlyway engineAfterFlyway() {
    return new EngineAfterFlyway();
  }

  /** Only where the engine is told not to create or update its own schema (profile postgres). */
  @Bean
  @ConditionalOnProperty(name = "camunda.bpm.database.schema-update", havingValue = "false")
  JavaMigration camundaSchemaMigration() {
    return new CamundaSchemaMigration();
  }

  static final class EngineAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {

    EngineAfterFlyway() {
      super(ProcessEngine.class, ProcessEngineFactoryBean.class, FlywayMigrationInitializer.class);
    }
  }
}
