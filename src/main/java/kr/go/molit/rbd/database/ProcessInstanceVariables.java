package kr.go.molit.rbd.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The variables of a process instance's executions and tasks, read in one statement per command.
 *
 * <p>Each execution and task reads its own variables from the database the first time a command
 * needs one of them: a form submission read the task's, the task's execution's, the
 * multi-instance body's and the petition's, one statement each (41 per petition). From the second
 * execution or task of one process instance a command reads, this manager (the engine's, for one
 * command) reads all of the instance's variables at once, with the engine's own statement
 * ({@code selectVariablesByProcessInstanceId}, same columns), and answers that one and every later
 * one from them. The answer is what the engine's statement for that execution or task would return
 * in that command: its rows cannot have changed in the database within the command, and the
 * variables they became in memory change only through the store of the execution or task they
 * belong to, which reads them before any change, so one that has not read them yet finds them as
 * they were read.
 *
 * <p>A command that reads one execution's or task's variables runs the engine's statement for it,
 * as before. With {@code verify} on (the tests' configuration), every answer is also read the
 * engine's way and a difference fails the command.
 */
public class ProcessInstanceVariables extends VariableInstanceManager {

  private final boolean verify;
  /** Per process instance: how many executions' or tasks' variables this command has read. */
  private final Map<String, Integer> reads = new HashMap<>();
  /** Per process instance: all its variables, once read at once. */
  private final Map<String, List<VariableInstanceEntity>> instances = new HashMap<>();

  public ProcessInstanceVariables(boolean verify) {
    this.verify = verify;
  }

  @Override
  public List<VariableInstanceEntity> findVariableInstancesByExecutionIdAndVariableNames(String executionId,
      Collection<String> variableNames) {
    ExecutionEntity execution = getDbEntityManager().getCachedEntity(ExecutionEntity.class, executionId);
    List<VariableInstanceEntity> all = execution == null ? null : instance(execution.getProcessInstanceId());
    if (all == null) {
      return super.findVariableInstancesByExecutionIdAndVariableNames(executionId, variableNames);
    }
    List<VariableInstanceEntity> answer = select(all, variableNames,
        v -> executionId.equals(v.getExecutionId()) && v.getTaskId() == null);
    if (verify) {
      check(answer, super.findVariableInstancesByExecutionIdAndVariableNames(executionId, variableNames),
          "execution " + executionId);
    }
    return answer;
  }

  @Override
  public List<VariableInstanceEntity> findVariableInstancesByTaskIdAndVariableNames(String taskId,
      Collection<String> variableNames) {
    TaskEntity task = getDbEntityManager().getCachedEntity(TaskEntity.class, taskId);
    List<VariableInstanceEntity> all = task == null ? null : instance(task.getProcessInstanceId());
    if (all == null) {
      return super.findVariableInstancesByTaskIdAndVariableNames(taskId, variableNames);
    }
    List<VariableInstanceEntity> answer = select(all, variableNames, v -> taskId.equals(v.getTaskId()));
    if (verify) {
      check(answer, super.findVariableInstancesByTaskIdAndVariableNames(taskId, variableNames), "task " + taskId);
    }
    return answer;
  }

  /** All variables of the instance, read at once from its second read on; null until then. */
  private List<VariableInstanceEntity> instance(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    List<VariableInstanceEntity> all = instances.get(processInstanceId);
    if (all == null && reads.merge(processInstanceId, 1, Integer::sum) > 1) {
      all = findVariableInstancesByProcessInstanceId(processInstanceId);
      instances.put(processInstanceId, all);
    }
    return all;
  }

  /** The engine's statements' filter: the scope's rows, and of those the names asked for, if any. */
  private static List<VariableInstanceEntity> select(List<VariableInstanceEntity> all, Collection<String> names,
      Predicate<VariableInstanceEntity> scope) {
    List<VariableInstanceEntity> selected = new ArrayList<>();
    for (VariableInstanceEntity variable : all) {
      if (scope.test(variable) && (names == null || names.isEmpty() || names.contains(variable.getName()))) {
        selected.add(variable);
      }
    }
    return selected;
  }

  private static void check(List<VariableInstanceEntity> answer, List<VariableInstanceEntity> enginesWay, String scope) {
    Set<VariableInstanceEntity> ours = identitySet(answer);
    Set<VariableInstanceEntity> engines = identitySet(enginesWay);
    if (!ours.equals(engines)) {
      throw new IllegalStateException("Variables of " + scope + " read with the process instance's differ from the"
          + " engine's: " + ids(answer) + " instead of " + ids(enginesWay));
    }
  }

  private static Set<VariableInstanceEntity> identitySet(List<VariableInstanceEntity> variables) {
    Set<VariableInstanceEntity> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(variables);
    return set;
  }

  private static String ids(List<VariableInstanceEntity> variables) {
    return variables.stream().map(v -> v.getName() + "=" + v.getId()).sorted().collect(Collectors.joining(", ", "[", "]"));
  }

  /** Installs it as the engine's variable manager, unless something else has replaced that. */
  @Component
  static class Installation extends AbstractProcessEnginePlugin {

    private final boolean verify;

    Installation(@Value("${rbd.database.verify-variable-reads:false}") boolean verify) {
      this.verify = verify;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      List<SessionFactory> sessions = new ArrayList<>();
      if (configuration.getCustomSessionFactories() != null) {
        sessions.addAll(configuration.getCustomSessionFactories());
      }
      if (sessions.stream().map(SessionFactory::getSessionType).noneMatch(t -> Objects.equals(t, VariableInstanceManager.class))) {
        sessions.add(new SessionFactory() {
          @Override
          public Class<?> getSessionType() {
            return VariableInstanceManager.class;
          }

          @Override
          public Session openSession() {
            return new ProcessInstanceVariables(verify);
          }
        });
      }
      configuration.setCustomSessionFactories(sessions);
    }
  }
}
