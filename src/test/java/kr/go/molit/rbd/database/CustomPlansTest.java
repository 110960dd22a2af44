package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.Test;

class CustomPlansTest {

  @Test
  void aStatementThatBoundTheValueTrueIsPlannedAtEveryExecution() {
    BoundSql sql = new BoundSql(new Configuration(), "select 1", List.of(), null);
    sql.setAdditionalParameter(CustomPlans.BINDING, true);
    assertThat(CustomPlans.plannedEachExecution(sql)).isTrue();
  }

  @Test
  void anyOtherStatementIsNot() {
    BoundSql unbound = new BoundSql(new Configuration(), "select 1", List.of(), null);
    assertThat(CustomPlans.plannedEachExecution(unbound)).isFalse();
    BoundSql boundFalse = new BoundSql(new Configuration(), "select 1", List.of(), null);
    boundFalse.setAdditionalParameter(CustomPlans.BINDING, false);
    assertThat(CustomPlans.plannedEachExecution(boundFalse)).isFalse();
    BoundSql otherName = new BoundSql(new Configuration(), "select 1", List.of(), null);
    otherName.setAdditionalParameter("planEachExecution", true);
    assertThat(CustomPlans.plannedEachExecution(otherName)).isFalse();
  }

  @Test
  void aTaskQueryWithAVariableConditionIsPlannedAtEveryExecution() {
    assertThat(
            CustomPlans.searchesByVariable(
                new TaskQueryImpl().processVariableValueEquals("petitionNumber", "RP-2026-00007")))
        .isTrue();
    assertThat(
            CustomPlans.searchesByVariable(
                new TaskQueryImpl().taskVariableValueLike("title", "%도로%")))
        .isTrue();
    assertThat(
            CustomPlans.searchesByVariable(
                new TaskQueryImpl().caseInstanceVariableValueEquals("x", 1)))
        .isTrue();
  }

  @Test
  void aVariableConditionInAnOrQueryCountsToo() {
    TaskQueryImpl query = new TaskQueryImpl();
    query
        .taskCandidateGroup("division-land-policy")
        .or()
        .processVariableValueEquals("regionName", "대구광역시")
        .processVariableValueEquals("regionName", "부산광역시")
        .endOr();
    assertThat(query.getVariables()).isEmpty();
    assertThat(CustomPlans.searchesByVariable(query)).isTrue();
  }

  @Test
  void otherTaskQueriesAndOtherParametersAreLeftAsTheyAre() {
    assertThat(
            CustomPlans.searchesByVariable(
                new TaskQueryImpl().taskCandidateGroup("division-land-policy")))
        .isFalse();
    // Sorting by a variable is no condition on its value.
    assertThat(
            CustomPlans.searchesByVariable(
                new TaskQueryImpl()
                    .orderByProcessVariable("petitionNumber", ValueType.STRING)
                    .asc()))
        .isFalse();
    assertThat(CustomPlans.searchesByVariable("RP-2026-00007")).isFalse();
    assertThat(CustomPlans.searchesByVariable(null)).isFalse();
  }
}
