package kr.go.molit.rbd.security;

import static kr.go.molit.rbd.Officials.petition;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import kr.go.molit.rbd.Officials;
import kr.go.molit.rbd.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class NewTaskGrantsTest {

  @Autowired ProcessEngine engine;
  ProcessEngineConfigurationImpl configuration;
  Officials officials;

  @BeforeEach
  void setUp() {
    configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    officials = new Officials(engine);
  }

  /** Grants reads that reached the database, as the provider would make them. */
  static final class CountingGrants extends NewTaskGrants {
    int databaseReads;

    CountingGrants() {
      super(new kr.go.molit.rbd.history.RootRemovalTimes());
    }

    @Override
    protected AuthorizationEntity getGrantAuthorizationByGroupId(
        String groupId, Resource resource, String resourceId) {
      databaseReads++;
      return super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
    }

    @Override
    protected AuthorizationEntity getGrantAuthorizationByUserId(
        String userId, Resource resource, String resourceId) {
      databaseReads++;
      return super.getGrantAuthorizationByUserId(userId, resource, resourceId);
    }
  }

  private <T> T with(ResourceAuthorizationProvider provider, Callable<T> work) throws Exception {
    ResourceAuthorizationProvider installed = configuration.getResourceAuthorizationProvider();
    configuration.setResourceAuthorizationProvider(provider);
    try {
      return work.call();
    } finally {
      configuration.setResourceAuthorizationProvider(installed);
    }
  }

  private Task firstTask(ProcessInstance petition) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(petition.getId())
        .singleResult();
  }

  /**
   * The task's grants, without their ids: who, on what kind of resource, with which permissions.
   */
  private List<String> grantsOf(String taskId) {
    return engine
        .getAuthorizationService()
        .createAuthorizationQuery()
        .resourceId(taskId)
        .list()
        .stream()
        .map(
            a ->
                a.getAuthorizationType()
                    + " "
                    + a.getUserId()
                    + " "
                    + a.getGroupId()
                    + " "
                    + a.getResourceType()
                    + " "
                    + ((AuthorizationEntity) a).getPermissions())
        .sorted()
        .toList();
  }

  @Test
  void isTheEnginesProvider() {
    assertThat(configuration.getResourceAuthorizationProvider()).isInstanceOf(NewTaskGrants.class);
  }

  @Test
  void aNewTaskGetsCamundasGrantsWithoutReadingForThem() throws Exception {
    CountingGrants counting = new CountingGrants();
    Task ours =
        with(counting, () -> firstTask(officials.submit("busan.official", petition("railway"))));
    Task camundas =
        with(
            new DefaultAuthorizationProvider(),
            () -> firstTask(officials.submit("busan.official", petition("railway"))));

    assertThat(counting.databaseReads).isZero();
    assertThat(grantsOf(ours.getId()))
        .isNotEmpty()
        .isEqualTo(grantsOf(camundas.getId()))
        .anyMatch(g -> g.startsWith(Authorization.AUTH_TYPE_GRANT + " null council-secretariat "));
  }

  /**
   * A stored task claimed, offered again to its group and to a user, with a grant of the claimer's
   * on its history made beforehand: the grants come out as Camunda's provider makes them.
   */
  private List<String> grantsAfterClaimAndOffers(ResourceAuthorizationProvider provider)
      throws Exception {
    Task task = firstTask(officials.submit("busan.official", petition("road")));
    Authorization earlier =
        engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    earlier.setUserId("council.secretary");
    earlier.setResource(org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK);
    earlier.setResourceId(task.getId());
    earlier.addPermission(org.camunda.bpm.engine.authorization.HistoricTaskPermissions.READ);
    engine.getAuthorizationService().saveAuthorization(earlier);
    with(
        provider,
        () -> {
          engine.getTaskService().claim(task.getId(), "council.secretary");
          engine.getTaskService().addCandidateGroup(task.getId(), "council-secretariat");
          engine.getTaskService().addCandidateUser(task.getId(), "council.secretary");
          return null;
        });
    return grantsOf(task.getId());
  }

  @Test
  void aStoredTaskClaimedOrOfferedAgainGetsCamundasGrants() throws Exception {
    List<String> ours = grantsAfterClaimAndOffers(configuration.getResourceAuthorizationProvider());
    List<String> camundas = grantsAfterClaimAndOffers(new DefaultAuthorizationProvider());
    assertThat(ours).isEqualTo(camundas).anyMatch(g -> g.contains(" council.secretary null "));
  }
}
