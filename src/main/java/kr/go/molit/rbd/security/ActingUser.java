package kr.go.molit.rbd.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;

/**
 * Work done through the engine's Java API as one user, with their groups and tenants read now, so
 * the engine's authorization checks apply as they do to that user's own requests (a membership
 * removed a moment ago already counts).
 */
public final class ActingUser {

  private ActingUser() {}

  public static <T> T as(ProcessEngine engine, String user, Supplier<T> work) {
    engine
        .getIdentityService()
        .setAuthentication(
            user,
            AuthenticationUtil.getGroupsOfUser(engine, user),
            AuthenticationUtil.getTenantsOfUser(engine, user));
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
