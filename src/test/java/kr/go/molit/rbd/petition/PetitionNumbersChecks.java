package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kr.go.molit.rbd.Officials;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Petition numbers are unique and gapless when many regions submit at once. */
abstract class PetitionNumbersChecks {

  @Autowired ProcessEngine engine;
  @Autowired PetitionNumbers numbers;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  void concurrentSubmissionsGetConsecutiveNumbersWithoutGaps() throws Exception {
    List<String> regions =
        List.of("busan", "daegu", "gwangju", "daejeon", "ulsan", "sejong", "gangwon", "chungbuk");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<String>> submissions = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String user = regions.get(i % regions.size()) + ".official";
      submissions.add(
          () -> new Officials(engine).submit(user, Officials.petition("other")).getBusinessKey());
    }
    List<String> issued = new ArrayList<>();
    for (Future<String> submission : pool.invokeAll(submissions)) {
      issued.add(submission.get());
    }
    pool.shutdown();
    List<Integer> sequence =
        issued.stream()
            .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
            .sorted()
            .toList();
    assertThat(sequence).doesNotHaveDuplicates();
    assertThat(sequence.get(sequence.size() - 1) - sequence.get(0)).isEqualTo(sequence.size() - 1);
  }

  /**
   * As many first starts of a year as the pool has connections, each holding its connection when
   * the year's counter does not exist yet: none may need a second connection to create it.
   */
  @Test
  void theFirstStartsOfAYearNeedNoSecondConnection() throws Exception {
    int connections = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
    Integer latest =
        jdbc.queryForObject("SELECT MAX(counter_year) FROM rbd_petition_counter", Integer.class);
    int year = Math.max(latest == null ? 0 : latest, 3000) + 1;
    CyclicBarrier allHoldingAConnection = new CyclicBarrier(connections);
    TransactionTemplate start = new TransactionTemplate(transactions);
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    List<Callable<String>> starts = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      starts.add(
          () ->
              start.execute(
                  status -> {
                    jdbc.queryForObject("SELECT 1", Integer.class);
                    try {
                      allHoldingAConnection.await(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                    return numbers.next(year);
                  }));
    }
    List<String> issued = new ArrayList<>();
    try {
      for (Future<String> started : pool.invokeAll(starts, 60, TimeUnit.SECONDS)) {
        issued.add(started.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(issued)
        .hasSize(connections)
        .doesNotHaveDuplicates()
        .allMatch(n -> n.contains("-" + year + "-"))
        .contains(
            PetitionNumbers.format("RP", year, 1), PetitionNumbers.format("RP", year, connections));
  }

  @Test
  void aStartThatRollsBackGivesItsNumberBack() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    String first =
        transaction.execute(
            status -> {
              String number = numbers.next(2099);
              status.setRollbackOnly();
              return number;
            });
    String second = transaction.execute(status -> numbers.next(2099));
    assertThat(second).isEqualTo(first).endsWith("-2099-00001");
  }
}
