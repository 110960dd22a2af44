package kr.go.molit.rbd.bench;

import java.lang.management.ManagementFactory;
import kr.go.molit.rbd.RbdApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Run in a fresh JVM by {@link Startup}: starts the server as {@code mvn spring-boot:run} does (H2,
 * demo directory), and prints the time from JVM start to ready and the heap in use after a full
 * garbage collection.
 */
public final class StartupProbe {

  private StartupProbe() {}

  public static void main(String[] args) {
    ConfigurableApplicationContext context = SpringApplication.run(RbdApplication.class, args);
    long readyMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.gc();
    System.gc();
    long heapBytes = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.println("STARTUP " + readyMs + " " + heapBytes);
    context.close();
    System.exit(0);
  }
}
