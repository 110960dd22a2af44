package kr.go.molit.rbd.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kr.go.molit.rbd.security.SignInCache.SignedIn;
import org.junit.jupiter.api.Test;

class SignInCacheTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final SignInCache cache = new SignInCache(Duration.ofSeconds(60), now::get);
  private final SignedIn busan = new SignedIn("busan.official", List.of("region-busan"), List.of());

  @Test
  void aKeptSignInIsFoundWithTheSamePasswordOnly() {
    cache.keep("demo", busan, cache.generation());

    assertThat(cache.find("busan.official", "demo")).isEqualTo(busan);
    assertThat(cache.find("busan.official", "Demo")).isNull();
    assertThat(cache.find("busan.official", "")).isNull();
    assertThat(cache.find("daegu.official", "demo")).isNull();
    assertThat(cache.hits()).isEqualTo(1);
    assertThat(cache.misses()).isEqualTo(3);
  }

  @Test
  void aSignInIsKeptForTheTimeToLiveOnly() {
    cache.keep("demo", busan, cache.generation());

    now.addAndGet(Duration.ofSeconds(60).toNanos() - 1);
    assertThat(cache.find("busan.official", "demo")).isEqualTo(busan);
    now.addAndGet(1);
    assertThat(cache.find("busan.official", "demo")).isNull();
  }

  @Test
  void forgettingDropsEverySignIn() {
    cache.keep("demo", busan, cache.generation());
    cache.forget();
    assertThat(cache.find("busan.official", "demo")).isNull();
  }

  @Test
  void aSignInReadBeforeTheCacheWasEmptiedIsNotKept() {
    long before = cache.generation();
    cache.forget(); // an identity change commits while the sign-in is being read
    cache.keep("demo", busan, before);
    assertThat(cache.find("busan.official", "demo")).isNull();

    cache.keep("demo", busan, cache.generation());
    assertThat(cache.find("busan.official", "demo")).isEqualTo(busan);
  }

  @Test
  void aZeroTimeToLiveKeepsNothing() {
    SignInCache off = new SignInCache(Duration.ZERO, now::get);
    off.keep("demo", busan, off.generation());
    assertThat(off.find("busan.official", "demo")).isNull();
    assertThat(SignInCache.disabled().find("busan.official", "demo")).isNull();
  }

  @Test
  void aNegativeTimeToLiveIsRefusedByName() {
    assertThatThrownBy(() -> new SignInCache(Duration.ofSeconds(-1)))
        .hasMessageContaining("rbd.security.sign-in-cache-ttl");
  }

  @Test
  void theCacheStartsAfreshPastItsSize() {
    for (int i = 0; i < SignInCache.MAX_ENTRIES; i++) {
      cache.keep("pw", new SignedIn("user" + i, List.of(), List.of()), cache.generation());
    }
    assertThat(cache.find("user0", "pw")).isNotNull();
    cache.keep("demo", busan, cache.generation());
    assertThat(cache.find("user0", "pw")).isNull();
    assertThat(cache.find("busan.official", "demo")).isEqualTo(busan);
  }

  @Test
  void theGroupsKeptCannotBeChangedByTheirReader() {
    SignedIn signedIn = new SignedIn("x", new java.util.ArrayList<>(List.of("g")), List.of());
    assertThatThrownBy(() -> signedIn.groups().add("admin"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
