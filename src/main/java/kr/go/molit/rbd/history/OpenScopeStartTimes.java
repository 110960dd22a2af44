package kr.go.molit.rbd.history;

import java.util.Date;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricScopeInstanceEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;

/**
 * The start times of the activity and task instances this server started, kept until they end, so
 * that the end's history update needs no read of the start time for the duration. A start time
 * never changes once written, and an instance id is never reused, so a kept start time is the
 * stored one: a start whose command rolled back leaves an entry nobody asks for, and an end whose
 * command rolled back finds none the next time and reads, as does an end of an instance started on
 * another server or before a restart. Past {@code maxEntries} open instances the store starts
 * afresh (the ends of the ones dropped read their start again).
 */
final class OpenScopeStartTimes {

  private final int maxEntries;
  private final ConcurrentHashMap<String, Date> starts = new ConcurrentHashMap<>();

  OpenScopeStartTimes(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  /** Keeps the start time of an activity or task instance whose start was just written. */
  void started(HistoryEvent event) {
    String key = key(event);
    Date start = key == null ? null : ((HistoricScopeInstanceEvent) event).getStartTime();
    if (start == null) {
      return;
    }
    if (starts.size() >= maxEntries) {
      starts.clear();
    }
    starts.put(key, start);
  }

  /**
   * For an event that ends an activity or task instance: its kept start time, no longer kept after
   * this call; null when none is kept or the event ends nothing.
   */
  Date ended(HistoryEvent event) {
    if (!(event instanceof HistoricScopeInstanceEvent scope) || scope.getEndTime() == null) {
      return null;
    }
    String key = key(event);
    return key == null ? null : starts.remove(key);
  }

  int size() {
    return starts.size();
  }

  /** Forgets every kept start, as a restarted server would have none. */
  void clear() {
    starts.clear();
  }

  private static String key(HistoryEvent event) {
    if (event.getId() == null) {
      return null;
    }
    if (event instanceof HistoricActivityInstanceEventEntity) {
      return "activity:" + event.getId();
    }
    return event instanceof HistoricTaskInstanceEventEntity ? "task:" + event.getId() : null;
  }
}
