package kr.go.molit.rbd.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.go.molit.rbd.ProcessTest;
import kr.go.molit.rbd.support.OneTaskProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Variable history rows written without reading them first ({@link VariableHistoryRows}): the same
 * rows, bytes and detail rows as the engine's way, which a command takes for rows it has loaded, so
 * every scenario runs twice: once as officials' commands do, once with the rows loaded first.
 */
@ProcessTest
class VariableHistoryRowsTest {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  private String deployment;

  @BeforeEach
  void deployAWaitingProcess() {
    deployment = OneTaskProcess.deploy(repository, "variable-history-rows-test");
  }

  @AfterEach
  void removeIt() {
    repository.deleteDeployment(deployment, true);
  }

  private static TypedValue json(String... items) {
    return Variables.objectValue(new ArrayList<>(Arrays.asList(items)))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .create();
  }

  private String start() {
    return runtime
        .startProcessInstanceByKey(
            "variable-history-rows-test",
            Variables.createVariables()
                .putValue("opinion", "수용")
                .putValue("empty", null)
                .putValueTyped("ministries", json("moef", "molit"))
                .putValueTyped("groups", json("kdi"))
                .putValue("count", 3L)
                .putValue("remark", "초안"))
        .getId();
  }

  private <T> T inCommand(Command<T> command) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(command);
  }

  private static void set(CommandContext context, String instance, String name, Object value) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(name, value);
    new SetExecutionVariablesCmd(instance, values, false).execute(context);
  }

  private static void remove(CommandContext context, String instance, String name) {
    new RemoveExecutionVariablesCmd(instance, List.of(name), false).execute(context);
  }

  /** One command of a scenario, with the instance's history rows loaded first or not. */
  private void step(
      String instance, boolean engineWay, java.util.function.Consumer<CommandContext> changes) {
    inCommand(
        context -> {
          if (engineWay) {
            for (String id :
                jdbc.queryForList(
                    "SELECT ID_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ?",
                    String.class,
                    instance)) {
              context.getDbEntityManager().selectById(HistoricVariableInstanceEntity.class, id);
            }
          }
          changes.accept(context);
          return null;
        });
  }

  private void scenario(String instance, boolean engineWay) {
    step(instance, engineWay, c -> set(c, instance, "opinion", "일부 수용")); // text to text
    step(instance, engineWay, c -> set(c, instance, "empty", json("moef"))); // null to JSON
    step(instance, engineWay, c -> set(c, instance, "ministries", json("moef"))); // JSON to JSON
    step(instance, engineWay, c -> set(c, instance, "groups", "none")); // JSON to text
    step(instance, engineWay, c -> set(c, instance, "count", json("a", "b"))); // number to JSON
    step(
        instance,
        engineWay,
        c -> { // twice in one command
          set(c, instance, "ministries", json("mof"));
          set(c, instance, "ministries", "없음");
        });
    step(
        instance,
        engineWay,
        c -> { // changed, then removed
          set(c, instance, "remark", json("x"));
          remove(c, instance, "remark");
        });
    step(instance, engineWay, c -> remove(c, instance, "opinion")); // removed
  }

  /**
   * Every history row of the instance's variables as it reads, with its bytes, and the details per
   * name.
   */
  private Map<String, Object> history(String instance) {
    Map<String, Object> rows = new TreeMap<>();
    for (Map<String, Object> row :
        jdbc.queryForList(
            "SELECT V.NAME_, V.VAR_TYPE_, V.TEXT_, V.TEXT2_, V.LONG_, V.DOUBLE_, "
                + "V.STATE_, V.REV_, V.PROC_DEF_ID_, V.PROC_DEF_KEY_, B.BYTES_, B.TYPE_ AS BYTES_TYPE FROM ACT_HI_VARINST V "
                + "LEFT JOIN ACT_GE_BYTEARRAY B ON B.ID_ = V.BYTEARRAY_ID_ WHERE V.PROC_INST_ID_ = ?",
            instance)) {
      Map<String, Object> values = new TreeMap<>(row);
      values.put(
          "BYTES_", row.get("BYTES_") == null ? null : new String((byte[]) row.get("BYTES_")));
      values.put(
          "DETAILS",
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ? AND NAME_ = ?",
              Integer.class,
              instance,
              row.get("NAME_")));
      rows.put((String) row.get("NAME_"), values);
    }
    rows.put(
        "unreferenced history bytes",
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM ACT_GE_BYTEARRAY B "
                + "WHERE B.ROOT_PROC_INST_ID_ = ? AND B.TYPE_ = "
                + ResourceTypes.HISTORY.getValue()
                + " "
                + "AND NOT EXISTS (SELECT 1 FROM ACT_HI_VARINST V WHERE V.BYTEARRAY_ID_ = B.ID_) "
                + "AND NOT EXISTS (SELECT 1 FROM ACT_HI_DETAIL D WHERE D.BYTEARRAY_ID_ = B.ID_)",
            Integer.class,
            instance));
    return rows;
  }

  @Test
  void everyChangeLeavesTheRowsTheEnginesWayLeaves() {
    String ours = start();
    String enginesWay = start();

    scenario(ours, false);
    scenario(enginesWay, true);

    Map<String, Object> expected = history(enginesWay);
    assertThat(expected.get("unreferenced history bytes")).isEqualTo(0);
    assertThat(history(ours)).isEqualTo(expected);
  }

  @Test
  void aRowTheCommandHasNotLoadedIsNotRead() {
    String instance = start();
    String id =
        jdbc.queryForObject(
            "SELECT ID_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ? AND NAME_ = 'ministries'",
            String.class,
            instance);

    boolean loaded =
        inCommand(
            context -> {
              set(context, instance, "ministries", json("moef"));
              remove(context, instance, "opinion");
              return context
                          .getDbEntityManager()
                          .getCachedEntity(HistoricVariableInstanceEntity.class, id)
                      != null
                  || !context
                      .getDbEntityManager()
                      .getCachedEntitiesByType(HistoricVariableInstanceEntity.class)
                      .isEmpty();
            });

    assertThat(loaded).as("the engine's way loads the rows into the command").isFalse();
    assertThat(history(instance).get("ministries")).asString().contains("[\"moef\"]");
  }

  @Test
  void aRowLoadedAfterItWasWrittenIsNotWrittenBackStale() {
    String instance = start();
    String id =
        jdbc.queryForObject(
            "SELECT ID_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ? AND NAME_ = 'ministries'",
            String.class,
            instance);

    inCommand(
        context -> {
          set(context, instance, "ministries", json("first"));
          context.getDbEntityManager().selectById(HistoricVariableInstanceEntity.class, id);
          set(context, instance, "ministries", json("second"));
          return null;
        });

    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT V.REV_, B.BYTES_ FROM ACT_HI_VARINST V "
                + "JOIN ACT_GE_BYTEARRAY B ON B.ID_ = V.BYTEARRAY_ID_ WHERE V.ID_ = ?",
            id);
    assertThat(new String((byte[]) row.get("BYTES_"))).isEqualTo("[\"second\"]");
    assertThat(((Number) row.get("REV_")).intValue())
        .as("one revision per command, as the engine counts")
        .isEqualTo(1);
  }
}
