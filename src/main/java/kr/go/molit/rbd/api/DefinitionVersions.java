package kr.go.molit.rbd.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The versions of one process or decision, listed without a page size, are read as one page of the
 * engine's query limit ({@code query-max-results-limit}, SECURITY.md).
 *
 * <p>Cockpit's page of a process or decision definition asks for every version of its key ({@code
 * GET process-definition?key=…&sortBy=version}) without {@code maxResults}, which the limit refuses
 * as unbounded: the page's version menu stayed empty, and operators could not switch to another
 * version of a model deployed from Modeler. A key has a few versions, far fewer than the limit;
 * lists without a key stay refused. Registered in every Jersey application: on {@code /engine-rest}
 * and the webapps' {@code /camunda/api/engine}.
 */
@PreMatching
public class DefinitionVersions implements ContainerRequestFilter {

  /**
   * The definition lists, on /engine-rest ("process-definition") and the webapps' API
   * ("engine/default/…").
   */
  static final Pattern DEFINITION_LIST =
      Pattern.compile("(engine/[^/]+/)?(process|decision)-definition/?");

  @Override
  public void filter(ContainerRequestContext request) {
    if (!HttpMethod.GET.equals(request.getMethod())
        || !DEFINITION_LIST.matcher(request.getUriInfo().getPath()).matches()) {
      return;
    }
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    String key = query.getFirst("key");
    if (key != null && !key.isBlank() && !query.containsKey("maxResults")) {
      request.setRequestUri(
          request
              .getUriInfo()
              .getRequestUriBuilder()
              .queryParam("maxResults", queryLimit())
              .build());
    }
  }

  private static int queryLimit() {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getQueryMaxResultsLimit();
  }

  /** Registers this filter in both engine APIs (see {@link InEveryJerseyApplication}). */
  public static final class EveryJerseyApplication extends InEveryJerseyApplication {

    public EveryJerseyApplication() {
      super(DefinitionVersions.class);
    }
  }
}
