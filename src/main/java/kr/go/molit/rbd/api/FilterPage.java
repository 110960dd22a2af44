package kr.go.molit.rbd.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.hal.EmptyHalCollection;
import org.camunda.bpm.engine.rest.hal.HalCollectionResource;
import org.camunda.bpm.engine.rest.hal.HalResource;
import org.camunda.bpm.engine.rest.sub.runtime.impl.FilterResourceImpl;

/**
 * A filter's page of tasks as Tasklist asks for it ({@code /filter/{id}/list} with {@code
 * application/hal+json}): the tasks, their variables and the filter's count, with the count
 * computed beside the page instead of after it.
 *
 * <p>Camunda's resource runs the page, then the count, then reads the page's variables and linked
 * resources, one after the other on the request thread. The count of a division's filter is
 * database work (two index reads, 13 ms at 100,000 open petitions), the page and its variables
 * mostly JVM work (building the task and variable SQL): side by side they overlap on two cores. The
 * count runs as the caller (the same user, groups and tenants, so the same authorization checks),
 * in a command and transaction of its own, as it did before. With every count thread busy it runs
 * on the request thread, as Camunda's resource does. Errors keep Camunda's precedence: the page's
 * first, then the count's, each mapped as before.
 */
public class FilterPage extends FilterResourceImpl {

  private static final int COUNT_THREADS = 4;
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final AtomicLong COUNTED_BESIDE = new AtomicLong();
  private static final AtomicLong COUNTED_ON_REQUEST = new AtomicLong();
  private static final Field COUNT_FIELD = countField();

  private static final ExecutorService COUNTS =
      new ThreadPoolExecutor(
          0,
          COUNT_THREADS,
          30,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          task -> {
            Thread thread = new Thread(task, "filter-count-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          },
          new ThreadPoolExecutor.CallerRunsPolicy());

  public FilterPage(
      String engineName,
      ObjectMapper objectMapper,
      String filterId,
      String relativeRootResourcePath) {
    super(engineName, objectMapper, filterId, relativeRootResourcePath);
  }

  /** The count threads (for tests that need them all busy). */
  static ExecutorService countThreads() {
    return COUNTS;
  }

  static int countThreadLimit() {
    return COUNT_THREADS;
  }

  /** How many counts ran on a count thread in this JVM (not on the request's own). */
  public static long countedBeside() {
    return COUNTED_BESIDE.get();
  }

  /** How many counts ran on the request's own thread, every count thread being busy. */
  static long countedOnRequestThread() {
    return COUNTED_ON_REQUEST.get();
  }

  @Override
  @SuppressWarnings("rawtypes")
  public HalResource queryHalList(String extendingQuery, Integer firstResult, Integer maxResults) {
    CompletableFuture<Long> count = countBeside(extendingQuery);
    List<?> entities;
    try {
      entities = executeFilterList(extendingQuery, firstResult, maxResults);
    } catch (RuntimeException | Error e) {
      count.cancel(false);
      throw e;
    }
    // The page's variables and linked resources are read while the count still runs; the total is
    // set once it is known. A failure of either keeps Camunda's order: the count's error first.
    HalCollectionResource page = null;
    RuntimeException conversionFailure = null;
    if (entities != null && !entities.isEmpty()) {
      try {
        page = convertToHalCollection(entities, 0);
      } catch (RuntimeException e) {
        conversionFailure = e;
      }
    }
    long total = await(count);
    if (conversionFailure != null) {
      throw conversionFailure;
    }
    if (page == null) {
      return new EmptyHalCollection(total);
    }
    return withCount(page, total);
  }

  /**
   * Camunda's collections take their total when built and offer no setter; the field is set here.
   */
  @SuppressWarnings("rawtypes")
  private static HalCollectionResource withCount(HalCollectionResource page, long total) {
    try {
      COUNT_FIELD.setLong(page, total);
      return page;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot set the count of a HAL collection", e);
    }
  }

  private static Field countField() {
    try {
      Field field = HalCollectionResource.class.getDeclaredField("count");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda's HalCollectionResource has no count field", e);
    }
  }

  /** Both threads may load the filter; it is read once. */
  @Override
  protected synchronized Filter getDbFilter() {
    return super.getDbFilter();
  }

  private CompletableFuture<Long> countBeside(String extendingQuery) {
    IdentityService identity = getProcessEngine().getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    Thread requestThread = Thread.currentThread();
    return CompletableFuture.supplyAsync(
        () -> {
          if (Thread.currentThread() == requestThread) {
            COUNTED_ON_REQUEST.incrementAndGet();
            return executeFilterCount(extendingQuery);
          }
          COUNTED_BESIDE.incrementAndGet();
          identity.setAuthentication(caller); // null clears, as on the request thread
          try {
            return executeFilterCount(extendingQuery);
          } finally {
            identity.clearAuthentication();
          }
        },
        COUNTS);
  }

  private static long await(CompletableFuture<Long> count) {
    try {
      return count.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
