package kr.go.molit.rbd.history;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import kr.go.molit.rbd.database.LibraryFields;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.repository.ResourceTypes;

/**
 * A variable's history row (ACT_HI_VARINST) written without reading it first, for one command.
 *
 * <p>To record a change of a variable, the engine reads the variable's history row (and the row of
 * its bytes, for a JSON value), changes it and writes every column back: two reads before each form
 * field an official submits into a task's input variable. Here the row is written with the same
 * columns and values, the next revision (once per command, as the engine) and, for a value with
 * bytes, a new bytes row in place of the old one ({@code db/mybatis/historic-variables.xml}); a
 * removed variable's row is marked deleted the same way. Whether the row has bytes to replace
 * follows from the runtime variable as the command loaded it (both rows are written from the same
 * value at every change), or from this command's own writes.
 *
 * <p>The engine's way is kept where that is not known: a row the command has loaded or inserted, a
 * runtime variable the command has not loaded from the database, and migrations. A row this command
 * has written this way is written this way until the command ends, even if something loads it in
 * between, so that no stale copy is written back. The statements run at the end of the flush in the
 * order they were issued. Unlike the engine, a change of a variable whose history row is gone
 * (removed by history cleanup while the process still runs) does not write a new row.
 */
final class VariableHistoryRows implements Session {

  static final String MAPPER = "db/mybatis/historic-variables.xml";
  static final String UPDATE = "kr.go.molit.rbd.history.rbdUpdateHistoricVariableInstance";
  static final String MARK_DELETED =
      "kr.go.molit.rbd.history.rbdMarkHistoricVariableInstanceDeleted";
  static final String DELETE_BYTES =
      "kr.go.molit.rbd.history.rbdDeleteHistoricVariableInstanceBytes";

  /**
   * The state of a cached entity as it was loaded, which the engine compares with to find changes.
   */
  private static final Field LOADED_STATE = LibraryFields.field(CachedDbEntity.class, "copy");

  /** Rows this command has written without reading them, and whether each now has bytes. */
  private final Map<String, Boolean> written = new HashMap<>();

  private int writes;

  static VariableHistoryRows ofCommand() {
    return Context.getCommandContext().getSession(VariableHistoryRows.class);
  }

  /**
   * Whether the event's row has bytes now, or null when the engine's way must write it (a creation,
   * a migration, a row the command has loaded, a runtime variable it has not).
   */
  Boolean rowHasBytes(HistoricVariableUpdateEventEntity event, DbEntityManager entities) {
    boolean update = event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE);
    if (!update && !event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE)) {
      return null;
    }
    String id = event.getVariableInstanceId();
    Boolean known = written.get(id);
    if (known != null) {
      return known;
    }
    if (id == null || entities.getCachedEntity(HistoricVariableInstanceEntity.class, id) != null) {
      return null;
    }
    Boolean loaded = runtimeVariableLoadedWithBytes(entities, id);
    return loaded != null ? loaded : update ? null : Boolean.FALSE;
  }

  /** Writes the event's change of the row, which has bytes or not ({@link #rowHasBytes}). */
  void write(HistoricVariableUpdateEventEntity event, boolean hasBytes, DbEntityManager entities) {
    String id = event.getVariableInstanceId();
    // The engine writes a changed row once per command, with the next revision.
    int revisionStep = written.containsKey(id) ? 0 : 1;
    if (event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE)) {
      entities.updatePreserveOrder(
          HistoricVariableInstanceEntity.class, MARK_DELETED, parameters(id, revisionStep));
      written.put(id, hasBytes);
      return;
    }
    if (hasBytes) {
      entities.deletePreserveOrder(ByteArrayEntity.class, DELETE_BYTES, parameters(id, 0));
    }
    String bytesId = event.getByteValue() == null ? null : insertHistoryBytes(event);
    Map<String, Object> row = parameters(id, revisionStep);
    row.put("serializerName", event.getSerializerName());
    row.put("byteArrayId", bytesId);
    row.put("processDefinitionId", event.getProcessDefinitionId());
    row.put("processDefinitionKey", event.getProcessDefinitionKey());
    row.put("doubleValue", event.getDoubleValue());
    row.put("longValue", event.getLongValue());
    row.put("textValue", event.getTextValue());
    row.put("textValue2", event.getTextValue2());
    row.put("caseDefinitionId", event.getCaseDefinitionId());
    entities.updatePreserveOrder(HistoricVariableInstanceEntity.class, UPDATE, row);
    written.put(id, bytesId != null);
  }

  /** A new history bytes row holding the event's value, as the engine writes one; its id. */
  static String insertHistoryBytes(HistoricVariableUpdateEventEntity event) {
    ByteArrayEntity bytes =
        new ByteArrayEntity(event.getVariableName(), event.getByteValue(), ResourceTypes.HISTORY);
    bytes.setRootProcessInstanceId(event.getRootProcessInstanceId());
    bytes.setRemovalTime(event.getRemovalTime());
    Context.getCommandContext().getByteArrayManager().insertByteArray(bytes);
    return bytes.getId();
  }

  /**
   * A statement's parameters, numbered: the engine keeps the operations to run in order in a set,
   * so a second equal operation (the bytes of a row changed twice in one command) would be lost.
   */
  private Map<String, Object> parameters(String id, int revisionStep) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("id", id);
    parameters.put("revisionStep", revisionStep);
    parameters.put("write", ++writes);
    return parameters;
  }

  /**
   * Whether the runtime variable had bytes when the command loaded it; null if it did not load it.
   */
  static Boolean runtimeVariableLoadedWithBytes(DbEntityManager entities, String id) {
    CachedDbEntity cached =
        entities.getDbEntityCache().getCachedEntity(VariableInstanceEntity.class, id);
    if (cached == null || cached.getEntityState() != DbEntityState.PERSISTENT) {
      return null;
    }
    // The engine's persistent state of a variable names its bytes' row only when there is one.
    return LibraryFields.get(LOADED_STATE, cached) instanceof Map<?, ?> state
        ? state.get("byteArrayValueId") != null
        : null;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
