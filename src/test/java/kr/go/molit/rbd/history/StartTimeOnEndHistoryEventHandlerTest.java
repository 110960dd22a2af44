package kr.go.molit.rbd.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import kr.go.molit.rbd.ProcessTest;
import kr.go.molit.rbd.support.OneTaskProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricScopeInstanceEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ProcessTest
class StartTimeOnEndHistoryEventHandlerTest {

  private static final long MINUTE = 60_000;

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  private String deployment;

  @BeforeEach
  void deployAOneTaskProcess() {
    deployment = OneTaskProcess.deploy(repository, "history-handler-test");
  }

  @AfterEach
  void removeIt() {
    ClockUtil.reset();
    repository.deleteDeployment(deployment, true);
  }

  @Test
  void isTheEnginesDatabaseHandler() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).isFalse();
    assertThat(configuration.getCustomHistoryEventHandlers().get(0))
        .isInstanceOf(StartTimeOnEndHistoryEventHandler.class);
  }

  @Test
  void aClaimIsRecordedAndDurationsStillCountFromTheStart() {
    Date start = new Date(1_800_000_000_000L);
    ClockUtil.setCurrentTime(start);
    String instance = runtime.startProcessInstanceByKey("history-handler-test").getId();
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();

    ClockUtil.setCurrentTime(new Date(start.getTime() + MINUTE));
    tasks.claim(
        task.getId(), "busan.official"); // a command of its own: the history rows are not loaded

    HistoricTaskInstance claimed =
        history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
    assertThat(claimed.getAssignee()).isEqualTo("busan.official");
    assertThat(claimed.getStartTime()).isEqualTo(start);
    assertThat(claimed.getEndTime()).isNull();
    assertThat(claimed.getDurationInMillis()).isNull();
    assertThat(activity(instance).getAssignee()).isEqualTo("busan.official");
    assertThat(activity(instance).getStartTime()).isEqualTo(start);

    ClockUtil.setCurrentTime(new Date(start.getTime() + 5 * MINUTE));
    tasks.complete(task.getId());

    HistoricTaskInstance done =
        history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
    assertThat(done.getStartTime()).isEqualTo(start);
    assertThat(done.getDurationInMillis()).isEqualTo(5 * MINUTE);
    assertThat(activity(instance).getDurationInMillis()).isEqualTo(5 * MINUTE);
    HistoricProcessInstance ended =
        history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
    assertThat(ended.getStartTime()).isEqualTo(start);
    assertThat(ended.getDurationInMillis()).isEqualTo(5 * MINUTE);
  }

  /**
   * Starts the one-task process at {@code start}, moves the stored start of its task and activity
   * an hour earlier behind the engine's back, and completes the task five minutes after the start,
   * the kept starts forgotten first if asked (as after a restart): the durations tell which start
   * the handler used.
   */
  private List<Long> durationsWithStoredStartMoved(boolean forgetKeptStarts) {
    Date start = new Date(1_800_000_000_000L);
    ClockUtil.setCurrentTime(start);
    String instance = runtime.startProcessInstanceByKey("history-handler-test").getId();
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    Timestamp moved = new Timestamp(start.getTime() - 60 * MINUTE);
    jdbc.update("UPDATE ACT_HI_TASKINST SET START_TIME_ = ? WHERE ID_ = ?", moved, task.getId());
    jdbc.update(
        "UPDATE ACT_HI_ACTINST SET START_TIME_ = ? WHERE PROC_INST_ID_ = ? AND ACT_ID_ = 'work'",
        moved,
        instance);

    if (forgetKeptStarts) {
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      ((StartTimeOnEndHistoryEventHandler) configuration.getCustomHistoryEventHandlers().get(0))
          .openStarts()
          .clear();
    }
    ClockUtil.setCurrentTime(new Date(start.getTime() + 5 * MINUTE));
    tasks.complete(task.getId());
    return List.of(
        history
            .createHistoricTaskInstanceQuery()
            .taskId(task.getId())
            .singleResult()
            .getDurationInMillis(),
        activity(instance).getDurationInMillis());
  }

  @Test
  void anEndFindsTheStartThisServerKeptWithoutReadingIt() {
    assertThat(durationsWithStoredStartMoved(false)).containsExactly(5 * MINUTE, 5 * MINUTE);
  }

  @Test
  void anEndWhoseStartIsNotKeptReadsTheStoredStart() {
    assertThat(durationsWithStoredStartMoved(true)).containsExactly(65 * MINUTE, 65 * MINUTE);
  }

  private HistoricActivityInstance activity(String instance) {
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(instance)
        .activityId("work")
        .singleResult();
  }

  /** The event with id, start, end and duration set (nulls where not known). */
  static <T extends HistoricScopeInstanceEvent> T event(
      T event, String id, Date start, Date end, Long duration) {
    event.setId(id);
    event.setStartTime(start);
    event.setEndTime(end);
    event.setDurationInMillis(duration);
    return event;
  }

  private static <T extends HistoricScopeInstanceEvent> T event(
      T event, Date start, Date end, Long duration) {
    return event(event, "some-id", start, end, duration);
  }

  @Test
  void theStartTimeIsReadOnlyForAnEndWithoutAKnownStart() {
    Date start = new Date(1_000);
    Date end = new Date(2_000);
    for (HistoricScopeInstanceEvent kind :
        List.of(
            new HistoricTaskInstanceEventEntity(),
            new HistoricActivityInstanceEventEntity(),
            new HistoricProcessInstanceEventEntity())) {
      String name = kind.getClass().getSimpleName();
      assertThat(StartTimeOnEndHistoryEventHandler.startTimeNeeded(event(kind, null, end, null)))
          .as(name)
          .isTrue();
      assertThat(StartTimeOnEndHistoryEventHandler.startTimeNeeded(event(kind, null, null, null)))
          .as(name)
          .isFalse();
      assertThat(StartTimeOnEndHistoryEventHandler.startTimeNeeded(event(kind, start, end, null)))
          .as(name)
          .isFalse();
      assertThat(StartTimeOnEndHistoryEventHandler.startTimeNeeded(event(kind, null, end, 1_000L)))
          .as(name)
          .isFalse();
    }
  }

  @Test
  void otherEventsAreTheEnginesAlone() {
    HistoryEvent incident = new HistoricIncidentEventEntity();
    incident.setId("some-id");
    assertThat(StartTimeOnEndHistoryEventHandler.startTimeNeeded(incident)).isTrue();
    HistoricTaskInstanceEventEntity withoutId =
        event(new HistoricTaskInstanceEventEntity(), null, null, null);
    withoutId.setId(null);
    assertThat(StartTimeOnEndHistoryEventHandler.startTimeNeeded(withoutId)).isTrue();
  }
}
