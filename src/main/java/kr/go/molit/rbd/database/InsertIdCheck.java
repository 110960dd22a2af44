package kr.go.molit.rbd.database;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's check of an entity's id before it is inserted (not null, not the reserved {@code
 * *}), without building the check's error message for every insert. The engine passes the message
 * as a string made of the whole entity ({@code "Entity " + entity + " has an invalid id"}), so
 * every insert printed every field of its entity, history entries with their values included: 2-3 %
 * of the CPU of the petition rounds (JFR). Here the engine's own check runs, message and all, only
 * when the id is in fact invalid; valid ids pass exactly as before.
 */
public final class InsertIdCheck extends DbEntityManager {

  InsertIdCheck(IdGenerator ids, PersistenceSession persistence) {
    super(ids, persistence);
  }

  @Override
  protected void validateId(DbEntity entity) {
    if (invalid(entity.getId())) {
      super.validateId(entity);
    }
  }

  static boolean invalid(String id) {
    return id == null || Authorization.ANY.equals(id);
  }

  /** Opens our entity manager where the engine's factory opens its own. */
  static final class Factory extends DbEntityManagerFactory {

    private final IdGenerator ids;

    Factory(IdGenerator ids) {
      super(ids);
      this.ids = ids;
    }

    @Override
    public DbEntityManager openSession() {
      return new InsertIdCheck(
          ids, Context.getCommandContext().getSession(PersistenceSession.class));
    }
  }

  @Component
  static class Installation extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
      configuration
          .getSessionFactories()
          .put(DbEntityManager.class, new Factory(configuration.getIdGenerator()));
    }
  }
}
