package kr.go.molit.rbd.monitoring;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import kr.go.molit.rbd.api.EngineRestClasses;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Names the REST call in the HTTP request metrics ({@code http.server.requests}): Spring knows the
 * path pattern of its own controllers only, so every call of both engine APIs was counted under
 * {@code uri="UNKNOWN"}, submissions, claims and Tasklist's filter lists alike. This response
 * filter of both Jersey applications hands Spring the path of the resource method Jersey matched,
 * with its parameters as templates ({@code /engine-rest/task/{id}/submit-form}), so operators see
 * each kind of call's rate, errors and latency apart, with as many series as the API has methods.
 */
@Provider
public class RestRequestPaths implements ContainerResponseFilter {

  /**
   * The request's observation comes from its properties, which Jersey's servlet container reads
   * from the servlet request's attributes, and carries that request: an injected {@code
   * HttpServletRequest} would be a proxy resolving the current request through Jersey's injection
   * on every call (4.5 % of a small REST call's CPU, JFR).
   */
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getUriInfo() instanceof ExtendedUriInfo uriInfo)
        || uriInfo.getMatchedTemplates().isEmpty()
        || !(request.getProperty(ServerHttpObservationFilter.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE)
            instanceof ServerRequestObservationContext context)
        || context.getPathPattern() != null) {
      return;
    }
    context.setPathPattern(
        pattern(context.getCarrier().getServletPath(), uriInfo.getMatchedTemplates()));
  }

  /**
   * The servlet's path, then Jersey's matched templates from the outermost (they come innermost
   * first).
   */
  static String pattern(String servletPath, List<UriTemplate> matchedTemplates) {
    StringBuilder path = new StringBuilder(servletPath);
    for (int i = matchedTemplates.size() - 1; i >= 0; i--) {
      String template = matchedTemplates.get(i).getTemplate();
      if (template.isEmpty() || template.equals("/")) {
        continue;
      }
      if (path.isEmpty() || path.charAt(path.length() - 1) != '/') {
        path.append('/');
      }
      path.append(template, template.startsWith("/") ? 1 : 0, template.length());
      if (path.length() > 1 && path.charAt(path.length() - 1) == '/') {
        path.setLength(path.length() - 1);
      }
    }
    return path.isEmpty() ? "/" : path.toString();
  }

  /** Both engine APIs take their providers from Camunda's set of configuration classes. */
  static void install() {
    EngineRestClasses.add(RestRequestPaths.class);
  }

  @Configuration(proxyBeanMethods = false)
  static class Installation {

    @Bean
    static BeanFactoryPostProcessor restRequestPathsInstallation() {
      return beanFactory -> install();
    }
  }
}
