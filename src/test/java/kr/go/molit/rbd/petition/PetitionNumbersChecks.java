package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.go.molit.rbd.Officials;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Petition numbers are unique and gapless when many regions submit at once. */
abstract class PetitionNumbersChecks {

  @Autowired ProcessEngine engine;
  @Autowired PetitionNumbers numbers;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void concurrentSubmissionsGetConsecutiveNumbersWithoutGaps() throws Exception {
    List<String> regions = List.of("busan", "daegu", "gwangju", "daejeon", "ulsan", "sejong", "gangwon", "chungbuk");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<String>> submissions = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String user = regions.get(i % regions.size()) + ".official";
      submissions.add(() -> new Officials(engine).submit(user, Officials.petition("other")).getBusinessKey());
    }
    List<String> issued = new ArrayList<>();
    for (Future<String> submission : pool.invokeAll(submissions)) {
      issued.add(submission.get());
    }
    pool.shutdown();
    List<Integer> sequence = issued.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))).sorted().toList();
    assertThat(sequence).doesNotHaveDuplicates();
    assertThat(sequence.get(sequence.size() - 1) - sequence.get(0)).isEqualTo(sequence.size() - 1);
  }

  @Test
  void aStartThatRollsBackGivesItsNumberBack() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    String first = transaction.execute(status -> {
      String number = numbers.next(2099);
      status.setRollbackOnly();
      return number;
    });
    String second = transaction.execute(status -> numbers.next(2099));
    assertThat(second).isEqualTo(first).endsWith("-2099-00001");
  }
}
