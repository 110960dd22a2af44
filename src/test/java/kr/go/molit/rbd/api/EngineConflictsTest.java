package kr.go.molit.rbd.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Map;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

class EngineConflictsTest {

  final EngineConflicts mapper = new EngineConflicts();

  @Test
  void aTaskClaimedByAnotherOfficialIsAConflictNamingThem() {
    Response answer =
        mapper.toResponse(new TaskAlreadyClaimedException("task-1", "council.secretary"));

    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(body(answer)).containsEntry("type", "TaskAlreadyClaimedException");
    assertThat((String) body(answer).get("message"))
        .contains("council.secretary")
        .contains("이미 다른 담당자");
  }

  @Test
  void aConcurrentChangeIsAConflictWithTheEnginesCode() {
    OptimisticLockingException lost =
        new OptimisticLockingException("ENGINE-03005 UPDATE TaskEntity failed");
    lost.setCode(1);

    Response direct = mapper.toResponse(lost);
    // submit-form and other resources wrap the engine's exception in a RestException of status 500
    Response wrapped =
        EngineConflicts.conflict(
            new RestException(
                Response.Status.INTERNAL_SERVER_ERROR, lost, "Cannot submit task form task-1"));

    for (Response answer : new Response[] {direct, wrapped}) {
      assertThat(answer.getStatus()).isEqualTo(409);
      assertThat(body(answer))
          .containsEntry("type", "OptimisticLockingException")
          .containsEntry("code", 1)
          .containsEntry("message", EngineConflicts.CHANGED_MEANWHILE);
    }
  }

  @Test
  void aDeadlockIsAConflictToo() {
    ProcessEngineException flush =
        new ProcessEngineException(
            "ENGINE-03083 Exception while executing Batch",
            new PersistenceException(new SQLException("deadlock detected", "40P01")));

    Response answer = mapper.toResponse(flush);

    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(body(answer)).containsEntry("type", "ProcessEngineException");
  }

  @Test
  void aTaskThatIsGoneIsNotFoundWhereverTheEngineNoticedIt() {
    Response claim =
        mapper.toResponse(new NullValueException("Cannot find task with id task-1: task is null"));
    Response submit =
        EngineConflicts.conflict(
            new RestException(
                Response.Status.INTERNAL_SERVER_ERROR,
                new NullValueException("Cannot find task with id task-1: task is null"),
                "Cannot submit task form task-1"));
    Response form =
        mapper.toResponse(
            new BadUserRequestException("Cannot find task with id 'task-1'.: task is null"));

    for (Response answer : new Response[] {claim, submit, form}) {
      assertThat(answer.getStatus()).isEqualTo(404);
      // Korean first; the engine's words after it, by which Tasklist recognises a task that is gone
      assertThat((String) body(answer).get("message"))
          .startsWith(EngineConflicts.TASK_GONE)
          .contains("task is null");
    }
    assertThat(EngineConflicts.conflict(new NullValueException("variableName is null"))).isNull();
  }

  @Test
  void deletingAStepOfAProcessIsABadRequestInKorean() {
    for (String engine :
        new String[] {
          "The task cannot be deleted because is part of a running process",
          "The task cannot be deleted because is part of a running case instance"
        }) {
      Response answer = mapper.toResponse(new ProcessEngineException(engine));
      assertThat(answer.getStatus()).isEqualTo(400);
      assertThat((String) body(answer).get("message"))
          .startsWith(EngineConflicts.STEP_OF_A_PROCESS)
          .endsWith("(" + engine + ")");
    }
  }

  @Test
  void everythingElseKeepsCamundasAnswer() {
    assertThat(
            EngineConflicts.conflict(
                new ProcessEngineException("ENGINE-01004 No process definition")))
        .isNull();
    assertThat(
            mapper
                .toResponse(new ProcessEngineException("ENGINE-01004 No process definition"))
                .getStatus())
        .isEqualTo(500);
    assertThat(
            mapper
                .toResponse(
                    new AuthorizationException("busan.official", "TASK_WORK", "Task", "task-1"))
                .getStatus())
        .isEqualTo(403);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(Response answer) {
    return (Map<String, Object>) answer.getEntity();
  }
}
