package kr.go.molit.rbd.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * One timed round: {@code count} units of work spread over {@code threads} threads, each taking the
 * next unit until none is left. Records wall time and each unit's latency; the first failure ends
 * the run (a benchmark that hides errors measures the wrong thing).
 */
record Round(int count, double seconds, List<Double> latenciesMs) {

  double perSecond() {
    return count / seconds;
  }

  static Round run(int threads, int count, IntConsumer work) {
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i; (i = next.getAndIncrement()) < count; ) {
                    long began = System.nanoTime();
                    work.accept(i);
                    latencies.add((System.nanoTime() - began) / 1e6);
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("benchmark round failed", e);
    } finally {
      pool.shutdownNow();
    }
    return new Round(count, (System.nanoTime() - start) / 1e9, List.copyOf(latencies));
  }
}
