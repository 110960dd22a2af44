package kr.go.molit.rbd.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API's JSON mapper, configured once per API instead of once per request.
 *
 * <p>Camunda's {@link JacksonConfigurator} answers every lookup with a new {@link ObjectMapper};
 * the JSON provider looks one up to read each request body and to write each response, so every
 * call registered the Java time module again and rebuilt the serializers of its DTOs (a tenth of
 * the CPU of a claim or submit-form call, measured in docs/performance.md). This subclass keeps the
 * same configuration (Camunda's date format, unknown properties ignored, java.time support) in one
 * mapper, which Jackson makes safe to share once configured; its date format is copied per use. It
 * also reads a task without its form reference ({@link TaskFormRefReadOnly}), so that officials can
 * set due and follow-up dates in Tasklist.
 *
 * <p>It takes JacksonConfigurator's place in the configuration classes that both engine APIs
 * register: {@code /engine-rest} (the REST starter) and {@code /camunda/api/engine}, which Tasklist
 * calls. The swap happens while bean definitions are processed, before the web server starts either
 * servlet.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
public class SharedRestObjectMapper extends JacksonConfigurator {

  private static final AtomicInteger CREATED = new AtomicInteger();

  private final ObjectMapper mapper =
      configureObjectMapper(new ObjectMapper()).addMixIn(TaskDto.class, TaskFormRefReadOnly.class);

  public SharedRestObjectMapper() {
    CREATED.incrementAndGet();
  }

  /** How many have been made in this JVM: one per REST application that registers it. */
  public static int created() {
    return CREATED.get();
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }

  /**
   * Puts this class in place of Camunda's configurator in the engine APIs' configuration classes.
   */
  static void install() {
    EngineRestClasses.replace(JacksonConfigurator.class, SharedRestObjectMapper.class);
  }

  @Configuration(proxyBeanMethods = false)
  static class Installation {

    @Bean
    static BeanFactoryPostProcessor sharedRestObjectMapperInstallation() {
      return beanFactory -> install();
    }
  }
}
