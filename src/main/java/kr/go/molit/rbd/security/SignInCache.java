package kr.go.molit.rbd.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kr.go.molit.rbd.database.KeptValues;

/**
 * REST callers who signed in lately, with their groups and tenants, so that a caller's next request
 * within the time to live needs neither the password check nor the two membership queries (one
 * engine transaction and three statements per request; a form's claim and submission are two
 * requests). Camunda's webapps keep a signed-in official's groups for five minutes in the session;
 * this keeps them for {@code rbd.security.sign-in-cache-ttl} (60 s) and, unlike the webapps, drops
 * everything as soon as this server commits any change to users, groups, tenants, memberships or a
 * user's lock ({@link IdentityChangeReportingProvider}). Changes made by another node of a cluster
 * or by SQL outside the engine take effect within the time to live.
 *
 * <p>Only successful sign-ins are kept, and only as an HMAC of the password under a key drawn at
 * start and never stored: a wrong password never matches, goes to the engine's check as before and
 * counts as a failed attempt; that attempt locks the user for the login delay and, being a change
 * of the user, empties the cache, so the right password waits out the delay as it does without the
 * cache.
 */
final class SignInCache {

  /** Who signed in: the user and the groups and tenants read when the password was checked. */
  record SignedIn(String userId, List<String> groups, List<String> tenants) {
    SignedIn {
      groups = List.copyOf(groups);
      tenants = List.copyOf(tenants);
    }
  }

  private record Entry(byte[] passwordMac, SignedIn signedIn) {}

  /** More distinct users than any directory of officials has; past it the cache starts afresh. */
  static final int MAX_ENTRIES = 10_000;

  private final boolean disabled;
  private final KeptValues<Entry> entries;
  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  SignInCache(Duration ttl) {
    this(ttl, System::nanoTime);
  }

  SignInCache(Duration ttl, LongSupplier nanoClock) {
    if (ttl.isNegative()) {
      throw new IllegalArgumentException(
          "rbd.security.sign-in-cache-ttl must not be negative: " + ttl);
    }
    this.disabled = ttl.isZero();
    this.entries = new KeptValues<>(ttl, MAX_ENTRIES, nanoClock);
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  /** A cache that keeps nothing: every request checks the password and reads the memberships. */
  static SignInCache disabled() {
    return new SignInCache(Duration.ZERO);
  }

  /**
   * The kept sign-in of this user with this password, or null if there is none or it is too old.
   */
  SignedIn find(String userId, String password) {
    if (disabled) {
      return null;
    }
    Entry entry = entries.get(userId);
    if (entry == null || !MessageDigest.isEqual(entry.passwordMac(), mac(password))) {
      misses.increment();
      return null;
    }
    hits.increment();
    return entry.signedIn();
  }

  /** The mark to take before reading a sign-in from the database and to hand to {@link #keep}. */
  long generation() {
    return entries.generation();
  }

  /**
   * Keeps a sign-in the engine just checked, unless the cache was emptied since {@code
   * generationBefore} was taken: the reading may predate the change that emptied it.
   */
  void keep(String password, SignedIn signedIn, long generationBefore) {
    if (!disabled) {
      entries.keep(signedIn.userId(), new Entry(mac(password), signedIn), generationBefore);
    }
  }

  /** Drops every kept sign-in; readings begun before this call are not kept either. */
  void forget() {
    entries.forget();
  }

  long hits() {
    return hits.sum();
  }

  long misses() {
    return misses.sum();
  }

  private byte[] mac(String password) {
    return macs.get().doFinal(password.getBytes(StandardCharsets.UTF_8));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
