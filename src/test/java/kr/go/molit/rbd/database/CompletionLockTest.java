package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.junit.jupiter.api.Test;

class CompletionLockTest {

  @Test
  void findsTheTaskOfBothKindsOfCompletion() {
    assertThat(CompletionLock.taskOf(new SubmitTaskFormCmd("task-1", Map.of(), false, false)))
        .isEqualTo("task-1");
    assertThat(CompletionLock.taskOf(new CompleteTaskCmd("task-2", Map.of()))).isEqualTo("task-2");
  }

  @Test
  void locksNothingForOtherCommands() {
    assertThat(CompletionLock.taskOf(new ClaimTaskCmd("task-3", "someone"))).isNull();
  }
}
