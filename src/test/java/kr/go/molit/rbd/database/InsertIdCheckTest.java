package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.go.molit.rbd.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class InsertIdCheckTest {

  @Autowired ProcessEngine engine;

  /** The engine's entity manager, its check reachable from here. */
  static final class EnginesCheck extends DbEntityManager {
    EnginesCheck() {
      super(null, null);
    }

    void check(ByteArrayEntity entity) {
      validateId(entity);
    }
  }

  /** An entity that cannot be printed: a check that builds its message on every insert fails. */
  static ByteArrayEntity unprintable(String id) {
    ByteArrayEntity entity =
        new ByteArrayEntity() {
          @Override
          public String toString() {
            throw new AssertionError("message built for " + getId());
          }
        };
    entity.setId(id);
    return entity;
  }

  static ByteArrayEntity printable(String id) {
    ByteArrayEntity entity = new ByteArrayEntity("petition", new byte[0], ResourceTypes.RUNTIME);
    entity.setId(id);
    return entity;
  }

  @Test
  void theEngineOpensOurEntityManager() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getSessionFactories().get(DbEntityManager.class))
        .isInstanceOf(InsertIdCheck.Factory.class);
    assertThat(new InsertIdCheck.Factory(configuration.getIdGenerator()).getSessionType())
        .isEqualTo(DbEntityManager.class);
  }

  @Test
  void aValidIdPassesWithoutPrintingTheEntity() {
    new InsertIdCheck(null, null).validateId(unprintable("3f2a-0001"));
    assertThatThrownBy(() -> new EnginesCheck().check(unprintable("3f2a-0001")))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void invalidIdsFailWithTheEnginesMessage() {
    for (String id : new String[] {null, "*"}) {
      Throwable ours = catchFailure(() -> new InsertIdCheck(null, null).validateId(printable(id)));
      Throwable engines = catchFailure(() -> new EnginesCheck().check(printable(id)));
      assertThat(ours).isInstanceOf(ProcessEngineException.class).hasMessage(engines.getMessage());
      assertThat(engines).isInstanceOf(ProcessEngineException.class);
    }
  }

  private static Throwable catchFailure(Runnable check) {
    try {
      check.run();
    } catch (Throwable failure) {
      return failure;
    }
    throw new AssertionError("no failure");
  }
}
