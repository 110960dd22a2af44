package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AuthorizedGroupIdsCacheTest {

  final AtomicLong now = new AtomicLong(1_000);
  final AuthorizedGroupIdsCache cache = new AuthorizedGroupIdsCache(now::get);
  final AtomicInteger loads = new AtomicInteger();

  List<String> load(String... ids) {
    loads.incrementAndGet();
    return Arrays.asList(ids);
  }

  @Test
  void readsOnceWhileFreshAndAgainWhenOld() {
    assertThat(cache.groupIds(() -> load("a", null, "b"))).containsExactlyInAnyOrder("a", "b");
    now.addAndGet(AuthorizedGroupIdsCache.MAX_AGE.toNanos() - 1);
    assertThat(cache.groupIds(() -> load("c"))).containsExactlyInAnyOrder("a", "b");
    assertThat(loads).hasValue(1);
    now.addAndGet(1);
    assertThat(cache.groupIds(() -> load("c"))).containsExactly("c");
    assertThat(loads).hasValue(2);
  }

  @Test
  void forgetsOnRequest() {
    cache.groupIds(() -> load("a"));
    assertThat(cache.knows("a")).isTrue();
    cache.forget();
    assertThat(cache.knows("a")).isFalse();
    assertThat(cache.groupIds(() -> load("a", "new"))).contains("new");
  }

  @Test
  void aSetReadWhileTheCacheWasEmptiedIsNotKept() {
    cache.groupIds(() -> load("a"));
    now.addAndGet(AuthorizedGroupIdsCache.MAX_AGE.toNanos());
    // A commit empties the cache while this reader's set (without the new group) is on its way.
    assertThat(
            cache.groupIds(
                () -> {
                  List<String> before = load("a");
                  cache.forget();
                  return before;
                }))
        .containsExactly("a");
    assertThat(cache.knows("a")).isFalse();
    assertThat(cache.groupIds(() -> load("a", "new"))).contains("new");
  }
}
