package kr.go.molit.rbd.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;

class AuditTrailHistoryLevelTest {

  private final AuditTrailHistoryLevel level = new AuditTrailHistoryLevel();

  private static VariableInstanceEntity variable(
      String name, String processInstance, String execution, String task) {
    VariableInstanceEntity variable = new VariableInstanceEntity();
    variable.setName(name);
    variable.setProcessInstanceId(processInstance);
    variable.setExecutionId(execution);
    variable.setTaskId(task);
    return variable;
  }

  private boolean recorded(VariableInstanceEntity variable) {
    return level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, variable)
        && level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, variable)
        && level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_DELETE, variable);
  }

  @Test
  void isTheEnginesFullLevelByNameAndId() {
    assertThat(level.getName()).isEqualTo("full");
    assertThat(level.getId()).isEqualTo(3);
  }

  @Test
  void tasklistColumnCopiesOnTasksAreNotRecorded() {
    for (String column : new String[] {"petitionNumber", "title", "regionName"}) {
      assertThat(
              level.isHistoryEventProduced(
                  HistoryEventTypes.VARIABLE_INSTANCE_CREATE, variable(column, "pi", "pi", "task")))
          .as(column)
          .isFalse();
      assertThat(
              level.isHistoryEventProduced(
                  HistoryEventTypes.VARIABLE_INSTANCE_DELETE, variable(column, "pi", "pi", "task")))
          .as(column)
          .isFalse();
    }
  }

  @Test
  void thePetitionsOwnVariablesAreRecordedEvenUnderAColumnsName() {
    assertThat(recorded(variable("petitionNumber", "pi", "pi", null))).isTrue();
    assertThat(recorded(variable("title", "pi", "pi", null))).isTrue();
  }

  @Test
  void whatOfficialsSubmitIsRecordedOnTasksAndExecutions() {
    assertThat(recorded(variable("divisionOpinion", "pi", "review-1", null))).isTrue();
    assertThat(recorded(variable("divisionOpinion", "pi", "pi", "task"))).isTrue();
    assertThat(recorded(variable("reviewDivision", "pi", "review-1", null))).isTrue();
  }

  @Test
  void multiInstanceCountersAreNotRecordedOnTheirExecutionsOnly() {
    for (String counter : AuditTrailHistoryLevel.MULTI_INSTANCE_COUNTERS) {
      assertThat(recorded(variable(counter, "pi", "mi-body", null))).as(counter).isFalse();
      assertThat(recorded(variable(counter, "pi", "pi", null)))
          .as(counter + " set on the instance")
          .isTrue();
    }
  }

  @Test
  void everythingElseIsRecorded() {
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, null))
        .isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.FORM_PROPERTY_UPDATE, null)).isTrue();
    assertThat(
            level.isHistoryEventProduced(
                HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
                new HistoricVariableUpdateEventEntity()))
        .isTrue();
  }
}
