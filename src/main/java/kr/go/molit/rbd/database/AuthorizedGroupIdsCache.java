package kr.go.molit.rbd.database;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The groups that hold any authorization, shared by the engine's commands for a short while instead
 * of read again before every command that checks permissions (twice per form submitted, ~23 times
 * per petition; 0.6 ms each at 100,000 open petitions).
 *
 * <p>Only ever too small, never too large, is what matters: the engine intersects a user's groups
 * with this set and checks grants of the groups left, so a missing group means fewer permissions,
 * an extra one none. This server drops the set when a command that gave a group its first
 * authorization commits ({@link CachingAuthorizationManager}); another node of a cluster may give
 * one, which this node sees within {@link #MAX_AGE} at the latest.
 */
final class AuthorizedGroupIdsCache {

  static final Duration MAX_AGE = Duration.ofSeconds(30);

  /** A set read at a time; with no set, a mark that the cache was emptied (each mark unique). */
  private record Snapshot(Set<String> groupIds, long loadedAt) {}

  private final LongSupplier clock;
  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(null, 0));

  AuthorizedGroupIdsCache() {
    this(System::nanoTime);
  }

  AuthorizedGroupIdsCache(LongSupplier nanoClock) {
    this.clock = nanoClock;
  }

  /**
   * The cached set, or the loader's answer (null ids left out) if there is none or it is too old. A
   * set read while the cache was emptied is used by its reader but not kept: it may predate the
   * commit that emptied the cache.
   */
  Set<String> groupIds(Supplier<List<String>> loader) {
    Snapshot seen = snapshot.get();
    long now = clock.getAsLong();
    if (seen.groupIds() != null && now - seen.loadedAt() < MAX_AGE.toNanos()) {
      return seen.groupIds();
    }
    Set<String> loaded =
        loader.get().stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    snapshot.compareAndSet(seen, new Snapshot(loaded, now));
    return loaded;
  }

  /** Whether the cached set holds the group (false when nothing is cached). */
  boolean knows(String groupId) {
    Set<String> groupIds = snapshot.get().groupIds();
    return groupIds != null && groupIds.contains(groupId);
  }

  void forget() {
    snapshot.set(new Snapshot(null, 0));
  }
}
