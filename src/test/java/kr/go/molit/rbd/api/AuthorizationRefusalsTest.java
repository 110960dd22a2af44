package kr.go.molit.rbd.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.junit.jupiter.api.Test;

class AuthorizationRefusalsTest {

  @Test
  void aRefusalNamesWhatWouldBeNeededInKoreanAndKeepsCamundasFields() {
    AuthorizationException refusal =
        new AuthorizationException(
            "busan.official",
            List.of(
                new MissingAuthorization("TASK_WORK", "Task", "task-1"),
                new MissingAuthorization("TASK_WORK", "ProcessDefinition", "regional-petition")));

    Response answer = new AuthorizationRefusals().toResponse(refusal);

    assertThat(answer.getStatus()).isEqualTo(403);
    AuthorizationExceptionDto body = (AuthorizationExceptionDto) answer.getEntity();
    assertThat(body.getMessage())
        .isEqualTo(
            "이 작업을 할 권한이 없습니다. 필요한 권한(하나 이상): "
                + "업무 task-1의 업무 처리(TASK_WORK), 프로세스 정의 regional-petition의 업무 처리(TASK_WORK). "
                + "권한이 필요하면 시스템 운영 담당에게 문의하십시오.");
    assertThat(body.getUserId()).isEqualTo("busan.official");
    assertThat(body.getMissingAuthorizations()).hasSize(2);
    assertThat(body.getType()).isEqualTo("AuthorizationException");
  }

  @Test
  void everyResourceAndUnknownNamesStayReadable() {
    assertThat(
            AuthorizationRefusals.message(List.of(new MissingAuthorization("CREATE", "Task", "*"))))
        .contains("모든 업무의 생성(CREATE)");
    assertThat(
            AuthorizationRefusals.message(
                List.of(new MissingAuthorization("MIGRATE_INSTANCE", "Batch", "b"))))
        .contains("일괄 작업 b의 MIGRATE_INSTANCE.");
    assertThat(AuthorizationRefusals.message(List.of()))
        .isEqualTo(AuthorizationRefusals.REFUSED + " " + AuthorizationRefusals.ASK);
  }
}
