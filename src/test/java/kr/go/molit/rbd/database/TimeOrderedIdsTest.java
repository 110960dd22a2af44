package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import kr.go.molit.rbd.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class TimeOrderedIdsTest {

  @Autowired ProcessEngine engine;

  /** The milliseconds since 1970 a version 7 UUID begins with. */
  static Instant madeAt(String id) {
    return Instant.ofEpochMilli(UUID.fromString(id).getMostSignificantBits() >>> 16);
  }

  @Test
  void idsAreVersionSevenUuidsOfTheirTime() {
    Instant before = Instant.now();
    String id = new TimeOrderedIds().getNextId();
    UUID uuid = UUID.fromString(id);
    assertThat(id).hasSize(36).isEqualTo(uuid.toString());
    assertThat(uuid.version()).isEqualTo(7);
    assertThat(uuid.variant()).isEqualTo(2);
    assertThat(madeAt(id)).isBetween(before.minusMillis(1), Instant.now().plusMillis(1));
  }

  @Test
  void idsMadeLaterSortAfterEarlierOnesAsText() throws Exception {
    TimeOrderedIds ids = new TimeOrderedIds();
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      made.add(ids.getNextId());
      if (i % 5_000 == 0) {
        Thread.sleep(2); // across milliseconds as well as within one
      }
    }
    assertThat(made).isSorted().doesNotHaveDuplicates();
    assertThat(madeAt(made.get(made.size() - 1))).isAfter(madeAt(made.get(0)));
  }

  @Test
  void threadsSharingTheGeneratorNeverGetTheSameId() throws Exception {
    TimeOrderedIds ids = new TimeOrderedIds();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> threads = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        threads.add(
            pool.submit(
                () -> {
                  List<String> own = new ArrayList<>();
                  for (int i = 0; i < 10_000; i++) {
                    own.add(ids.getNextId());
                  }
                  return own;
                }));
      }
      Set<String> all = new HashSet<>();
      for (Future<List<String>> thread : threads) {
        List<String> own = thread.get();
        assertThat(own).isSorted();
        all.addAll(own);
      }
      assertThat(all).hasSize(80_000);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aClockThatStepsBackNeitherRepeatsNorReordersIds() {
    long[] now = {1_000_000L};
    TimeOrderedIds ids = new TimeOrderedIds(() -> now[0], new SplittableRandom(7));
    String first = ids.getNextId();
    now[0] -= 5_000; // the machine's clock set back five seconds
    String second = ids.getNextId();
    now[0] = 1_000_001L;
    String third = ids.getNextId();
    assertThat(List.of(first, second, third)).isSorted().doesNotHaveDuplicates();
    assertThat(madeAt(second)).isEqualTo(madeAt(first));
    assertThat(madeAt(third)).isEqualTo(Instant.ofEpochMilli(1_000_001L));
  }

  @Test
  void aCounterThatRunsOverMovesOnToTheNextMillisecond() {
    RandomGenerator allOnes = () -> -1L; // the largest start a millisecond can draw
    TimeOrderedIds ids = new TimeOrderedIds(() -> 1_000_000L, allOnes);
    String first = ids.getNextId();
    String second = ids.getNextId();
    assertThat(first)
        .isEqualTo(new UUID(1_000_000L << 16 | 0x7FFFL, -1L >>> 2 | Long.MIN_VALUE).toString());
    assertThat(second).isGreaterThan(first);
    assertThat(UUID.fromString(second).version()).isEqualTo(7);
    assertThat(UUID.fromString(second).variant()).isEqualTo(2);
    assertThat(madeAt(second)).isEqualTo(Instant.ofEpochMilli(1_000_001L));
  }

  @Test
  void theEngineMakesItsIdsHere() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getIdGenerator()).isInstanceOf(TimeOrderedIds.class);

    Instant before = Instant.now();
    Filter first =
        engine.getFilterService().saveFilter(engine.getFilterService().newTaskFilter("id test 1"));
    Filter second =
        engine.getFilterService().saveFilter(engine.getFilterService().newTaskFilter("id test 2"));
    try {
      assertThat(UUID.fromString(first.getId()).version()).isEqualTo(7);
      assertThat(madeAt(first.getId()))
          .isBetween(before.minusMillis(1), Instant.now().plusMillis(1));
      assertThat(second.getId()).isGreaterThan(first.getId());
    } finally {
      engine.getFilterService().deleteFilter(first.getId());
      engine.getFilterService().deleteFilter(second.getId());
    }
  }
}
