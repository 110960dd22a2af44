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
import java.util.Set;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.util.ProvidersUtil;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link FilterPage} behind {@code /filter/{id}/list} of both engine APIs: Tasklist's
 * {@code /camunda/api/engine/engine/{name}/...} and {@code /engine-rest} (with and without an
 * engine name). The paths, parameters and media types are those of Camunda's
 * {@code FilterResource}; JAX-RS picks these resources over Camunda's for the longer literal path.
 * Every other filter call is still Camunda's.
 */
public final class FilterPageResources {

  private static final String JSON = MediaType.APPLICATION_JSON;
  private static final String HAL = Hal.APPLICATION_HAL_JSON;

  private FilterPageResources() {}

  /** The default engine: {@code /engine-rest/filter/{id}/list}. */
  @Path("/filter/{id}/list")
  public static class DefaultEngine {

    @Context Providers providers;

    @GET
    @Produces({JSON, HAL})
    public Object list(@Context Request request, @PathParam("id") String filterId,
        @QueryParam("firstResult") Integer firstResult, @QueryParam("maxResults") Integer maxResults) {
      return page(providers, null, filterId, "/").executeList(request, firstResult, maxResults);
    }

    @POST
    @Consumes(JSON)
    @Produces({JSON, HAL})
    public Object query(@Context Request request, @PathParam("id") String filterId, String extendingQuery,
        @QueryParam("firstResult") Integer firstResult, @QueryParam("maxResults") Integer maxResults) {
      return page(providers, null, filterId, "/").queryList(request, extendingQuery, firstResult, maxResults);
    }
  }

  /** A named engine: {@code .../engine/{name}/filter/{id}/list}, the path Tasklist calls. */
  @Path("/engine/{name}/filter/{id}/list")
  public static class NamedEngine {

    @Context Providers providers;

    @GET
    @Produces({JSON, HAL})
    public Object list(@Context Request request, @PathParam("name") String engineName,
        @PathParam("id") String filterId,
        @QueryParam("firstResult") Integer firstResult, @QueryParam("maxResults") Integer maxResults) {
      return page(providers, engineName, filterId, "/engine/" + engineName)
          .executeList(request, firstResult, maxResults);
    }

    @POST
    @Consumes(JSON)
    @Produces({JSON, HAL})
    public Object query(@Context Request request, @PathParam("name") String engineName,
        @PathParam("id") String filterId, String extendingQuery,
        @QueryParam("firstResult") Integer firstResult, @QueryParam("maxResults") Integer maxResults) {
      return page(providers, engineName, filterId, "/engine/" + engineName)
          .queryList(request, extendingQuery, firstResult, maxResults);
    }
  }

  private static FilterPage page(Providers providers, String engineName, String filterId, String root) {
    ObjectMapper mapper = ProvidersUtil.resolveFromContext(providers, ObjectMapper.class,
        MediaType.APPLICATION_JSON_TYPE, FilterPage.class);
    FilterPage page = new FilterPage(engineName, mapper, filterId, root);
    page.setRelativeRootResourceUri(root);
    return page;
  }

  /** The named-engine resource goes where both APIs take their configuration classes from. */
  static void install() {
    Set<Class<?>> configuration = CamundaRestResources.getConfigurationClasses();
    synchronized (configuration) {
      configuration.add(NamedEngine.class);
    }
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
