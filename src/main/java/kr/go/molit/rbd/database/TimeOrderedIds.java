package kr.go.molit.rbd.database;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.springframework.stereotype.Component;

/**
 * The engine's ids as time-ordered UUIDs (version 7, RFC 9562): the first twelve hex digits are the
 * milliseconds since 1970, the other 74 bits random at the first id of a millisecond and counted up
 * from there for the next ones. Every id sorts after every id made before it in this server, as
 * text too, across threads and if the clock steps back (the last millisecond is kept until the
 * clock passes it; a counter that runs over moves on to the next millisecond).
 *
 * <p>The starter's default (version 1 UUIDs, {@code camunda.bpm.id-generator: strong}) begins with
 * the fastest-changing part of the clock, so every new row's key, and every index entry of a column
 * that holds ids (process instance, execution, task, variable), lands on a random page of its
 * index: the pages all inserts touch are the whole index. With ids in the order they are made, new
 * rows fill the right-hand edge of each index. At the benchmark's 100,000 open petitions every
 * index still fits in memory and the figures did not move (docs/performance.md, twenty-first
 * round); a production history of years does not fit, and there random keys read a page from disk
 * for an insert where ordered ones find it in memory. Cockpit's and the REST API's default order
 * (by id) becomes the order of creation. Ids stay unique across servers (74 random bits per
 * millisecond) and keep the 36 characters of a UUID, so nothing that stores, parses or shows them
 * changes.
 *
 * <p>A bean of this type replaces the starter's generator ({@code @ConditionalOnMissingBean}).
 */
@Component
public final class TimeOrderedIds implements IdGenerator {

  private static final long LOW_62_BITS = (1L << 62) - 1;
  private static final int LOW_12_BITS = (1 << 12) - 1;

  private final LongSupplier clock;
  private final RandomGenerator random;

  private long millis = Long.MIN_VALUE;
  private int randomA; // 12 bits after the version
  private long randomB; // 62 bits after the variant

  public TimeOrderedIds() {
    this(System::currentTimeMillis, new SecureRandom());
  }

  TimeOrderedIds(LongSupplier clock, RandomGenerator random) {
    this.clock = clock;
    this.random = random;
  }

  @Override
  public String getNextId() {
    long mostSignificant;
    long leastSignificant;
    synchronized (this) {
      long now = clock.getAsLong();
      if (now > millis) {
        millis = now;
        randomA = random.nextInt() & LOW_12_BITS;
        randomB = random.nextLong() & LOW_62_BITS;
      } else if (randomB < LOW_62_BITS) {
        randomB++;
      } else {
        randomB = 0;
        if (randomA < LOW_12_BITS) {
          randomA++;
        } else {
          randomA = 0;
          millis++;
        }
      }
      mostSignificant = millis << 16 | 0x7000L | randomA;
      leastSignificant = Long.MIN_VALUE | randomB; // variant 0b10
    }
    return new UUID(mostSignificant, leastSignificant).toString();
  }
}
