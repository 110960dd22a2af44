package kr.go.molit.rbd.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Files are attached to a petition (첨부 문서: its page, Tasklist's tab, {@code
 * /api/petitions/{number}/documents}), not to one of its tasks through the engine's API. Camunda's
 * {@code POST task/{id}/attachment/create} lets anyone who can read a task store any file of any
 * kind on it, unchecked (the engine checks no permission on attachments), where no page shows it
 * and no one is told: refused on both engine APIs with 403 in Camunda's error shape, naming where
 * documents go. Reading a task's attachments stays as it is.
 */
@PreMatching
public class TaskAttachmentsRefused implements ContainerRequestFilter {

  /** On /engine-rest ("task/…") and the webapps' API ("engine/default/task/…"). */
  static final Pattern CREATE = Pattern.compile("(engine/[^/]+/)?task/[^/]+/attachment/create/?");

  static final String MESSAGE =
      "업무에는 파일을 첨부할 수 없습니다. 문서는 건의에 첨부해 주십시오: 업무의 '첨부 문서' 탭, 건의 현황의 건의 페이지,"
          + " 또는 POST /api/petitions/{번호}/documents.";

  @Override
  public void filter(ContainerRequestContext request) {
    if (HttpMethod.POST.equals(request.getMethod())
        && CREATE.matcher(request.getUriInfo().getPath()).matches()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "AuthorizationException");
      body.put("message", MESSAGE);
      body.put("code", 0);
      request.abortWith(
          Response.status(Response.Status.FORBIDDEN)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(body)
              .build());
    }
  }

  /** Registers this filter in both engine APIs (see {@link InEveryJerseyApplication}). */
  public static final class EveryJerseyApplication extends InEveryJerseyApplication {

    public EveryJerseyApplication() {
      super(TaskAttachmentsRefused.class);
    }
  }
}
