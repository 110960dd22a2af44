package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.Test;

/** Which task filters can yield a task more than once, so that their count must be distinct. */
class TaskCountQueryTest {

  @Test
  void filtersThatJoinNothingThatRepeatsCountPlainly() {
    assertThat(TaskCountQuery.mayRepeatTasks(new TaskQueryImpl())).isFalse();
    assertThat(
            TaskCountQuery.mayRepeatTasks(
                new TaskQueryImpl()
                    .processVariableValueEquals("regionCode", "busan")
                    .orderByDueDate()
                    .asc()
                    .orderByTaskCreateTime()
                    .desc()))
        .isFalse();
    assertThat(
            TaskCountQuery.mayRepeatTasks(
                new TaskQueryImpl()
                    .taskAssignee("busan.official")
                    .processDefinitionKey("regional-petition")
                    .withoutCandidateGroups()))
        .isFalse();
  }

  @Test
  void candidateAndInvolvedCriteriaJoinTheIdentityLinks() {
    assertThat(
            TaskCountQuery.mayRepeatTasks(new TaskQueryImpl().taskCandidateGroup("region-busan")))
        .isTrue();
    assertThat(
            TaskCountQuery.mayRepeatTasks(
                new TaskQueryImpl().taskCandidateGroupIn(List.of("a", "b"))))
        .isTrue();
    assertThat(
            TaskCountQuery.mayRepeatTasks(new TaskQueryImpl().taskCandidateGroupLike("region-%")))
        .isTrue();
    assertThat(
            TaskCountQuery.mayRepeatTasks(new TaskQueryImpl().taskCandidateUser("busan.official")))
        .isTrue();
    assertThat(
            TaskCountQuery.mayRepeatTasks(new TaskQueryImpl().taskInvolvedUser("busan.official")))
        .isTrue();
    assertThat(TaskCountQuery.mayRepeatTasks(new TaskQueryImpl().withCandidateGroups())).isTrue();
    assertThat(TaskCountQuery.mayRepeatTasks(new TaskQueryImpl().withCandidateUsers())).isTrue();
    // In an "or" query too (Tasklist's searches are "or" queries).
    assertThat(
            TaskCountQuery.mayRepeatTasks(
                new TaskQueryImpl()
                    .taskName("검토")
                    .or()
                    .taskCandidateGroup("region-busan")
                    .taskAssignee("busan.official")
                    .endOr()))
        .isTrue();
  }

  @Test
  void aSortingByAVariableJoinsItsTable() {
    assertThat(
            TaskCountQuery.mayRepeatTasks(
                new TaskQueryImpl()
                    .orderByProcessVariable("petitionNumber", ValueType.STRING)
                    .asc()))
        .isTrue();
  }

  @Test
  void onlyASingleBitIsTestedAsNotZero() {
    assertThat(
            TaskCountQuery.singleBit(
                org.camunda.bpm.engine.authorization.Permissions.READ.getValue()))
        .isTrue();
    assertThat(
            TaskCountQuery.singleBit(
                org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK
                    .getValue()))
        .isTrue();
    assertThat(
            TaskCountQuery.singleBit(
                org.camunda.bpm.engine.authorization.Permissions.ALL.getValue()))
        .isFalse();
    assertThat(
            TaskCountQuery.singleBit(
                org.camunda.bpm.engine.authorization.Permissions.NONE.getValue()))
        .isFalse();
    assertThat(TaskCountQuery.singleBit(6)).isFalse();
  }

  @Test
  void oneGroupsGrantsNameEachTaskOnceOnlyForOneGroupAndOneCheckOnTheTask() {
    assertThat(
            TaskCountQuery.oneGroupGrantPerTask(
                checked(List.of("division-land-policy"), "RES.ID_", "D.KEY_")))
        .isTrue();
    assertThat(
            TaskCountQuery.oneGroupGrantPerTask(
                checked(List.of("region-busan", "council-members"), "RES.ID_")))
        .isFalse();
    assertThat(TaskCountQuery.oneGroupGrantPerTask(checked(List.of(), "RES.ID_"))).isFalse();
    assertThat(
            TaskCountQuery.oneGroupGrantPerTask(
                checked(List.of("division-land-policy"), "RES.ID_", "RES.ID_")))
        .isFalse();
    assertThat(
            TaskCountQuery.oneGroupGrantPerTask(checked(List.of("division-land-policy"), "D.KEY_")))
        .isFalse();
    assertThat(TaskCountQuery.oneGroupGrantPerTask(new Object())).isFalse();
  }

  private static TaskQueryImpl checked(List<String> groups, String... checkedColumns) {
    TaskQueryImpl query = new TaskQueryImpl();
    org.camunda.bpm.engine.impl.db.AuthorizationCheck check = query.getAuthCheck();
    check.setAuthGroupIds(groups);
    for (String column : checkedColumns) {
      org.camunda.bpm.engine.impl.db.PermissionCheck permission =
          new org.camunda.bpm.engine.impl.db.PermissionCheck();
      permission.setResourceIdQueryParam(column);
      check.getPermissionChecks().addAtomicCheck(permission);
    }
    return query;
  }
}
