package kr.go.molit.rbd.startup;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs our Flyway migrations after the process engine has created or updated its schema: some of
 * them index the engine's tables (Tasklist's filter query), which do not exist yet on a fresh
 * database when Flyway runs first.
 */
@Configuration(proxyBeanMethods = false)
class MigrationsAfterEngineSchema {

  static final String FLYWAY = "flywayInitializer";
  static final String ENGINE = "processEngineFactoryBean";

  @Bean
  static BeanFactoryPostProcessor flywayAfterProcessEngine() {
    return beanFactory -> {
      if (beanFactory.containsBeanDefinition(FLYWAY) && beanFactory.containsBeanDefinition(ENGINE)) {
        BeanDefinition flyway = beanFactory.getBeanDefinition(FLYWAY);
        String[] dependsOn = flyway.getDependsOn() == null ? new String[0] : flyway.getDependsOn();
        flyway.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of(ENGINE)).toArray(String[]::new));
      }
    };
  }
}
