package kr.go.molit.rbd.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.ext.Providers;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.util.ProvidersUtil;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link FilterPage} behind {@code /filter/{id}/list} of both engine APIs: Tasklist's {@code
 * /camunda/api/engine/engine/{name}/...} and {@code /engine-rest} (with and without an engine
 * name). The paths, parameters and media types are those of Camunda's {@code FilterResource};
 * JAX-RS picks these resources over Camunda's for the longer literal path. Every other filter call
 * is still Camunda's.
 */
public final class FilterPageResources {

  private static final String JSON = MediaType.APPLICATION_JSON;
  private static final String HAL = Hal.APPLICATION_HAL_JSON;

  private FilterPageResources() {}

  /** Camunda's two list calls of a filter, for the engine the subclass names. */
  public abstract static class FilterList {

    @Context Providers providers;

    /** The engine's name, null for the default engine. */
    abstract String engineName();

    /** The engine's path relative to the API's root. */
    abstract String enginePath();

    @GET
    @Produces({JSON, HAL})
    public Object list(
        @Context Request request,
        @PathParam("id") String filterId,
        @QueryParam("firstResult") Integer firstResult,
        @QueryParam("maxResults") Integer maxResults) {
      return page(filterId).executeList(request, firstResult, maxResults);
    }

    @POST
    @Consumes(JSON)
    @Produces({JSON, HAL})
    public Object query(
        @Context Request request,
        @PathParam("id") String filterId,
        String extendingQuery,
        @QueryParam("firstResult") Integer firstResult,
        @QueryParam("maxResults") Integer maxResults) {
      return page(filterId).queryList(request, extendingQuery, firstResult, maxResults);
    }

    private FilterPage page(String filterId) {
      ObjectMapper mapper =
          ProvidersUtil.resolveFromContext(
              providers, ObjectMapper.class, MediaType.APPLICATION_JSON_TYPE, FilterPage.class);
      return new FilterPage(engineName(), mapper, filterId, enginePath());
    }
  }

  /** The default engine: {@code /engine-rest/filter/{id}/list}. */
  @Path("/filter/{id}/list")
  public static class DefaultEngine extends FilterList {

    @Override
    String engineName() {
      return null;
    }

    @Override
    String enginePath() {
      return "/";
    }
  }

  /** A named engine: {@code .../engine/{name}/filter/{id}/list}, the path Tasklist calls. */
  @Path("/engine/{name}/filter/{id}/list")
  public static class NamedEngine extends FilterList {

    @PathParam("name")
    String engineName;

    @Override
    String engineName() {
      return engineName;
    }

    @Override
    String enginePath() {
      return "/engine/" + engineName;
    }
  }

  /** The named-engine resource goes where both APIs take their configuration classes from. */
  static void install() {
    EngineRestClasses.add(NamedEngine.class);
  }

  @Configuration(proxyBeanMethods = false)
  static class Installation {

    @Bean
    static BeanFactoryPostProcessor filterPageInstallation() {
      return beanFactory -> install();
    }

    /** The default-engine path exists on {@code /engine-rest} only, as Camunda's does. */
    @Bean
    ResourceConfigCustomizer filterPageOnEngineRest() {
      return config -> config.register(DefaultEngine.class);
    }
  }
}
