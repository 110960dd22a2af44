package kr.go.molit.rbd.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import kr.go.molit.rbd.database.CompletionConflictRetry;
import kr.go.molit.rbd.support.Causes;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * Engine REST answers 409 Conflict, in Korean, when an official's change met another official's: a
 * task someone else claimed first, or a task or petition another transaction changed while this one
 * ran (an optimistic-locking failure or a deadlock; completions have already been run again by
 * {@link CompletionConflictRetry} before one reaches the caller); and 404, in Korean, for a task
 * that is gone meanwhile (a colleague completed it while this official had its form open). Camunda
 * answers the conflicts and a claim or submission of a task that is gone with 500 (a read of its
 * form with 400), in English: monitoring counts a server fault, and the official reads something
 * they can do nothing with, where two members of a division working from their group's list is an
 * ordinary morning. Likewise 400, in Korean, for a request to delete a task that is a step of a
 * running petition or session (Camunda's 500 "The task cannot be deleted because is part of a
 * running process"): the step is completed in its form, or its process cancelled by an operator,
 * and nothing is deleted. The body keeps Camunda's shape ({@code type}, {@code message}, {@code
 * code}: 1 for an optimistic-locking failure, which clients may retry on). Registered in both
 * Jersey applications: {@code /engine-rest} and the webapps' {@code /camunda/api/engine}.
 */
@Priority(Priorities.USER - 1000)
public class EngineConflicts implements ExceptionMapper<ProcessEngineException> {

  static final String CLAIMED_BY_ANOTHER = "이 업무는 이미 다른 담당자(%s)가 맡았습니다. 목록을 새로 고친 뒤 확인하세요.";
  static final String CHANGED_MEANWHILE = "다른 사용자가 같은 업무를 방금 변경했습니다. 새로 고친 뒤 다시 시도하세요.";
  static final String TASK_GONE = "이 업무는 이미 처리되었거나 더 이상 없습니다. 목록을 새로 고치세요.";

  static final String STEP_OF_A_PROCESS =
      "이 업무는 진행 중인 건의·회의 절차의 한 단계이므로 삭제할 수 없습니다. " + "양식을 제출해 처리하거나, 절차 전체를 멈춰야 하면 운영자에게 요청하세요.";

  /** How the engine begins its message when a task of a process or case is to be deleted. */
  static final String DELETE_OF_A_STEP = "The task cannot be deleted because is part of a running";

  /**
   * How the engine begins its message when a command's task does not exist (claim, submit, form).
   */
  static final String TASK_NOT_FOUND = "Cannot find task with id";

  @Override
  public Response toResponse(ProcessEngineException exception) {
    Response conflict = conflict(exception);
    return conflict != null
        ? conflict
        : ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  /**
   * The answer for a conflict anywhere in the failure's cause chain (409, 404 for a task that is
   * gone, 400 for deleting a step of a process), or null when it is none.
   */
  public static Response conflict(Throwable failure) {
    TaskAlreadyClaimedException claimed = Causes.first(failure, TaskAlreadyClaimedException.class);
    if (claimed != null) {
      return answer(
          Response.Status.CONFLICT,
          claimed,
          String.format(CLAIMED_BY_ANOTHER, claimed.getTaskAssignee()));
    }
    ProcessEngineException gone =
        Causes.first(
            failure,
            ProcessEngineException.class,
            e -> String.valueOf(e.getMessage()).startsWith(TASK_NOT_FOUND));
    if (gone != null) {
      // The engine's words stay at the end: Tasklist recognises a task that is gone by "task is
      // null" in the message, then shows its own (Korean) text and takes the task off the screen.
      return answer(Response.Status.NOT_FOUND, gone, TASK_GONE + " (" + gone.getMessage() + ")");
    }
    ProcessEngineException step =
        Causes.first(
            failure,
            ProcessEngineException.class,
            e -> String.valueOf(e.getMessage()).startsWith(DELETE_OF_A_STEP));
    if (step != null) {
      return answer(
          Response.Status.BAD_REQUEST, step, STEP_OF_A_PROCESS + " (" + step.getMessage() + ")");
    }
    if (!CompletionConflictRetry.conflict(failure)) {
      return null;
    }
    // Reported as the optimistic-locking failure itself, else as the engine's exception around a
    // deadlock.
    Throwable reported = Causes.first(failure, OptimisticLockingException.class);
    if (reported == null) {
      reported =
          Objects.requireNonNullElse(Causes.first(failure, ProcessEngineException.class), failure);
    }
    return answer(Response.Status.CONFLICT, reported, CHANGED_MEANWHILE);
  }

  private static Response answer(Response.Status status, Throwable cause, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", cause.getClass().getSimpleName());
    body.put("message", message);
    body.put("code", cause instanceof ProcessEngineException e ? e.getCode() : 0);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** Registers this mapper in both engine APIs (see {@link InEveryJerseyApplication}). */
  public static final class EveryJerseyApplication extends InEveryJerseyApplication {

    public EveryJerseyApplication() {
      super(EngineConflicts.class);
    }
  }
}
