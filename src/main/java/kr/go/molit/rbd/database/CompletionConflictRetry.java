package kr.go.molit.rbd.database;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import kr.go.molit.rbd.support.Causes;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.util.ExceptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Completes a task again when its transaction lost a race with a concurrent change of the same
 * process instance: the join of a parallel step (division reviews, advisory opinions, ministry
 * replies) runs in the transaction of whoever completes the step, and a completion that meets
 * another command updating the step's counters or executions fails its optimistic lock (or, rarely,
 * is PostgreSQL's deadlock victim). The failed attempt rolled back entirely and the other change
 * has committed, so running the same completion again sees that change and goes on from there.
 * Completions of one petition do not race each other: they take turns ({@link CompletionLock}).
 *
 * <p>Only a task completion (form submission or plain complete) that starts its own transaction is
 * retried: a command nested in another command, or joining a Spring transaction someone else
 * opened, cannot be repeated on its own and fails as before. Everything a completion does is part
 * of its transaction (variables, history, grants, the notification ledger), so a retry repeats
 * nothing that was kept. After {@link #ATTEMPTS} attempts the conflict reaches the caller.
 * Operators see how often completions ran again as the counter {@code rbd.completion.retries}.
 */
public final class CompletionConflictRetry extends CommandInterceptor {

  static final int ATTEMPTS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(CompletionConflictRetry.class);

  private final AtomicLong retries = new AtomicLong();

  @Override
  public <T> T execute(Command<T> command) {
    if (!retriable(command)) {
      return next.execute(command);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !conflict(e)) {
          throw e;
        }
        retries.incrementAndGet();
        LOG.info(
            "{} lost a race with a concurrent change (attempt {} of {}), running it again: {}",
            command.getClass().getSimpleName(),
            attempt,
            ATTEMPTS,
            e.getMessage());
      }
    }
  }

  static boolean retriable(Command<?> command) {
    return CompletionLock.completion(command)
        && Context.getCommandContext() == null
        && !TransactionSynchronizationManager.isActualTransactionActive();
  }

  /** An optimistic-locking failure or a deadlock anywhere in the cause chain. */
  public static boolean conflict(Throwable failure) {
    return Causes.first(failure, OptimisticLockingException.class) != null
        || Causes.first(failure, SQLException.class, CompletionConflictRetry::deadlock) != null;
  }

  private static boolean deadlock(SQLException sql) {
    for (SQLException each = sql; each != null; each = each.getNextException()) {
      if (ExceptionUtil.checkDeadlockException(each)) {
        return true;
      }
    }
    return false;
  }

  /** How many completions ran again since the engine started. */
  long retries() {
    return retries.get();
  }

  /**
   * Places the retry outside the transaction, so each attempt has a transaction of its own, and
   * counts its attempts for operators.
   */
  @Component
  static class Installation extends AbstractProcessEnginePlugin implements MeterBinder {

    private final CompletionConflictRetry retry = new CompletionConflictRetry();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
        configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
      }
      configuration.getCustomPreCommandInterceptorsTxRequired().add(0, retry);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
      FunctionCounter.builder("rbd.completion.retries", retry, CompletionConflictRetry::retries)
          .description(
              "Task completions run again after a concurrent change of their process instance")
          .register(registry);
    }
  }
}
