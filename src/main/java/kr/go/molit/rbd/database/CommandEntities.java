package kr.go.molit.rbd.database;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** What the running command knows of the entities it holds. */
public final class CommandEntities {

  private CommandEntities() {}

  /**
   * Whether the entity was created in the running command and is not stored yet: nothing in the
   * database (a grant, a variable) can name it, so reads that look for such rows would find none.
   */
  public static boolean isCreatedInThisCommand(Class<? extends DbEntity> type, String id) {
    CommandContext command = Context.getCommandContext();
    if (command == null || id == null) {
      return false;
    }
    DbEntityManager entities = command.getDbEntityManager();
    DbEntity entity = entities.getCachedEntity(type, id);
    return entity != null && entities.getDbEntityCache().isTransient(entity);
  }
}
