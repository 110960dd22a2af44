package kr.go.molit.rbd.petition;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import kr.go.molit.rbd.OnPostgres;

@OnPostgres
class ParallelReviewsOnPostgresIT extends ParallelReviewsChecks {

  @Override
  int sessionsWaitingForALock(Connection connection) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet count =
            statement.executeQuery(
                "SELECT count(*) FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
      count.next();
      return count.getInt(1);
    }
  }
}
