package kr.go.molit.rbd.petition;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import kr.go.molit.rbd.OnH2;

@OnH2
class ParallelReviewsOnH2IT extends ParallelReviewsChecks {

  @Override
  int sessionsWaitingForALock(Connection connection) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet count =
            statement.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
      count.next();
      return count.getInt(1);
    }
  }
}
