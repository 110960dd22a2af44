package kr.go.molit.rbd.history;

import java.time.Duration;
import java.util.Date;
import java.util.function.LongSupplier;
import kr.go.molit.rbd.database.KeptValues;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * The removal times of root process instances, shared between commands. With the removal-time
 * strategy {@code start}, every history row and every per-petition grant the engine writes takes
 * its removal time from the petition's root instance, which the engine reads from the database once
 * in every command that writes any ({@code select HPI.START_TIME_, HPI.REMOVAL_TIME_}: some 20 per
 * petition, two per form). A root's removal time is fixed when it starts; only Camunda's "set
 * removal time" batch changes it, and each of that batch's jobs run on this server empties this
 * cache ({@link RootRemovalTimeCaching}). Another node's batch is seen within {@link #MAX_AGE}.
 */
@Component
public class RootRemovalTimes {

  static final Duration MAX_AGE = Duration.ofMinutes(1);

  /**
   * More running petitions than the programme will have at once; past it the cache starts afresh.
   */
  static final int MAX_ENTRIES = 200_000;

  private final KeptValues<Date> removalTimes;

  public RootRemovalTimes() {
    this(System::nanoTime);
  }

  RootRemovalTimes(LongSupplier nanoClock) {
    this.removalTimes = new KeptValues<>(MAX_AGE, MAX_ENTRIES, nanoClock);
  }

  /**
   * The root's historic instance as the engine would read it for its removal time: the command's
   * own copy when it has one (a root started or changed in this command), else a kept removal time,
   * else the engine's read, whose removal time is then kept. Only the removal time of a kept answer
   * is set; nothing else reads it.
   */
  public HistoricProcessInstanceEventEntity find(String rootProcessInstanceId) {
    DbEntityManager entities = Context.getCommandContext().getDbEntityManager();
    HistoricProcessInstanceEventEntity inCommand =
        entities.getCachedEntity(HistoricProcessInstanceEventEntity.class, rootProcessInstanceId);
    if (inCommand != null) {
      return inCommand;
    }
    Date known = removalTimes.get(rootProcessInstanceId);
    if (known != null) {
      HistoricProcessInstanceEventEntity root = new HistoricProcessInstanceEventEntity();
      root.setId(rootProcessInstanceId);
      root.setRemovalTime(new Date(known.getTime()));
      return root;
    }
    long generationBefore = removalTimes.generation();
    HistoricProcessInstanceEventEntity read =
        entities.selectById(HistoricProcessInstanceEventEntity.class, rootProcessInstanceId);
    if (read != null && read.getRemovalTime() != null) {
      removalTimes.keep(
          rootProcessInstanceId, new Date(read.getRemovalTime().getTime()), generationBefore);
    }
    return read;
  }

  /** Drops every kept removal time, now and when the running command commits. */
  public void forget() {
    removalTimes.forget();
    CommandContext command = Context.getCommandContext();
    if (command != null) {
      command
          .getTransactionContext()
          .addTransactionListener(TransactionState.COMMITTED, committed -> removalTimes.forget());
    }
  }
}
