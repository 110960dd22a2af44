package kr.go.molit.rbd.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 * needs one of them: a form submission read the task's, the task's execution's, the multi-instance
 * body's and the petition's, one statement each (41 per petition). From the second execution or
 * task of one process instance a command reads, this manager (the engine's, for one command) reads
 * all of the instance's variables at once, with the engine's own statement ({@code
 * selectVariablesByProcessInstanceId}, same columns), and answers that one and every later one from
 * them. The answer is what the engine's statement for that execution or task would return in that
 * command: its rows cannot have changed in the database within the command, and the variables they
 * became in memory change only through the store of the execution or task they belong to, which
 * reads them before any change, so one that has not read them yet finds them as they were read.
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
  public List<VariableInstanceEntity> findVariableInstancesByExecutionIdAndVariableNames(
      String executionId, Collection<String> variableNames) {
    ExecutionEntity execution =
        getDbEntityManager().getCachedEntity(ExecutionEntity.class, executionId);
    return answer(
        execution == null ? null : execution.getProcessInstanceId(),
        variableNames,
        v -> executionId.equals(v.getExecutionId()) && v.getTaskId() == null,
        () -> super.findVariableInstancesByExecutionIdAndVariableNames(executionId, variableNames),
        "execution " + executionId);
  }

  @Override
  public List<VariableInstanceEntity> findVariableInstancesByTaskIdAndVariableNames(
      String taskId, Collection<String> variableNames) {
    TaskEntity task = getDbEntityManager().getCachedEntity(TaskEntity.class, taskId);
    return answer(
        task == null ? null : task.getProcessInstanceId(),
        variableNames,
        v -> taskId.equals(v.getTaskId()),
        () -> super.findVariableInstancesByTaskIdAndVariableNames(taskId, variableNames),
        "task " + taskId);
  }

  /** One scope's variables: from the instance's once they are read, else the engine's way. */
  private List<VariableInstanceEntity> answer(
      String processInstanceId,
      Collection<String> names,
      Predicate<VariableInstanceEntity> scope,
      Supplier<List<VariableInstanceEntity>> enginesWay,
      String label) {
    List<VariableInstanceEntity> all = instance(processInstanceId);
    if (all == null) {
      return enginesWay.get();
    }
    List<VariableInstanceEntity> answer = select(all, names, scope);
    if (verify) {
      check(answer, enginesWay.get(), label);
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

  /**
   * The engine's statements' filter: the scope's rows, and of those the names asked for, if any.
   */
  private static List<VariableInstanceEntity> select(
      List<VariableInstanceEntity> all,
      Collection<String> names,
      Predicate<VariableInstanceEntity> scope) {
    List<VariableInstanceEntity> selected = new ArrayList<>();
    for (VariableInstanceEntity variable : all) {
      if (scope.test(variable)
          && (names == null || names.isEmpty() || names.contains(variable.getName()))) {
        selected.add(variable);
      }
    }
    return selected;
  }

  private static void check(
      List<VariableInstanceEntity> answer, List<VariableInstanceEntity> enginesWay, String scope) {
    Set<VariableInstanceEntity> ours = identitySet(answer);
    Set<VariableInstanceEntity> engines = identitySet(enginesWay);
    if (!ours.equals(engines)) {
      throw new IllegalStateException(
          "Variables of "
              + scope
              + " read with the process instance's differ from the"
              + " engine's: "
              + ids(answer)
              + " instead of "
              + ids(enginesWay));
    }
  }

  private static Set<VariableInstanceEntity> identitySet(List<VariableInstanceEntity> variables) {
    Set<VariableInstanceEntity> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(variables);
    return set;
  }

  private static String ids(List<VariableInstanceEntity> variables) {
    return variables.stream()
        .map(v -> v.getName() + "=" + v.getId())
        .sorted()
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** Installs it as the engine's variable manager. */
  @Component
  static class Installation extends AbstractProcessEnginePlugin {

    private final boolean verify;

    Installation(@Value("${rbd.database.verify-variable-reads:false}") boolean verify) {
      this.verify = verify;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      EngineSessions.add(
          configuration, VariableInstanceManager.class, () -> new ProcessInstanceVariables(verify));
    }
  }
}
