package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

class CompletionConflictRetryTest {

  /** Fails the first {@code failures} calls with the given exception, then answers "done". */
  static final class FailingFirst extends CommandInterceptor {
    final AtomicInteger calls = new AtomicInteger();
    final int failures;
    final RuntimeException failure;

    FailingFirst(int failures, RuntimeException failure) {
      this.failures = failures;
      this.failure = failure;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T execute(Command<T> command) {
      if (calls.incrementAndGet() <= failures) {
        throw failure;
      }
      return (T) "done";
    }
  }

  static CompletionConflictRetry retryBefore(CommandInterceptor next) {
    CompletionConflictRetry retry = new CompletionConflictRetry();
    retry.setNext(next);
    return retry;
  }

  static Command<?> submitForm() {
    return new SubmitTaskFormCmd("task-1", Map.of("divisionOpinion", "accept"), false, false);
  }

  @Test
  void aFormSubmissionThatLostAnOptimisticLockRunsAgain() {
    FailingFirst next =
        new FailingFirst(2, new OptimisticLockingException("counter updated concurrently"));
    assertThat(retryBefore(next).execute(submitForm())).isEqualTo("done");
    assertThat(next.calls).hasValue(3);
  }

  @Test
  void aPlainCompletionThatWasPickedAsDeadlockVictimRunsAgain() {
    SQLException deadlock = new SQLException("deadlock detected", "40P01");
    FailingFirst next =
        new FailingFirst(
            1,
            new ProcessEngineException(
                "flush failed",
                new PersistenceException(
                    new SQLException("batch failed", "XX000", 0, deadlock) {
                      {
                        setNextException(deadlock);
                      }
                    })));
    assertThat(retryBefore(next).execute((Command<?>) new CompleteTaskCmd("task-1", Map.of())))
        .isEqualTo("done");
    assertThat(next.calls).hasValue(2);
  }

  @Test
  void aConflictThatOutlastsEveryAttemptReachesTheCaller() {
    OptimisticLockingException conflict = new OptimisticLockingException("always");
    FailingFirst next = new FailingFirst(Integer.MAX_VALUE, conflict);
    assertThatThrownBy(() -> retryBefore(next).execute(submitForm())).isSameAs(conflict);
    assertThat(next.calls).hasValue(CompletionConflictRetry.ATTEMPTS);
  }

  @Test
  void otherFailuresAreNotRepeated() {
    ProcessEngineException invalid = new ProcessEngineException("form field invalid");
    FailingFirst next = new FailingFirst(1, invalid);
    assertThatThrownBy(() -> retryBefore(next).execute(submitForm())).isSameAs(invalid);
    assertThat(next.calls).hasValue(1);
  }

  @Test
  void otherCommandsAreNotRepeated() {
    OptimisticLockingException conflict = new OptimisticLockingException("claimed concurrently");
    FailingFirst next = new FailingFirst(1, conflict);
    assertThatThrownBy(
            () -> retryBefore(next).execute((Command<?>) new ClaimTaskCmd("task-1", "someone")))
        .isSameAs(conflict);
    assertThat(next.calls).hasValue(1);
  }

  @Test
  void aCompletionInsideSomeoneElsesTransactionIsNotRepeated() {
    OptimisticLockingException conflict =
        new OptimisticLockingException("counter updated concurrently");
    FailingFirst next = new FailingFirst(1, conflict);
    SingleConnectionDataSource dataSource =
        new SingleConnectionDataSource("jdbc:h2:mem:retry-test;DB_CLOSE_DELAY=-1", true);
    try {
      TransactionTemplate outer =
          new TransactionTemplate(new DataSourceTransactionManager(dataSource));
      assertThatThrownBy(
              () -> outer.executeWithoutResult(status -> retryBefore(next).execute(submitForm())))
          .isSameAs(conflict);
      assertThat(next.calls).hasValue(1);
    } finally {
      dataSource.destroy();
    }
  }
}
