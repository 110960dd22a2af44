package kr.go.molit.rbd.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Changes to users, groups, tenants, memberships and locks made on this server, as the engine's
 * identity provider reports them ({@link IdentityChangeReportingProvider}), for whoever keeps
 * identities between requests: the REST sign-ins ({@link SignInCache}), the webapps' sessions
 * ({@link WebappSessionRevalidation}) and the organisations' names ({@code
 * directory/Organisations}). Listeners hear of a change at once and again when it commits or rolls
 * back, so nothing read before the commit, nor anything the change's own transaction read before
 * rolling back, outlives it. The count of committed changes to what a session holds (users, groups,
 * tenants, memberships; not a user's lock, which a session does not hold) lets a session tell
 * whether anything changed since it was last checked.
 */
public final class IdentityChanges {

  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private final AtomicLong sessionChanges = new AtomicLong();

  /**
   * Calls the listener at every change, when it is made and again when it commits or rolls back.
   */
  public void onChange(Runnable listener) {
    listeners.add(listener);
  }

  /** A change is being made in a transaction not yet committed. */
  void changing() {
    listeners.forEach(Runnable::run);
  }

  /** A transaction with a change committed; {@code sessionHeld}: of what a webapp session holds. */
  void committed(boolean sessionHeld) {
    if (sessionHeld) {
      sessionChanges.incrementAndGet();
    }
    listeners.forEach(Runnable::run);
  }

  /** How many changes to what sessions hold have committed since the server started. */
  long sessionChanges() {
    return sessionChanges.get();
  }
}
