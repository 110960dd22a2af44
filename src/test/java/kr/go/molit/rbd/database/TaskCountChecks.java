package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kr.go.molit.rbd.Officials;
import kr.go.molit.rbd.support.OneTaskProcess;
import kr.go.molit.rbd.support.Petitions;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Our task count answers what the engine's task list shows, for every official of the directory,
 * every filter they can open and a few queries of their own; with no revoke in the database (our
 * statement's hashed grants) and with one (the engine's statement). The reference is the engine's
 * own list statement: where our page statement lists (a division's filter), every list is also read
 * by the engine's statement and compared ({@link PagesAgainstTheEngine}).
 */
abstract class TaskCountChecks {

  @Autowired ProcessEngine engine;

  private final List<String> created = new ArrayList<>();
  private Officials officials;

  /** Petitions at the council's completeness check and, routed, at their division reviews. */
  @BeforeEach
  void petitions() {
    officials = new Officials(engine);
    String[][] petitions = {
      {"busan.official", "railway"},
      {"daegu.official", "road"},
      {"gwangju.official", "gb-regulation"},
      {"jeju.official", "innovation-cities"}
    };
    for (String[] petition : petitions) {
      Map<String, Object> form = Petitions.form("집계 확인 " + petition[1], petition[1]);
      // The road petition stays at the council's completeness check.
      ProcessInstance instance =
          petition[1].equals("road")
              ? officials.submit(petition[0], form)
              : officials.forwardedToDivisions(petition[0], form);
      created.add(instance.getId());
    }
  }

  @AfterEach
  void removePetitions() {
    created.forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "test"));
  }

  @Test
  void theEngineStatementNameLeadsToOurs() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDbSqlSessionFactory().mapStatement(TaskCountQuery.ENGINE_STATEMENT))
        .isEqualTo(TaskCountQuery.OUR_STATEMENT);
    assertThat(configuration.getDbSqlSessionFactory().mapStatement(TaskPageQuery.ENGINE_STATEMENT))
        .isEqualTo(TaskPageQuery.OUR_STATEMENT);
  }

  @Test
  void theEnginesTaskQueriesReadTheirPropertiesThroughOurAccessor() throws Exception {
    councilsFirstPage();
    assertThat(org.apache.ibatis.ognl.OgnlRuntime.getPropertyAccessor(TaskQueryImpl.class))
        .isSameAs(OgnlReadMethods.instance());
    assertThat(OgnlReadMethods.instance().remembered(TaskQueryImpl.class)).isPositive();
  }

  @Test
  void theEnginesTaskQueriesAreParsedOncePerShapeAndCheckedInTests() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    // The statement a division's list runs (ours, in place of the engine's), kept like the
    // engine's.
    var tasks =
        configuration
            .getSqlSessionFactory()
            .getConfiguration()
            .getMappedStatement(
                configuration
                    .getDbSqlSessionFactory()
                    .mapStatement(TaskPageQuery.ENGINE_STATEMENT));
    assertThat(tasks.getSqlSource()).isInstanceOf(ParsedSqlCache.class);
    ParsedSqlCache parses = (ParsedSqlCache) tasks.getSqlSource();
    assertThat(parses.verifies())
        .as("every kept parse compared with MyBatis's in the tests")
        .isTrue();
    long before = parses.reused();
    for (int i = 0; i < 3; i++) {
      councilsFirstPage();
    }
    assertThat(parses.reused()).isGreaterThanOrEqualTo(before + 2);
    assertThat(parses.shapes()).isPositive();
  }

  @Test
  void everyOfficialCountsWhatTheirListsShow() {
    assertThat(usesOurStatement("council.secretary")).isTrue();
    int compared = compareForEveryone();
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void withARevokeTheEngineDecidesAndAgrees() {
    Task review =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(created.get(0))
            .taskDefinitionKey("division-review")
            .list()
            .get(0);
    String division =
        engine.getTaskService().getIdentityLinksForTask(review.getId()).stream()
            .filter(link -> link.getGroupId() != null)
            .findFirst()
            .orElseThrow()
            .getGroupId();
    String official =
        engine.getIdentityService().createUserQuery().memberOfGroup(division).list().get(0).getId();
    TaskQuery divisionTasks =
        engine.getTaskService().createTaskQuery().taskCandidateGroup(division);
    long before = officials.as(official, divisionTasks::count);

    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(official);
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(review.getId());
    revoke.removePermission(Permissions.READ);
    authorizations.saveAuthorization(revoke);
    try {
      assertThat(usesOurStatement(official)).isFalse();
      assertThat(officials.as(official, divisionTasks::count)).isEqualTo(before - 1);
      compareForEveryone();
    } finally {
      authorizations.deleteAuthorization(revoke.getId());
    }
    assertThat(usesOurStatement(official)).isTrue();
    assertThat(officials.as(official, divisionTasks::count)).isEqualTo(before);
  }

  @Test
  void aGlobalAuthorizationWithoutReadMakesTheEngineDecide() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization global = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    global.setResource(Resources.TASK);
    global.setResourceId("*");
    global.addPermission(Permissions.UPDATE);
    authorizations.saveAuthorization(global);
    try {
      assertThat(usesOurStatement("council.secretary")).isFalse();
      compareForEveryone();
    } finally {
      authorizations.deleteAuthorization(global.getId());
    }
  }

  @Test
  void aDivisionsFilterIsCountedFromItsIdentityLinks() {
    String division = divisionOf(created.get(0));
    String official = memberOf(division);
    assertThat(
            countedFromLinks(official, q -> q.taskCandidateGroup(division).includeAssignedTasks()))
        .isTrue();
    assertThat(
            countedFromLinks(
                official,
                q ->
                    q.taskCandidateGroupIn(List.of(division, "council-secretariat"))
                        .includeAssignedTasks()
                        .orderByTaskCreateTime()
                        .desc()))
        .isTrue();
    // Anything more than "offered to these groups, claimed or not" is the engine's filter.
    assertThat(countedFromLinks(official, q -> q.taskCandidateGroup(division))).isFalse();
    assertThat(
            countedFromLinks(
                official,
                q -> q.taskCandidateGroup(division).includeAssignedTasks().taskName("소관 부서 검토")))
        .isFalse();
    assertThat(
            countedFromLinks(
                official,
                q ->
                    q.taskCandidateGroup(division)
                        .includeAssignedTasks()
                        .processVariableValueEquals("regionCode", "busan")))
        .isFalse();
    assertThat(
            countedFromLinks(official, q -> q.taskCandidateUser(official).includeAssignedTasks()))
        .isFalse();
    assertThat(
            countedFromLinks(
                official,
                q ->
                    q.taskCandidateGroup(division)
                        .includeAssignedTasks()
                        .or()
                        .taskName("x")
                        .endOr()))
        .isFalse();
  }

  @Test
  void aDivisionsFilterOpenedInTasklistIsCountedFromItsIdentityLinks() throws Exception {
    String division = divisionOf(created.get(0));
    String official = memberOf(division);
    Filter filter =
        officials
            .as(official, () -> engine.getFilterService().createTaskFilterQuery().listPage(0, 2000))
            .stream()
            .filter(f -> ("우리 기관 업무@" + division).equals(f.getProperties().get("rbdKey")))
            .findFirst()
            .orElseThrow();
    // The body Tasklist posts with /filter/{id}/list and /count, read as the REST API reads it:
    // extending the filter with it leaves an empty processInstanceIdIn, which selects nothing.
    TaskQuery extending = tasklistBody("");
    assertThat(countedFromLinks(official, q -> filter.extend(extending).getQuery())).isTrue();
    assertThat(pagedFromLinks(official, q -> filter.extend(extending).getQuery())).isTrue();
    // A search Tasklist adds is a criterion of its own: the engine's filter counts.
    TaskQuery onePetition = tasklistBody("\"processInstanceIdIn\":[\"" + created.get(0) + "\"],");
    TaskQuery oneRegion =
        tasklistBody(
            "\"processVariables\":[{\"name\":\"regionCode\",\"operator\":\"eq\",\"value\":\"busan\"}],");
    assertThat(countedFromLinks(official, q -> filter.extend(onePetition).getQuery())).isFalse();
    assertThat(countedFromLinks(official, q -> filter.extend(oneRegion).getQuery())).isFalse();
    long count =
        officials.as(official, () -> engine.getFilterService().count(filter.getId(), extending));
    assertThat(count)
        .isPositive()
        .isEqualTo(
            officials.as(
                official,
                () ->
                    (long)
                        engine
                            .getFilterService()
                            .listPage(filter.getId(), extending, 0, 2000)
                            .size()));
  }

  @Test
  void pagesReadFromLinksOrGrantsAreTheEnginesInEveryTaskSortingAndWindow() {
    String division = divisionOf(created.get(0));
    String official = memberOf(division);
    List<String> standalone = new ArrayList<>();
    String[] names = {"가 검토", "나 검토", "a review", "B review", "다 검토"};
    for (int i = 0; i < names.length; i++) {
      Task task = engine.getTaskService().newTask();
      task.setName(names[i]);
      task.setDescription(i % 2 == 0 ? "설명 " + i : null);
      task.setPriority(i % 3 * 25);
      task.setDueDate(i % 2 == 0 ? null : new java.util.Date(1_800_000_000_000L - i * 86_400_000L));
      task.setFollowUpDate(i == 3 ? new java.util.Date(1_790_000_000_000L) : null);
      task.setAssignee(i == 1 ? official : null);
      engine.getTaskService().saveTask(task);
      engine.getTaskService().addCandidateGroup(task.getId(), division);
      standalone.add(task.getId());
    }
    try {
      List<java.util.function.UnaryOperator<TaskQuery>> sortings =
          List.of(
              q -> q.orderByTaskCreateTime().desc(),
              q -> q.orderByTaskCreateTime().asc(),
              q -> q.orderByTaskPriority().desc(),
              q -> q.orderByTaskName().asc(),
              q -> q.orderByTaskNameCaseInsensitive().asc(),
              q -> q.orderByTaskDescription().desc(),
              q -> q.orderByDueDate().asc(),
              q -> q.orderByFollowUpDate().desc(),
              q -> q.orderByTaskAssignee().asc(),
              q -> q.orderByProcessInstanceId().asc(),
              q -> q.orderByExecutionId().desc(),
              q -> q.orderByLastUpdated().desc(),
              q -> q.orderByTaskId().desc());
      for (int s = 0; s < sortings.size(); s++) {
        var sorting = sortings.get(s);
        comparePagesInWindows(
            official,
            "sorting " + s,
            standalone,
            TaskPageQuery::fromLinks,
            q ->
                sorting
                    .apply(q.taskCandidateGroup(division).includeAssignedTasks())
                    .orderByTaskId()
                    .asc());
        // Every task the official may see, in the same sorting: read from their grants.
        comparePagesInWindows(
            official,
            "every task, sorting " + s,
            standalone,
            TaskPageQuery::fromGrants,
            q -> sorting.apply(q).orderByTaskId().asc());
      }
      // With a criterion too (a Tasklist search): the grants' tasks the engine's filter keeps.
      comparePagesInWindows(
          official,
          "named like",
          List.of(standalone.get(0), standalone.get(1), standalone.get(4)),
          TaskPageQuery::fromGrants,
          q -> q.taskNameLike("%검토").orderByTaskCreateTime().desc().orderByTaskId().asc());
      // A query naming its task or petition is left to the engine, whose indexes find it at once.
      assertThat(
              asConfigured(official, q -> q.taskId(standalone.get(0)), TaskPageQuery::fromGrants))
          .isFalse();
      assertThat(
              asConfigured(
                  official, q -> q.processInstanceId(created.get(0)), TaskPageQuery::fromGrants))
          .isFalse();
      // The council sees every petition task through its process definition grant: the engine's
      // statement.
      assertThat(
              asConfigured(
                  "council.secretary", q -> q.orderByDueDate().asc(), TaskPageQuery::fromGrants))
          .isFalse();
      // Sorted by a variable, or more than a division's filter: the engine's filter lists.
      assertThat(
              pagedFromLinks(
                  official,
                  q ->
                      q.taskCandidateGroup(division)
                          .includeAssignedTasks()
                          .orderByProcessVariable(
                              "petitionNumber",
                              org.camunda.bpm.engine.variable.type.ValueType.STRING)
                          .asc()))
          .isFalse();
      assertThat(pagedFromLinks(official, q -> q.taskCandidateGroup(division))).isFalse();
      assertThat(
              pagedFromLinks(official, q -> q.taskCandidateGroup(division).includeAssignedTasks()))
          .isTrue();
      PagesAgainstTheEngine.compare(
          engine,
          officials,
          official,
          "sorted by a variable",
          true,
          () ->
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .taskCandidateGroup(division)
                  .includeAssignedTasks()
                  .orderByProcessVariable(
                      "petitionNumber", org.camunda.bpm.engine.variable.type.ValueType.STRING)
                  .asc()
                  .orderByTaskId()
                  .asc()
                  .listPage(0, 2000));
    } finally {
      standalone.forEach(id -> engine.getTaskService().deleteTask(id, true));
    }
  }

  @Test
  void aRegionsPetitionsFilterListsTheRegionsTasksAmongTheFewItsOfficialMaySee() {
    // The busan official is shown two petitions' tasks, busan's and daegu's, one grant each.
    List<String> busan =
        engine.getTaskService().createTaskQuery().processInstanceId(created.get(0)).list().stream()
            .map(Task::getId)
            .toList();
    String daegu =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(created.get(1))
            .singleResult()
            .getId();
    assertThat(busan).isNotEmpty();
    AuthorizationService authorizations = engine.getAuthorizationService();
    List<String> grants = new ArrayList<>();
    for (String task : concat(busan, daegu)) {
      grants.add(grantRead("busan.official", task));
    }
    try {
      Filter regions =
          engine.getFilterService().createTaskFilterQuery().list().stream()
              .filter(f -> "우리 지역 건의@region-busan".equals(f.getProperties().get("rbdKey")))
              .findFirst()
              .orElseThrow();
      assertThat(
              asConfigured(
                  "busan.official",
                  q ->
                      q.processVariableValueEquals("regionCode", "busan")
                          .orderByTaskCreateTime()
                          .desc(),
                  TaskPageQuery::fromGrants))
          .isTrue();
      List<String> listed =
          PagesAgainstTheEngine.compare(
              engine,
              officials,
              "busan.official",
              "우리 지역 건의",
              false,
              () -> engine.getFilterService().listPage(regions.getId(), 0, 15));
      assertThat(listed).containsExactlyInAnyOrderElementsOf(busan);
      assertThat(
              officials.as(
                  "busan.official", () -> engine.getFilterService().count(regions.getId())))
          .isEqualTo(busan.size());
      comparePagesInWindows(
          "busan.official",
          "region's petitions",
          busan,
          TaskPageQuery::fromGrants,
          q ->
              q.processVariableValueEquals("regionCode", "busan")
                  .orderByTaskCreateTime()
                  .desc()
                  .orderByTaskId()
                  .asc());
      // Every task they may see: both petitions'.
      assertThat(
              officials.as(
                  "busan.official", () -> engine.getTaskService().createTaskQuery().count()))
          .isEqualTo(busan.size() + 1);
      compareForEveryone();
    } finally {
      grants.forEach(authorizations::deleteAuthorization);
    }
  }

  private static List<String> concat(List<String> tasks, String task) {
    List<String> all = new ArrayList<>(tasks);
    all.add(task);
    return all;
  }

  @Test
  void aTaskOfferedToTwoOfAnOfficialsGroupsIsCountedOnce() {
    // A vice-governor sits in the council members' group and in the region's.
    Task task = engine.getTaskService().newTask();
    task.setName("부지사 의견 요청");
    engine.getTaskService().saveTask(task);
    engine.getTaskService().addCandidateGroup(task.getId(), "council-members");
    engine.getTaskService().addCandidateGroup(task.getId(), "region-busan");
    try {
      List<Supplier<TaskQuery>> queries =
          List.of(
              () ->
                  engine
                      .getTaskService()
                      .createTaskQuery()
                      .taskCandidateGroupIn(List.of("council-members", "region-busan")),
              () ->
                  engine
                      .getTaskService()
                      .createTaskQuery()
                      .taskCandidateUser("busan.vice-governor"),
              () ->
                  engine
                      .getTaskService()
                      .createTaskQuery()
                      .taskName("부지사 의견 요청")
                      .or()
                      .taskCandidateGroup("region-busan")
                      .taskCandidateGroup("council-members")
                      .endOr(),
              () -> engine.getTaskService().createTaskQuery().taskCandidateGroupLike("%"));
      CountsAgainstLists.compare(officials, "busan.vice-governor", queries);
      assertThat(
              officials.as(
                  "busan.vice-governor", () -> queries.get(0).get().taskId(task.getId()).count()))
          .isEqualTo(1);
      // The council's secretary, whom a process definition grant shows every petition task (our
      // general count), is involved in it as its assignee: one task, whatever its links.
      engine.getTaskService().setAssignee(task.getId(), "council.secretary");
      assertThat(usesOurStatement("council.secretary")).isTrue();
      CountsAgainstLists.compare(
          officials,
          "council.secretary",
          List.of(
              () -> engine.getTaskService().createTaskQuery().taskInvolvedUser("council.secretary"),
              () ->
                  engine
                      .getTaskService()
                      .createTaskQuery()
                      .taskCandidateGroupLike("%")
                      .includeAssignedTasks()));
      assertThat(
              officials.as(
                  "council.secretary",
                  () ->
                      engine
                          .getTaskService()
                          .createTaskQuery()
                          .taskInvolvedUser("council.secretary")
                          .taskId(task.getId())
                          .count()))
          .isEqualTo(1);
      compareForEveryone();
    } finally {
      engine.getTaskService().deleteTask(task.getId(), true);
    }
  }

  @Test
  void everyTaskOneMaySeeIsCountedFromGrantsAndDefinitionsAsTheEngineLists() {
    // The council's secretary reads every petition task by a definition grant; task grants of their
    // own show them a standalone task and a task of a definition they hold no grant on.
    AuthorizationService authorizations = engine.getAuthorizationService();
    List<String> grants = new ArrayList<>();
    List<String> tasks = new ArrayList<>();
    var deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("task-count-other-definition")
            .addModelInstance(
                "other.bpmn",
                org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("task-count-other")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("other")
                    .name("다른 업무")
                    .endEvent()
                    .done())
            .deploy();
    try {
      String instance =
          engine.getRuntimeService().startProcessInstanceByKey("task-count-other").getId();
      String other = OneTaskProcess.taskOf(engine, instance);
      String unseen =
          engine.getRuntimeService().startProcessInstanceByKey("task-count-other").getId();
      Task standalone = engine.getTaskService().newTask();
      standalone.setName("간사 확인 요청");
      engine.getTaskService().saveTask(standalone);
      Task hidden = engine.getTaskService().newTask();
      hidden.setName("보이지 않는 업무");
      engine.getTaskService().saveTask(hidden);
      tasks.addAll(List.of(standalone.getId(), hidden.getId()));
      for (String task : List.of(other, standalone.getId())) {
        grants.add(grantRead("council.secretary", task));
      }
      assertThat(
              asConfigured(
                  "council.secretary",
                  q -> q.orderByDueDate().asc(),
                  query ->
                      TaskCountQuery.revokeFree(query)
                          && TaskCountQuery.everyVisibleTask(query)
                          && TaskGrants.of(query).isGrantsOnly()
                          && TaskGrants.of(query).isDefinitionGrants()))
          .isTrue();
      List<String> listed =
          PagesAgainstTheEngine.compare(
              engine,
              officials,
              "council.secretary",
              "every task",
              true,
              () ->
                  engine
                      .getTaskService()
                      .createTaskQuery()
                      .orderByTaskId()
                      .asc()
                      .listPage(0, 2000));
      assertThat(listed)
          .contains(other, standalone.getId())
          .doesNotContain(hidden.getId())
          .doesNotContainAnyElementsOf(
              engine.getTaskService().createTaskQuery().processInstanceId(unseen).list().stream()
                  .map(Task::getId)
                  .toList());
      assertThat(
              officials.as(
                  "council.secretary", () -> engine.getTaskService().createTaskQuery().count()))
          .isEqualTo(listed.size());

      // A division's officer with a thousand task grants, most of them of tasks that are gone: the
      // count reads the tasks the grants name.
      String division = divisionOf(created.get(0));
      String official = memberOf(division);
      for (int i = 0; i < TaskGrants.FEW; i++) {
        grants.add(grantRead(official, "gone-" + i));
      }
      assertThat(
              asConfigured(
                  official,
                  q -> q,
                  query ->
                      TaskCountQuery.revokeFree(query)
                          && TaskCountQuery.everyVisibleTask(query)
                          && TaskGrants.of(query).isGrantsOnly()
                          && !TaskGrants.of(query).isDefinitionGrants()
                          && !TaskGrants.of(query).isFewTaskGrantsOnly()))
          .isTrue();
      assertThat(
              CountsAgainstLists.compare(
                  officials,
                  official,
                  List.of(
                      () -> engine.getTaskService().createTaskQuery(),
                      () -> engine.getTaskService().createTaskQuery().orderByDueDate().asc())))
          .isEqualTo(2);
      assertThat(officials.as(official, () -> engine.getTaskService().createTaskQuery().count()))
          .isPositive();
      compareForEveryone();
    } finally {
      grants.forEach(authorizations::deleteAuthorization);
      tasks.forEach(id -> engine.getTaskService().deleteTask(id, true));
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  private String grantRead(String userId, String taskId) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setResource(Resources.TASK);
    grant.setResourceId(taskId);
    grant.addPermission(Permissions.READ);
    return authorizations.saveAuthorization(grant).getId();
  }

  @Test
  void aDivisionsTaskOfferedTwiceIsCountedOnceFromItsOneGroupsGrants() {
    String division = divisionOf(created.get(0));
    String official = memberOf(division);
    Task review = reviewOf(created.get(0));
    java.util.function.UnaryOperator<TaskQuery> bothGroups =
        q ->
            q.taskCandidateGroupIn(List.of(division, "council-secretariat")).includeAssignedTasks();
    // The official's one group holds the task grants: the count is read from them.
    assertThat(asConfigured(official, bothGroups, TaskCountQuery::oneGroupGrantPerTask)).isTrue();
    long before =
        officials.as(
            official, () -> bothGroups.apply(engine.getTaskService().createTaskQuery()).count());
    // The review is offered to a second group the query names, and to the division again.
    engine.getTaskService().addCandidateGroup(review.getId(), "council-secretariat");
    engine.getTaskService().addCandidateGroup(review.getId(), division);
    try {
      assertThat(
              officials.as(
                  official,
                  () -> bothGroups.apply(engine.getTaskService().createTaskQuery()).count()))
          .isEqualTo(before)
          .isEqualTo(
              officials.as(
                  official,
                  () ->
                      (long)
                          bothGroups
                              .apply(engine.getTaskService().createTaskQuery())
                              .listPage(0, 2000)
                              .size()));
      CountsAgainstLists.compare(
          officials,
          official,
          List.of(
              () -> bothGroups.apply(engine.getTaskService().createTaskQuery()),
              () ->
                  engine
                      .getTaskService()
                      .createTaskQuery()
                      .taskCandidateGroup(division)
                      .includeAssignedTasks()));
    } finally {
      engine.getTaskService().deleteCandidateGroup(review.getId(), "council-secretariat");
    }
  }

  @Test
  void aTaskWithoutItsGroupGrantIsCountedOnlyWhereAnotherGrantShowsIt() {
    String division = divisionOf(created.get(0));
    String official = memberOf(division);
    Task review = reviewOf(created.get(0));
    TaskQuery filter =
        engine
            .getTaskService()
            .createTaskQuery()
            .taskCandidateGroup(division)
            .includeAssignedTasks();
    long before = officials.as(official, filter::count);
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization grant =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(division)
            .resourceType(Resources.TASK)
            .resourceId(review.getId())
            .singleResult();
    authorizations.deleteAuthorization(grant.getId());
    Authorization everyTask = null;
    try {
      assertThat(officials.as(official, filter::count))
          .isEqualTo(before - 1)
          .isEqualTo(officials.as(official, () -> (long) filter.listPage(0, 2000).size()));
      compareForEveryone();

      everyTask = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      everyTask.setGroupId(division);
      everyTask.setResource(Resources.TASK);
      everyTask.setResourceId("*");
      everyTask.addPermission(Permissions.READ);
      authorizations.saveAuthorization(everyTask);
      assertThat(officials.as(official, filter::count))
          .isEqualTo(before)
          .isEqualTo(officials.as(official, () -> (long) filter.listPage(0, 2000).size()));
      compareForEveryone();
    } finally {
      if (everyTask != null) {
        authorizations.deleteAuthorization(everyTask.getId());
      }
      restore(grant);
    }
    assertThat(officials.as(official, filter::count)).isEqualTo(before);
  }

  @Test
  void aTaskGrantedToTheOfficialOrEveryoneIsCountedOnceWithOrWithoutItsGroupGrant() {
    String division = divisionOf(created.get(0));
    String official = memberOf(division);
    Task review = reviewOf(created.get(0));
    TaskQuery filter =
        engine
            .getTaskService()
            .createTaskQuery()
            .taskCandidateGroup(division)
            .includeAssignedTasks();
    long before = officials.as(official, filter::count);
    AuthorizationService authorizations = engine.getAuthorizationService();
    String own = grantRead(official, review.getId());
    Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setResource(Resources.TASK);
    everyone.setResourceId(reviewOf(created.get(2)).getId());
    everyone.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyone);
    Authorization grant =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(division)
            .resourceType(Resources.TASK)
            .resourceId(review.getId())
            .singleResult();
    try {
      assertThat(
              countedFromLinks(
                  official, q -> q.taskCandidateGroup(division).includeAssignedTasks()))
          .isTrue();
      // Granted to the group and to the official (or to everyone): still one task each.
      assertThat(officials.as(official, filter::count))
          .isEqualTo(before)
          .isEqualTo(officials.as(official, () -> (long) filter.listPage(0, 2000).size()));
      authorizations.deleteAuthorization(grant.getId());
      // Granted to the official alone: still shown, still counted.
      assertThat(officials.as(official, filter::count))
          .isEqualTo(before)
          .isEqualTo(officials.as(official, () -> (long) filter.listPage(0, 2000).size()));
      compareForEveryone();
    } finally {
      authorizations.deleteAuthorization(own);
      authorizations.deleteAuthorization(everyone.getId());
      if (authorizations
              .createAuthorizationQuery()
              .groupIdIn(division)
              .resourceType(Resources.TASK)
              .resourceId(review.getId())
              .count()
          == 0) {
        restore(grant);
      }
    }
    assertThat(officials.as(official, filter::count)).isEqualTo(before);
  }

  @Test
  void aProcessDefinitionGrantShowsATaskWithoutItsGroupGrant() {
    // The council reads every petition task through its process definition grant (READ_TASK).
    ProcessInstance atCheck =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(created.get(1))
            .singleResult();
    Task check =
        engine.getTaskService().createTaskQuery().processInstanceId(atCheck.getId()).singleResult();
    TaskQuery filter =
        engine
            .getTaskService()
            .createTaskQuery()
            .taskCandidateGroup("council-secretariat")
            .includeAssignedTasks();
    long before = officials.as("council.secretary", filter::count);
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization grant =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn("council-secretariat")
            .resourceType(Resources.TASK)
            .resourceId(check.getId())
            .singleResult();
    assertThat(grant).as("the council's grant on %s", check.getName()).isNotNull();
    authorizations.deleteAuthorization(grant.getId());
    try {
      assertThat(
              countedFromLinks(
                  "council.secretary",
                  q -> q.taskCandidateGroup("council-secretariat").includeAssignedTasks()))
          .isTrue();
      assertThat(officials.as("council.secretary", filter::count))
          .isEqualTo(before)
          .isEqualTo(
              officials.as("council.secretary", () -> (long) filter.listPage(0, 2000).size()));
    } finally {
      restore(grant);
    }
    // Offered to the secretariat a second time (the engine grants the group again), then its grant
    // removed: two links, no task grant, still one task.
    engine.getTaskService().addCandidateGroup(check.getId(), "council-secretariat");
    assertThat(
            engine.getTaskService().getIdentityLinksForTask(check.getId()).stream()
                .filter(link -> "council-secretariat".equals(link.getGroupId())))
        .hasSize(2);
    Authorization again =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn("council-secretariat")
            .resourceType(Resources.TASK)
            .resourceId(check.getId())
            .singleResult();
    authorizations.deleteAuthorization(again.getId());
    try {
      assertThat(officials.as("council.secretary", filter::count))
          .isEqualTo(before)
          .isEqualTo(
              officials.as("council.secretary", () -> (long) filter.listPage(0, 2000).size()));
    } finally {
      restore(again);
    }
  }

  @Test
  void aTaskOfATenantMakesTheEngineFilter() {
    String division = divisionOf(created.get(0));
    String official = memberOf(division);
    Task task = engine.getTaskService().newTask();
    task.setName("테넌트 업무");
    task.setTenantId("another-tenant");
    engine.getTaskService().saveTask(task);
    try {
      engine.getTaskService().addCandidateGroup(task.getId(), division);
      assertThat(
              countedFromLinks(
                  official, q -> q.taskCandidateGroup(division).includeAssignedTasks()))
          .isFalse();
      compareForEveryone();
    } finally {
      engine.getTaskService().deleteTask(task.getId(), true);
    }
    assertThat(
            countedFromLinks(official, q -> q.taskCandidateGroup(division).includeAssignedTasks()))
        .isTrue();
  }

  /**
   * The query Tasklist's REST call builds from the body it posts when it opens a filter, with the
   * given criteria added (a later key replaces an earlier one).
   */
  private TaskQuery tasklistBody(String criteria) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    TaskQueryDto body =
        mapper.readValue(
            "{\"processVariables\":[],"
                + criteria
                + "\"taskVariables\":[],\"caseInstanceVariables\":[],"
                + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}",
            TaskQueryDto.class);
    body.setObjectMapper(mapper);
    return body.toQuery(engine);
  }

  /**
   * Count and list of the same query, as each official, for their filters and their own queries.
   */
  private int compareForEveryone() {
    int compared = 0;
    for (User user : engine.getIdentityService().createUserQuery().list()) {
      List<String> groups = groupsOf(user.getId());
      List<Filter> filters =
          officials.as(
              user.getId(),
              () -> engine.getFilterService().createTaskFilterQuery().listPage(0, 2000));
      for (Filter filter : filters) {
        long count =
            officials.as(user.getId(), () -> engine.getFilterService().count(filter.getId()));
        long listed =
            officials.as(
                user.getId(),
                () -> (long) engine.getFilterService().listPage(filter.getId(), 0, 2000).size());
        assertThat(count).as("%s, filter %s", user.getId(), filter.getName()).isEqualTo(listed);
        PagesAgainstTheEngine.compare(
            engine,
            officials,
            user.getId(),
            "filter " + filter.getName(),
            false,
            () -> engine.getFilterService().listPage(filter.getId(), 0, 2000));
        compared++;
      }
      PagesAgainstTheEngine.compare(
          engine,
          officials,
          user.getId(),
          "own groups' tasks, newest first",
          true,
          () ->
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .taskCandidateGroupIn(groups)
                  .includeAssignedTasks()
                  .orderByTaskCreateTime()
                  .desc()
                  .orderByTaskId()
                  .asc()
                  .listPage(0, 2000));
      PagesAgainstTheEngine.compare(
          engine,
          officials,
          user.getId(),
          "every task one may see, nearest due first",
          true,
          () ->
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .orderByDueDate()
                  .asc()
                  .orderByTaskCreateTime()
                  .desc()
                  .orderByTaskId()
                  .asc()
                  .listPage(0, 2000));
      List<Supplier<TaskQuery>> queries =
          List.of(
              () -> engine.getTaskService().createTaskQuery(),
              () ->
                  engine
                      .getTaskService()
                      .createTaskQuery()
                      .taskCandidateGroupIn(groups)
                      .includeAssignedTasks(),
              () ->
                  engine
                      .getTaskService()
                      .createTaskQuery()
                      .processDefinitionKey("regional-petition")
                      .taskDefinitionKey("division-review"),
              () ->
                  engine
                      .getTaskService()
                      .createTaskQuery()
                      .taskCandidateUser(user.getId())
                      .orderByTaskCreateTime()
                      .desc());
      compared += CountsAgainstLists.compare(officials, user.getId(), queries);
    }
    return compared;
  }

  /** The first page of the council secretariat's own filter, as Tasklist asks for it. */
  private List<Task> councilsFirstPage() {
    return officials.as(
        "council.secretary",
        () ->
            engine
                .getTaskService()
                .createTaskQuery()
                .taskCandidateGroup("council-secretariat")
                .includeAssignedTasks()
                .listPage(0, 15));
  }

  /** Whether a task query of this official would be counted by our statement. */
  private boolean usesOurStatement(String userId) {
    return officials.inCommand(
        userId,
        command -> {
          TaskQueryImpl query = (TaskQueryImpl) engine.getTaskService().createTaskQuery();
          command.getAuthorizationManager().configureTaskQuery(query);
          return TaskCountQuery.revokeFree(query);
        });
  }

  /**
   * The query, read by our page statement (the shape check must say so), lists what the engine's
   * statement lists, in order, whole and in three windows of three; the whole list holds the tasks.
   */
  private void comparePagesInWindows(
      String official,
      String what,
      List<String> tasks,
      java.util.function.Predicate<TaskQueryImpl> ours,
      java.util.function.UnaryOperator<TaskQuery> criteria) {
    assertThat(asConfigured(official, criteria, ours)).as(what).isTrue();
    List<String> all =
        PagesAgainstTheEngine.compare(
            engine,
            officials,
            official,
            what,
            true,
            () -> criteria.apply(engine.getTaskService().createTaskQuery()).listPage(0, 2000));
    assertThat(all).containsAll(tasks);
    for (int first : new int[] {0, 2, all.size() - 2}) {
      PagesAgainstTheEngine.compare(
          engine,
          officials,
          official,
          what + " from " + first,
          true,
          () -> criteria.apply(engine.getTaskService().createTaskQuery()).listPage(first, 3));
    }
  }

  /** Whether this official's count of the query would start from the groups' identity links. */
  private boolean countedFromLinks(
      String userId, java.util.function.UnaryOperator<TaskQuery> criteria) {
    return asConfigured(
        userId,
        criteria,
        query -> TaskCountQuery.revokeFree(query) && TaskCountQuery.offeredToGroupsOnly(query));
  }

  /** Whether this official's list of the query would be read by our page statement. */
  private boolean pagedFromLinks(
      String userId, java.util.function.UnaryOperator<TaskQuery> criteria) {
    return asConfigured(userId, criteria, TaskPageQuery::fromLinks);
  }

  /**
   * The test on the query as the engine configures it for this official (authorization and tenant
   * checks).
   */
  private boolean asConfigured(
      String userId,
      java.util.function.UnaryOperator<TaskQuery> criteria,
      java.util.function.Predicate<TaskQueryImpl> test) {
    return officials.inCommand(
        userId,
        command -> {
          TaskQueryImpl query =
              (TaskQueryImpl) criteria.apply(engine.getTaskService().createTaskQuery());
          command.getAuthorizationManager().configureTaskQuery(query);
          command.getTenantManager().configureTenantCheck(query.getTenantCheck());
          return test.test(query);
        });
  }

  /** Saves a deleted grant again, as it was. */
  private void restore(Authorization grant) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization restored = authorizations.createNewAuthorization(grant.getAuthorizationType());
    restored.setGroupId(grant.getGroupId());
    restored.setUserId(grant.getUserId());
    restored.setResourceType(grant.getResourceType());
    restored.setResourceId(grant.getResourceId());
    restored.setPermissions(grant.getPermissions(Permissions.values()));
    authorizations.saveAuthorization(restored);
  }

  private Task reviewOf(String petitionId) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(petitionId)
        .taskDefinitionKey("division-review")
        .list()
        .get(0);
  }

  private String divisionOf(String petitionId) {
    return engine.getTaskService().getIdentityLinksForTask(reviewOf(petitionId).getId()).stream()
        .filter(link -> link.getGroupId() != null)
        .findFirst()
        .orElseThrow()
        .getGroupId();
  }

  private String memberOf(String group) {
    return engine.getIdentityService().createUserQuery().memberOfGroup(group).list().get(0).getId();
  }

  private List<String> groupsOf(String userId) {
    return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }
}
