package kr.go.molit.rbd.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The JIT compiler's backlog. Under load on two cores the compiler threads get little of the CPU,
 * so the code a warm-up made hot can wait many seconds in the compile queue and keeps running
 * interpreted or in C1's profiling tier meanwhile; a round that starts right after its warm-up
 * measures that catching-up, which a server that has been answering officials all day has long
 * finished. {@link #awaitIdle} lets the queue drain first.
 */
final class JitCompiler {

  private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

  private JitCompiler() {}

  /**
   * Waits until the compiler has worked at most {@code quietMillis} in the last {@code window}, or
   * {@code limit} has passed; returns the time waited.
   */
  static Duration awaitIdle(Duration window, long quietMillis, Duration limit) {
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    long step = Math.max(50, window.toMillis() / 5);
    int steps = (int) (window.toMillis() / step);
    long[] recent = new long[steps + 1];
    for (int i = 0; i <= steps; i++) {
      recent[i] = compiledMillis();
      Sleep.millis(step);
    }
    int at = 0;
    while (System.nanoTime() < deadline) {
      long now = compiledMillis();
      // recent[at] was read one window ago
      if (now - recent[at] <= quietMillis) {
        break;
      }
      recent[at] = now;
      at = (at + 1) % recent.length;
      Sleep.millis(step);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private static long compiledMillis() {
    return COMPILER.getTotalCompilationTime();
  }
}
