package kr.go.molit.rbd.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.go.molit.rbd.Officials;
import kr.go.molit.rbd.OnPostgres;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The round trip on PostgreSQL, and sessions started at the same moment never sharing a petition.
 */
@OnPostgres
class ForumSessionOnPostgresIT extends ForumSessionChecks {

  @Autowired JdbcTemplate jdbc;

  @Test
  void concurrentSessionStartsNeverHoldTheSamePetition() throws Exception {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      numbers.add(petitions.petition(i, "동시 소집 " + i).getBusinessKey());
    }
    int sessions = 4;
    ExecutorService pool = Executors.newFixedThreadPool(sessions);
    List<Future<ProcessInstance>> started = new ArrayList<>();
    try {
      for (int i = 0; i < sessions; i++) {
        int n = i;
        Callable<ProcessInstance> start =
            () ->
                officials.start(
                    "forum.secretary",
                    ForumVariables.PROCESS_KEY,
                    Officials.pairs(
                        "sessionTitle",
                        "동시 소집 " + n,
                        "sessionDate",
                        "2026-05-01",
                        "venue",
                        "세종",
                        "theme",
                        "동시성"));
        started.add(pool.submit(start));
      }
      List<ProcessInstance> all = new ArrayList<>();
      for (Future<ProcessInstance> future : started) {
        all.add(future.get());
      }
      List<String> held = new ArrayList<>();
      all.forEach(s -> held.addAll(ForumSessionProcessTest.candidates(engine, s)));
      assertThat(held)
          .as("every petition on exactly one session")
          .containsAll(numbers)
          .filteredOn(numbers::contains)
          .doesNotHaveDuplicates()
          .hasSize(numbers.size());
      for (String number : numbers) {
        assertThat(
                jdbc.queryForObject(
                    "SELECT COUNT(*) FROM rbd_forum_agenda WHERE petition_number = ?",
                    Integer.class,
                    number))
            .isEqualTo(1);
      }
      // cancelled sessions hold nothing: the next session gathers their petitions again
      all.forEach(s -> engine.getRuntimeService().deleteProcessInstance(s.getId(), "test"));
    } finally {
      pool.shutdownNow();
    }
  }
}
