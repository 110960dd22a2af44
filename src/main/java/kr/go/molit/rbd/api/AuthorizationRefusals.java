package kr.go.molit.rbd.api;

import static java.util.Map.entry;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * The engine's refusals (403) in Korean: Tasklist shows an answer's message as it is, and the
 * engine's ("The user with id 'busan.official' does not have 'TASK_WORK' permission on resource …")
 * is English. The answer keeps Camunda's shape and fields ({@code userId}, {@code
 * missingAuthorizations}, …); only {@code message} is Korean, naming what would be needed in the
 * glossary's words (docs/glossary-ko.md). Registered in both Jersey applications.
 */
@Priority(Priorities.USER - 1000)
public class AuthorizationRefusals implements ExceptionMapper<AuthorizationException> {

  static final String REFUSED = "이 작업을 할 권한이 없습니다.";
  static final String ASK = "권한이 필요하면 시스템 운영 담당에게 문의하십시오.";

  static final Map<String, String> RESOURCES =
      Map.ofEntries(
          entry("Application", "애플리케이션"),
          entry("Authorization", "권한"),
          entry("Batch", "일괄 작업"),
          entry("DecisionDefinition", "의사결정 정의"),
          entry("Deployment", "배포"),
          entry("Filter", "필터"),
          entry("Group", "그룹"),
          entry("HistoricProcessInstance", "프로세스 인스턴스 이력"),
          entry("HistoricTask", "업무 이력"),
          entry("ProcessDefinition", "프로세스 정의"),
          entry("ProcessInstance", "프로세스 인스턴스"),
          entry("Task", "업무"),
          entry("Tenant", "테넌트"),
          entry("User", "사용자"));

  static final Map<String, String> PERMISSIONS =
      Map.ofEntries(
          entry("ACCESS", "접근"),
          entry("CREATE", "생성"),
          entry("CREATE_INSTANCE", "인스턴스 생성"),
          entry("DELETE", "삭제"),
          entry("DELETE_INSTANCE", "인스턴스 삭제"),
          entry("READ", "읽기"),
          entry("READ_HISTORY", "이력 읽기"),
          entry("READ_INSTANCE", "인스턴스 읽기"),
          entry("READ_TASK", "업무 읽기"),
          entry("TASK_ASSIGN", "담당자 지정"),
          entry("TASK_WORK", "업무 처리"),
          entry("UPDATE", "수정"),
          entry("UPDATE_INSTANCE", "인스턴스 수정"),
          entry("UPDATE_TASK", "업무 수정"));

  @Override
  public Response toResponse(AuthorizationException refusal) {
    Response camunda = ExceptionHandlerHelper.getInstance().getResponse(refusal);
    ExceptionDto body = (ExceptionDto) camunda.getEntity();
    body.setMessage(message(refusal.getMissingAuthorizations()));
    return Response.status(camunda.getStatus())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body)
        .build();
  }

  /** "이 작업을 할 권한이 없습니다. 필요한 권한(하나 이상): 업무 … 업무 처리(TASK_WORK), …" */
  static String message(List<MissingAuthorization> missing) {
    if (missing == null || missing.isEmpty()) {
      return REFUSED + " " + ASK;
    }
    String needed =
        missing.stream()
            .map(AuthorizationRefusals::describe)
            .distinct()
            .collect(Collectors.joining(", "));
    return REFUSED + " 필요한 권한(하나 이상): " + needed + ". " + ASK;
  }

  private static String describe(MissingAuthorization missing) {
    String resource = RESOURCES.getOrDefault(missing.getResourceType(), missing.getResourceType());
    String which =
        "*".equals(missing.getResourceId()) || missing.getResourceId() == null
            ? "모든 " + resource
            : resource + " " + missing.getResourceId();
    String permission = missing.getViolatedPermissionName();
    String korean = PERMISSIONS.get(permission);
    return which + "의 " + (korean == null ? permission : korean + "(" + permission + ")");
  }

  /** Registers this mapper in both engine APIs (see {@link InEveryJerseyApplication}). */
  public static final class EveryJerseyApplication extends InEveryJerseyApplication {

    public EveryJerseyApplication() {
      super(AuthorizationRefusals.class);
    }
  }
}
