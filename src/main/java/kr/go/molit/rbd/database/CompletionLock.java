package kr.go.molit.rbd.database;

import java.lang.reflect.Field;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Before a task is completed, locks its process instance's row: completions within one petition
 * then take turns, the second reading what the first committed, instead of both doing all their
 * work and one failing at the join's counters to be run again ({@link CompletionConflictRetry},
 * which stays for conflicts with other kinds of commands). One indexed row lock per completion;
 * completions in different petitions never wait for each other.
 */
public final class CompletionLock extends CommandInterceptor {

  static final String MAPPER = "db/mybatis/completion-lock.xml";
  static final String STATEMENT = "kr.go.molit.rbd.database.rbdLockProcessInstanceOfTask";

  private static final Field SUBMITTED_TASK =
      LibraryFields.field(SubmitTaskFormCmd.class, "taskId");
  private static final Field COMPLETED_TASK = LibraryFields.field(CompleteTaskCmd.class, "taskId");

  @Override
  public <T> T execute(Command<T> command) {
    String taskId = taskOf(command);
    if (taskId != null) {
      Context.getCommandContext().getDbSqlSession().getSqlSession().selectList(STATEMENT, taskId);
    }
    return next.execute(command);
  }

  /** A task completion: a form submitted or a task completed, the commands a join can meet in. */
  static boolean completion(Command<?> command) {
    return command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd;
  }

  static String taskOf(Command<?> command) {
    if (command instanceof SubmitTaskFormCmd) {
      return (String) LibraryFields.get(SUBMITTED_TASK, command);
    }
    if (command instanceof CompleteTaskCmd) {
      return (String) LibraryFields.get(COMPLETED_TASK, command);
    }
    return null;
  }

  /** Inside the transaction and the command context, on the required-transaction executor. */
  @Component
  static class Installation extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
        configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
      }
      configuration.getCustomPostCommandInterceptorsTxRequired().add(new CompletionLock());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
      EngineStatements.load(configuration, MAPPER, STATEMENT);
    }
  }
}
