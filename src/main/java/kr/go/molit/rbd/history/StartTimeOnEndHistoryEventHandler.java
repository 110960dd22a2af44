package kr.go.molit.rbd.history;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import kr.go.molit.rbd.database.EngineSessions;
import kr.go.molit.rbd.database.EngineStatements;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricScopeInstanceEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine's history event handler without reads it does not need. Before it updates the history
 * row of an activity, task or process instance that the command has not loaded, the engine reads
 * the row's start time into the event. Only the duration of an ending instance uses it: the
 * engine's update statements write {@code DURATION_} together with {@code END_TIME_} and never
 * write the start time, and an event whose producer already knew the start carries its duration. So
 * the read is left out for an update that ends nothing (the assignee a claim sets on the historic
 * task and activity instance: two statements of every claim) and for an end whose start is known.
 * The producer does not know the start when a task is completed or its activity ends in a later
 * command than the one that started it; the start times of those this server started are kept until
 * they end ({@link OpenScopeStartTimes}), and only an end whose start is not kept (started on
 * another server, before a restart) is read as the engine does.
 *
 * <p>Likewise a variable's history row is changed without reading it first where that is safe
 * ({@link VariableHistoryRows}); its detail row is written as the engine writes it.
 */
public class StartTimeOnEndHistoryEventHandler extends DbHistoryEventHandler {

  /** Open activity and task instances at most kept (about 150 bytes each). */
  static final int OPEN_STARTS_KEPT = 50_000;

  private final OpenScopeStartTimes openStarts;

  public StartTimeOnEndHistoryEventHandler() {
    this(new OpenScopeStartTimes(OPEN_STARTS_KEPT));
  }

  StartTimeOnEndHistoryEventHandler(OpenScopeStartTimes openStarts) {
    this.openStarts = openStarts;
  }

  OpenScopeStartTimes openStarts() {
    return openStarts;
  }

  @Override
  protected void insertOrUpdate(HistoryEvent event) {
    if (isInitialEvent(event)) {
      super.insertOrUpdate(event);
      openStarts.started(event);
      return;
    }
    Date start = openStarts.ended(event);
    if (start != null && startTimeNeeded(event)) {
      ((HistoricScopeInstanceEvent) event).setStartTime(start);
    }
    if (!startTimeNeeded(event)) {
      DbEntityManager entities = getDbEntityManager();
      if (entities.getCachedEntity(event.getClass(), event.getId()) == null) {
        entities.merge(event);
      }
      return;
    }
    super.insertOrUpdate(event);
  }

  @Override
  protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity event) {
    DbEntityManager entities = getDbEntityManager();
    VariableHistoryRows rows = VariableHistoryRows.ofCommand();
    Boolean hasBytes = rows.rowHasBytes(event, entities);
    if (hasBytes == null) {
      super.insertHistoricVariableUpdateEntity(event);
      return;
    }
    insertDetail(event);
    rows.write(event, hasBytes, entities);
  }

  /**
   * The engine's first step for every variable event: the detail row (and its bytes), at full
   * history.
   */
  private void insertDetail(HistoricVariableUpdateEventEntity event) {
    if (!shouldWriteHistoricDetail(event)) {
      return;
    }
    if (event.getByteValue() != null) {
      event.setByteArrayId(VariableHistoryRows.insertHistoryBytes(event));
    }
    getDbEntityManager().insert(event);
  }

  /**
   * Whether the engine's read of the start time may change what is written: always, except for the
   * three instance kinds whose update statements we know, where only an end without a known start
   * or duration needs it.
   */
  static boolean startTimeNeeded(HistoryEvent event) {
    if (event.getId() == null
        || !(event instanceof HistoricActivityInstanceEventEntity
            || event instanceof HistoricTaskInstanceEventEntity
            || event instanceof HistoricProcessInstanceEventEntity)) {
      return true;
    }
    HistoricScopeInstanceEvent scope = (HistoricScopeInstanceEvent) event;
    return scope.getEndTime() != null
        && scope.getStartTime() == null
        && scope.getDurationInMillis() == null;
  }

  /** Puts this handler in the place of the engine's database handler, before any custom one. */
  @Component
  static class Installation extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      if (configuration.getHistoryEventHandler() != null
          || !configuration.isEnableDefaultDbHistoryEventHandler()) {
        return;
      }
      List<HistoryEventHandler> handlers = new ArrayList<>();
      handlers.add(new StartTimeOnEndHistoryEventHandler());
      if (configuration.getCustomHistoryEventHandlers() != null) {
        handlers.addAll(configuration.getCustomHistoryEventHandlers());
      }
      configuration.setCustomHistoryEventHandlers(handlers);
      configuration.setEnableDefaultDbHistoryEventHandler(false);
      EngineSessions.add(configuration, VariableHistoryRows.class, VariableHistoryRows::new);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
      EngineStatements.load(configuration, VariableHistoryRows.MAPPER, VariableHistoryRows.UPDATE);
    }
  }
}
