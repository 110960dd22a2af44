package kr.go.molit.rbd.database;

import java.sql.SQLException;
import java.util.ArrayList;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.util.ExceptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Completes a task again when its transaction lost a race with another completion in the same
 * petition: two divisions submitting their reviews at the same moment both update the parallel
 * step's counters, and the second to commit fails its optimistic lock (or, rarely, PostgreSQL picks
 * it as a deadlock victim). The failed attempt rolled back entirely, the winner has committed, so
 * running the same completion again sees the winner's state and goes on from there — the join then
 * happens in whichever official's transaction completes the step, without a job in between.
 *
 * <p>Only a task completion (form submission or plain complete) that starts its own transaction is
 * retried: a command nested in another command, or joining a Spring transaction someone else opened,
 * cannot be repeated on its own and fails as before. Everything a completion does is part of its
 * transaction (variables, history, grants, the notification ledger), so a retry repeats nothing
 * that was kept. After {@link #ATTEMPTS} attempts the conflict reaches the caller.
 */
public final class CompletionConflictRetry extends CommandInterceptor {

  static final int ATTEMPTS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(CompletionConflictRetry.class);

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
        LOG.info("{} lost a race with a concurrent change (attempt {} of {}), running it again: {}",
            command.getClass().getSimpleName(), attempt, ATTEMPTS, e.getMessage());
      }
    }
  }

  static boolean retriable(Command<?> command) {
    return (command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd)
        && Context.getCommandContext() == null
        && !TransactionSynchronizationManager.isActualTransactionActive();
  }

  /** An optimistic-locking failure or a deadlock anywhere in the cause chain. */
  static boolean conflict(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
      if (cause instanceof SQLException sql) {
        for (SQLException each = sql; each != null; each = each.getNextException()) {
          if (ExceptionUtil.checkDeadlockException(each)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Places the retry outside the transaction, so each attempt has a transaction of its own. */
  @Component
  static class Installation extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
        configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
      }
      configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new CompletionConflictRetry());
    }
  }
}
