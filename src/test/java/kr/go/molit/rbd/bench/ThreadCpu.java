package kr.go.molit.rbd.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the JVM's CPU of a submit-form round went: the server's HTTP request threads (Tomcat's
 * {@code http-nio-*}) and the harness's clients (the time each client thread spends in its own
 * calls; {@link EngineHttp} has no threads of its own). Clients run in this JVM only because the
 * harness does; a deployment's browsers are elsewhere. Threads that end during the round lose their
 * time, so the clients count theirs themselves ({@link #clientCall}). Besides, the time the JIT
 * compiler worked and the garbage collector paused: threads of the JVM's own that no thread list
 * shows.
 */
final class ThreadCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Map<Long, Long> requestThreads = new HashMap<>();
  private final AtomicLong clientCalls = new AtomicLong();
  private long compilingMillis;
  private long collectingMillis;

  /** The CPU time of the calling thread while it runs {@code call}, counted as the clients'. */
  void clientCall(Runnable call) {
    long before = THREADS.getCurrentThreadCpuTime();
    try {
      call.run();
    } finally {
      clientCalls.addAndGet(THREADS.getCurrentThreadCpuTime() - before);
    }
  }

  /** Marks the start of the round. */
  ThreadCpu start() {
    snapshot(requestThreads);
    clientCalls.set(0);
    compilingMillis = compilingMillis();
    collectingMillis = collectingMillis();
    return this;
  }

  /**
   * Since {@link #start}, in nanoseconds: the request threads' CPU, the clients', the JIT
   * compiler's working time and the garbage collector's pauses.
   */
  long[] sinceStart() {
    Map<Long, Long> requests = new HashMap<>();
    snapshot(requests);
    return new long[] {
      delta(requestThreads, requests),
      clientCalls.get(),
      (compilingMillis() - compilingMillis) * 1_000_000,
      (collectingMillis() - collectingMillis) * 1_000_000
    };
  }

  private static long compilingMillis() {
    return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  private static long collectingMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  private static long delta(Map<Long, Long> before, Map<Long, Long> after) {
    return after.entrySet().stream()
        .mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L))
        .sum();
  }

  private static void snapshot(Map<Long, Long> requests) {
    for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (thread == null) {
        continue;
      }
      long cpu = THREADS.getThreadCpuTime(thread.getThreadId());
      if (cpu < 0) {
        continue;
      }
      if (thread.getThreadName().startsWith("http-nio-")) {
        requests.put(thread.getThreadId(), cpu);
      }
    }
  }
}
