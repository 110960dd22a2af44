package kr.go.molit.rbd.security;

import jakarta.servlet.http.HttpServletRequest;
import kr.go.molit.rbd.security.SignInCache.SignedIn;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest._apacheCommonsCodec.Base64;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpHeaders;

/**
 * HTTP Basic exactly as Camunda's provider reads the header and checks it (the identity service's
 * password check, with its failed-attempt lockout), with the user's groups and tenants read in the
 * same engine transaction and handed to the filter, which otherwise reads each in a transaction of
 * its own: one transaction per REST call for signing in instead of three. A caller who signed in
 * with the same password within the {@link SignInCache}'s time to live, with no identity change
 * committed since, is signed in from the cache without a transaction.
 */
public class OneTransactionBasicAuthentication extends HttpBasicAuthenticationProvider {

  private final SignInCache signIns;

  /** Without a cache: how Camunda's filter creates a provider named in its configuration. */
  public OneTransactionBasicAuthentication() {
    this(SignInCache.disabled());
  }

  OneTransactionBasicAuthentication(SignInCache signIns) {
    this.signIns = signIns;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.startsWith(BASIC_AUTH_HEADER_PREFIX)) {
      return AuthenticationResult.unsuccessful();
    }
    // Decoded as Camunda's provider decodes it (lenient Base64, the platform's charset).
    String credentials =
        new String(Base64.decodeBase64(header.substring(BASIC_AUTH_HEADER_PREFIX.length())));
    int colon = credentials.indexOf(':');
    if (colon == -1) {
      return AuthenticationResult.unsuccessful();
    }
    String userId = credentials.substring(0, colon);
    String password = credentials.substring(colon + 1);

    SignedIn known = signIns.find(userId, password);
    if (known != null) {
      return signedIn(known);
    }
    long generation = signIns.generation();
    SignedIn checked = check(engine, userId, password);
    if (checked == null) {
      return AuthenticationResult.unsuccessful(userId);
    }
    signIns.keep(password, checked, generation);
    return signedIn(checked);
  }

  private SignedIn check(ProcessEngine engine, String userId, String password) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration
        .getCommandExecutorTxRequired()
        .execute(
            commandContext -> {
              if (!isAuthenticated(engine, userId, password)) {
                return null;
              }
              IdentityService identity = engine.getIdentityService();
              return new SignedIn(
                  userId,
                  identity.createGroupQuery().groupMember(userId).list().stream()
                      .map(Group::getId)
                      .toList(),
                  identity
                      .createTenantQuery()
                      .userMember(userId)
                      .includingGroupsOfUser(true)
                      .list()
                      .stream()
                      .map(Tenant::getId)
                      .toList());
            });
  }

  private static AuthenticationResult signedIn(SignedIn signedIn) {
    AuthenticationResult result = AuthenticationResult.successful(signedIn.userId());
    result.setGroups(signedIn.groups());
    result.setTenants(signedIn.tenants());
    return result;
  }
}
