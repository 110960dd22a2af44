package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine-table indexes of db/engine-indexes are in place once the server runs, and only those.
 */
abstract class EngineIndexesChecks {

  @Autowired DataSource dataSource;

  private Set<String> indexesOf(String table) throws SQLException {
    Set<String> names = new TreeSet<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      for (String name :
          new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
        try (ResultSet indexes = meta.getIndexInfo(null, null, name, false, true)) {
          while (indexes.next()) {
            String index = indexes.getString("INDEX_NAME");
            if (index != null) {
              names.add(index.toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return names;
  }

  @Test
  void theCandidateGroupIndexIsThere() throws SQLException {
    assertThat(indexesOf("act_ru_identitylink")).contains("rbd_idx_identitylink_group");
  }

  @Test
  void subtasksAreFoundByIndexWhenATaskCompletes() throws SQLException {
    assertThat(indexesOf("act_ru_task")).contains("rbd_idx_task_parent");
  }

  @Test
  void theDueDateFiltersPagesWalkAnIndexInTheirOrder() throws SQLException {
    assertThat(indexesOf("act_ru_task")).contains("rbd_idx_task_due_created");
  }

  @Test
  void theJobExecutorFindsDueJobsByIndex() throws SQLException {
    assertThat(indexesOf("act_ru_job")).contains("rbd_idx_job_duedate");
  }

  @Test
  void aGroupsGrantsCanBeReadFromTheIndexAlone() throws SQLException {
    assertThat(indexesOf("act_ru_authorization")).contains("rbd_idx_auth_group_grants");
  }

  @Test
  void theAuthorizationIndexesThatMisledThePlannerAreGone() throws SQLException {
    assertThat(indexesOf("act_ru_authorization"))
        .doesNotContain("rbd_idx_auth_user", "rbd_idx_auth_group_resource")
        .anyMatch(name -> name.contains("uniq_auth_user"))
        .anyMatch(name -> name.contains("uniq_auth_group"));
  }
}
