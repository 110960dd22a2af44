package kr.go.molit.rbd.database;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Values read from the database and kept between commands, by key, for at most a given age; past a
 * number of entries the cache starts afresh. Emptying it also refuses every value whose reading
 * began before: a reader takes {@link #generation()} before it reads and hands it to {@link #keep},
 * so a value read before a change committed (and the cache was emptied) is never kept. A maximum
 * age of zero keeps nothing.
 */
public final class KeptValues<V> {

  private record Kept<V>(V value, long keptAt) {}

  private final long maxAgeNanos;
  private final int maxEntries;
  private final LongSupplier clock;
  private final ConcurrentHashMap<String, Kept<V>> kept = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  public KeptValues(Duration maxAge, int maxEntries, LongSupplier nanoClock) {
    this.maxAgeNanos = maxAge.toNanos();
    this.maxEntries = maxEntries;
    this.clock = nanoClock;
  }

  /** The value kept under the key, or null if there is none or it is too old. */
  public V get(String key) {
    Kept<V> entry = kept.get(key);
    return entry == null || clock.getAsLong() - entry.keptAt() >= maxAgeNanos
        ? null
        : entry.value();
  }

  /** The mark to take before reading a value from the database and to hand to {@link #keep}. */
  public long generation() {
    return generation.get();
  }

  /**
   * Keeps a value just read, unless the cache was emptied since {@code generationBefore} was taken.
   */
  public void keep(String key, V value, long generationBefore) {
    if (maxAgeNanos == 0 || generation.get() != generationBefore) {
      return;
    }
    if (kept.size() >= maxEntries) {
      kept.clear();
    }
    Kept<V> entry = new Kept<>(value, clock.getAsLong());
    kept.put(key, entry);
    if (generation.get() != generationBefore) {
      kept.remove(key, entry);
    }
  }

  /** Drops every kept value; readings begun before this call are not kept either. */
  public void forget() {
    generation.incrementAndGet();
    kept.clear();
  }
}
