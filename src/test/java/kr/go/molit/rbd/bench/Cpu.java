package kr.go.molit.rbd.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time used so far by this JVM (server, engines and the harness's own threads) and by the
 * embedded PostgreSQL server (its postmaster and every process it started, exited ones included),
 * read from {@code /proc}. Unlike rates, CPU per unit of work hardly depends on what else the
 * machine is doing, so it tells small changes apart where throughput's run-to-run noise does not.
 * Linux only; elsewhere PostgreSQL's share reads as unknown (-1).
 */
record Cpu(long jvmNanos, long postgresNanos) {

  /** Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every architecture. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  /**
   * The postmaster of the server the template talks to (a backend's parent), or -1 without /proc.
   */
  static long postmaster(JdbcTemplate jdbc) {
    Integer backend = jdbc.queryForObject("SELECT pg_backend_pid()", Integer.class);
    long[] stat = stat(Path.of("/proc", String.valueOf(backend), "stat"));
    return stat == null ? -1 : stat[0];
  }

  static Cpu now(long postmaster) {
    long jvm =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    return new Cpu(jvm, postmaster < 0 ? -1 : postgresTicks(postmaster) * NANOS_PER_TICK);
  }

  Cpu since(Cpu earlier) {
    return new Cpu(
        jvmNanos - earlier.jvmNanos,
        postgresNanos < 0 || earlier.postgresNanos < 0
            ? -1
            : postgresNanos - earlier.postgresNanos);
  }

  double jvmMsPer(int units) {
    return jvmNanos / 1e6 / units;
  }

  double postgresMsPer(int units) {
    return postgresNanos < 0 ? -1 : postgresNanos / 1e6 / units;
  }

  double totalMsPer(int units) {
    return jvmMsPer(units) + Math.max(0, postgresMsPer(units));
  }

  /** User and system time of the postmaster and its children, live ones and those it has reaped. */
  private static long postgresTicks(long postmaster) {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .mapToLong(
              p -> {
                long[] stat = stat(p.resolve("stat"));
                long pid = Long.parseLong(p.getFileName().toString());
                return stat != null && (pid == postmaster || stat[0] == postmaster) ? stat[1] : 0;
              })
          .sum();
    } catch (IOException e) {
      return 0;
    }
  }

  /** A process's parent and its utime + stime + cutime + cstime, or null if it is gone. */
  private static long[] stat(Path file) {
    try {
      String line = Files.readString(file);
      // The command name is in parentheses and may contain spaces: fields count from after it.
      String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
      long parent = Long.parseLong(fields[1]);
      long ticks = 0;
      for (int i = 11; i <= 14; i++) {
        ticks += Long.parseLong(fields[i]);
      }
      return new long[] {parent, ticks};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
