package kr.go.molit.rbd.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * The yardstick: Camunda 7 with its own defaults (full history, no authorizations, no Spring, no
 * delegates) on its own database of the same PostgreSQL server, running the smallest useful
 * lifecycle: start, find the user task, complete it.
 */
final class BareEngine implements AutoCloseable {

  static final String PROCESS_KEY = "bare-one-task";

  private final HikariDataSource dataSource;
  private final ProcessEngine engine;

  BareEngine(int poolSize) {
    BenchDatabase.createDatabase("bare");
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(BenchDatabase.url("bare"));
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(poolSize);
    pool.setPoolName("bare-engine");
    dataSource = new HikariDataSource(pool);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare");
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    engine = configuration.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            PROCESS_KEY + ".bpmn",
            Bpmn.createExecutableProcess(PROCESS_KEY)
                .camundaHistoryTimeToLive(180)
                .startEvent()
                .userTask("task")
                .endEvent()
                .done())
        .deploy();
  }

  void lifecycle() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY).getId();
    Task task =
        engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    engine.getTaskService().complete(task.getId());
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
