package kr.go.molit.rbd.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The whole machine's CPU use, from {@code /proc/stat}. The startup figure is absolute, not a
 * ratio, and an operator starts the server on a machine that is not busy; measured right after the
 * submit-form round it would also measure what that round left running (PostgreSQL's autovacuum and
 * checkpoint after thousands of updates, the harness JVM's compiler queue). {@link #await} lets
 * that finish first. Linux only; elsewhere it does not wait.
 */
final class QuietMachine {

  private QuietMachine() {}

  /** How long the wait took, and the machine's busy share in the first and the last window. */
  record Wait(Duration waited, double firstBusy, double lastBusy) {
    String describe() {
      return firstBusy < 0
          ? "machine load unknown"
          : String.format(
              "machine %.0f %% busy, %.0f %% after %.0f s of waiting",
              100 * firstBusy, 100 * lastBusy, waited.toMillis() / 1000.0);
    }
  }

  /**
   * Waits until the machine's CPUs were busy at most {@code quietShare} of a {@code window} (all
   * cores together), or {@code limit} has passed.
   */
  static Wait await(double quietShare, Duration window, Duration limit) {
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    long[] before = ticks();
    if (before == null) {
      return new Wait(Duration.ZERO, -1, -1);
    }
    double first = -1;
    double busy;
    do {
      Sleep.millis(window.toMillis());
      long[] after = ticks();
      busy =
          after == null ? 0 : (double) (after[0] - before[0]) / Math.max(1, after[1] - before[1]);
      first = first < 0 ? busy : first;
      before = after;
    } while (busy > quietShare && System.nanoTime() < deadline);
    return new Wait(Duration.ofNanos(System.nanoTime() - start), first, busy);
  }

  /** {busy, total} clock ticks of all CPUs since boot, or null without /proc/stat. */
  static long[] ticks() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      long idle = 0;
      for (int i = 1;
          i < fields.length && i <= 8;
          i++) { // user nice system idle iowait irq softirq steal
        long value = Long.parseLong(fields[i]);
        total += value;
        if (i == 4 || i == 5) {
          idle += value;
        }
      }
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
