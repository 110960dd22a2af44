package kr.go.molit.rbd.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's plan of the SQL Camunda 7.24 issues for the division filter (copied from the
 * engine's debug log: candidate group, authorization join, newest first, first 15), written to
 * {@code target/bench-plan-<label>.txt} so index choices rest on plans, not guesses.
 */
final class QueryPlan {

  private static final String TASKLIST_SQL = "select distinct RES.REV_, RES.ID_, RES.NAME_, RES.PARENT_TASK_ID_,"
      + " RES.DESCRIPTION_, RES.PRIORITY_, RES.CREATE_TIME_, RES.OWNER_, RES.ASSIGNEE_, RES.DELEGATION_,"
      + " RES.EXECUTION_ID_, RES.PROC_INST_ID_, RES.PROC_DEF_ID_, RES.CASE_EXECUTION_ID_, RES.CASE_INST_ID_,"
      + " RES.CASE_DEF_ID_, RES.TASK_DEF_KEY_, RES.DUE_DATE_, RES.FOLLOW_UP_DATE_, RES.SUSPENSION_STATE_,"
      + " RES.TENANT_ID_, RES.LAST_UPDATED_, RES.TASK_STATE_ from ACT_RU_TASK RES"
      + " left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_"
      + " left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*')"
      + " OR A.GROUP_ID_ IN ( ? ) ) AND ( ( A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2"
      + " OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64 ) ) ) AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))"
      + " WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) )"
      + " and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )"
      + " and (RES.TENANT_ID_ is null ) order by RES.CREATE_TIME_ desc LIMIT 15 OFFSET 0";

  private QueryPlan() {}

  static void write(JdbcTemplate jdbc, String user, String group, String label) {
    List<String> plan = jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + TASKLIST_SQL, String.class, user, group, group);
    try {
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target", "bench-plan-" + label + ".txt"), plan);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
