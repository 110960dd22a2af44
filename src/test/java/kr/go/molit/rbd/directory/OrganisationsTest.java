package kr.go.molit.rbd.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.go.molit.rbd.ProcessTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ProcessTest
class OrganisationsTest {

  private static final String GROUP = "organisations-test";

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void aGroup() {
    Group group = identity.newGroup(GROUP);
    group.setName("시험 기관");
    group.setType("division");
    identity.saveGroup(group);
  }

  @AfterEach
  void removeIt() {
    identity.deleteGroup(GROUP);
  }

  private void rename(String name) {
    Group group = identity.createGroupQuery().groupId(GROUP).singleResult();
    group.setName(name);
    identity.saveGroup(group);
  }

  @Test
  void aNameIsKeptBetweenLookupsAndARenameHereShowsAtOnce() {
    assertThat(organisations.name(GROUP)).isEqualTo("시험 기관");
    // Renamed behind the identity service's back (as by another server): the kept name answers.
    jdbc.update("UPDATE ACT_ID_GROUP SET NAME_ = ? WHERE ID_ = ?", "다른 서버의 이름", GROUP);
    assertThat(organisations.name(GROUP)).isEqualTo("시험 기관");

    rename("새 이름");
    assertThat(organisations.name(GROUP)).isEqualTo("새 이름");
  }

  @Test
  void aRenameThatRollsBackLeavesNoNameBehind() {
    assertThat(organisations.name(GROUP)).isEqualTo("시험 기관");
    assertThatThrownBy(
            () ->
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getCommandExecutorTxRequired()
                    .execute(
                        command -> {
                          rename("취소될 이름");
                          assertThat(organisations.name(GROUP)).isEqualTo("취소될 이름");
                          throw new IllegalStateException("rolled back");
                        }))
        .hasMessage("rolled back");
    assertThat(organisations.name(GROUP)).isEqualTo("시험 기관");
  }

  @Test
  void anUnknownGroupIsNamedByItsId() {
    assertThat(organisations.name("no-such-group")).isEqualTo("no-such-group");
  }
}
