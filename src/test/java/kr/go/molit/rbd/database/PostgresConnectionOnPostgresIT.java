package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import kr.go.molit.rbd.OnPostgres;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;

/** The production profile's connection settings reach the PostgreSQL driver. */
@OnPostgres
class PostgresConnectionOnPostgresIT {

  @Autowired DataSource dataSource;

  @Test
  void theEnginesBatchedInsertsGoOutAsMultiRowInserts() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(
              connection
                  .unwrap(BaseConnection.class)
                  .getQueryExecutor()
                  .isReWriteBatchedInsertsEnabled())
          .isTrue();
    }
  }

  @Test
  void sessionsPlanWithoutParallelWorkers() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var result = statement.executeQuery("SHOW max_parallel_workers_per_gather")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isEqualTo("0");
    }
  }

  @Test
  void theDatabaseComparesTextWithProductionsCollation() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var result =
            statement.executeQuery(
                "SELECT datlocprovider, datlocale FROM pg_database WHERE datname = current_database()")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isEqualTo("b");
      assertThat(result.getString(2)).isEqualTo("C.UTF-8");
    }
  }

  @Test
  void koreanTextSortsInDictionaryOrder() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var result =
            statement.executeQuery(
                "SELECT string_agg(name, ',' ORDER BY name)"
                    + " FROM (VALUES ('하남'), ('부산'), ('가평'), ('나주'), ('대구'), ('강릉')) AS region(name)")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isEqualTo("가평,강릉,나주,대구,부산,하남");
    }
  }
}
