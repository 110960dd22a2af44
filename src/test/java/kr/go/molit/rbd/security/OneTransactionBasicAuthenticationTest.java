package kr.go.molit.rbd.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kr.go.molit.rbd.ProcessTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;

@ProcessTest
class OneTransactionBasicAuthenticationTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired SignInCache signIns;
  @Autowired JdbcTemplate jdbc;

  private final OneTransactionBasicAuthentication provider =
      new OneTransactionBasicAuthentication();

  private static MockHttpServletRequest basic(String user, String password) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return request;
  }

  @AfterEach
  void removeTheTestUser() {
    identity.deleteUser("auth.test");
    identity.deleteGroup("auth-test-group");
  }

  private OneTransactionBasicAuthentication cachingProvider() {
    return new OneTransactionBasicAuthentication(signIns);
  }

  /** auth.test, member of auth-test-group, signed in once through the cache. */
  private OneTransactionBasicAuthentication signedInMemberOfTheTestGroup() {
    User user = identity.newUser("auth.test");
    user.setPassword("correct-horse");
    identity.saveUser(user);
    identity.saveGroup(identity.newGroup("auth-test-group"));
    identity.createMembership("auth.test", "auth-test-group");
    OneTransactionBasicAuthentication caching = cachingProvider();
    assertThat(
            caching
                .extractAuthenticatedUser(basic("auth.test", "correct-horse"), engine)
                .getGroups())
        .containsExactly("auth-test-group");
    return caching;
  }

  @Test
  void theRightPasswordSignsInWithTheUsersGroupsAndTenantsAlreadyRead() {
    AuthenticationResult result =
        provider.extractAuthenticatedUser(basic("busan.official", "demo"), engine);
    assertThat(result.isAuthenticated()).isTrue();
    assertThat(result.getAuthenticatedUser()).isEqualTo("busan.official");
    assertThat(result.getGroups())
        .containsExactlyInAnyOrderElementsOf(
            identity.createGroupQuery().groupMember("busan.official").list().stream()
                .map(Group::getId)
                .toList())
        .contains("region-busan");
    assertThat(result.getTenants()).isNotNull().isEmpty();
  }

  @Test
  void aWrongPasswordIsRefusedAndCountsAsAFailedAttempt() {
    User user = identity.newUser("auth.test");
    user.setPassword("correct-horse");
    identity.saveUser(user);
    AuthenticationResult result =
        provider.extractAuthenticatedUser(basic("auth.test", "wrong"), engine);
    assertThat(result.isAuthenticated()).isFalse();
    assertThat(result.getGroups()).isNull();
    UserEntity stored = (UserEntity) identity.createUserQuery().userId("auth.test").singleResult();
    assertThat(stored.getAttempts()).isEqualTo(1);
  }

  @Test
  void noOrForeignCredentialsAreRefusedWithoutAnIdentity() {
    assertThat(
            provider
                .extractAuthenticatedUser(new MockHttpServletRequest(), engine)
                .isAuthenticated())
        .isFalse();
    MockHttpServletRequest bearer = new MockHttpServletRequest();
    bearer.addHeader("Authorization", "Bearer abc");
    assertThat(provider.extractAuthenticatedUser(bearer, engine).isAuthenticated()).isFalse();
    MockHttpServletRequest noColon = new MockHttpServletRequest();
    noColon.addHeader(
        "Authorization",
        "Basic " + Base64.getEncoder().encodeToString("busan.official".getBytes()));
    assertThat(provider.extractAuthenticatedUser(noColon, engine).isAuthenticated()).isFalse();
  }

  @Test
  void aSecondSignInIsAnsweredFromTheCacheWithoutReadingTheDatabase() {
    OneTransactionBasicAuthentication caching = signedInMemberOfTheTestGroup();
    long hits = signIns.hits();
    // A change the engine does not see (SQL behind its back): only the time to live ends it.
    jdbc.update("DELETE FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ = 'auth.test'");

    AuthenticationResult again =
        caching.extractAuthenticatedUser(basic("auth.test", "correct-horse"), engine);
    assertThat(again.isAuthenticated()).isTrue();
    assertThat(again.getGroups()).containsExactly("auth-test-group");
    assertThat(signIns.hits()).isEqualTo(hits + 1);
  }

  @Test
  void aMembershipRemovedThroughTheEngineCountsFromTheNextSignIn() {
    OneTransactionBasicAuthentication caching = signedInMemberOfTheTestGroup();
    identity.deleteMembership("auth.test", "auth-test-group");

    AuthenticationResult again =
        caching.extractAuthenticatedUser(basic("auth.test", "correct-horse"), engine);
    assertThat(again.isAuthenticated()).isTrue();
    assertThat(again.getGroups()).isEmpty();

    identity.createMembership("auth.test", "auth-test-group");
    assertThat(
            caching
                .extractAuthenticatedUser(basic("auth.test", "correct-horse"), engine)
                .getGroups())
        .containsExactly("auth-test-group");
  }

  @Test
  void aChangedPasswordCountsFromTheNextSignIn() {
    OneTransactionBasicAuthentication caching = signedInMemberOfTheTestGroup();
    User user = identity.createUserQuery().userId("auth.test").singleResult();
    user.setPassword("battery-staple");
    identity.saveUser(user);

    assertThat(
            caching
                .extractAuthenticatedUser(basic("auth.test", "correct-horse"), engine)
                .isAuthenticated())
        .isFalse();
    // That was a failed attempt, which locks the user for the login delay; an administrator
    // unlocks.
    identity.unlockUser("auth.test");
    assertThat(
            caching
                .extractAuthenticatedUser(basic("auth.test", "battery-staple"), engine)
                .isAuthenticated())
        .isTrue();
  }

  @Test
  void aFailedAttemptLocksOutTheKeptSignInForTheLoginDelay() {
    OneTransactionBasicAuthentication caching = signedInMemberOfTheTestGroup();
    assertThat(
            caching.extractAuthenticatedUser(basic("auth.test", "wrong"), engine).isAuthenticated())
        .isFalse();

    // The engine locks the user for its login delay (3 s after the first failure) even for the
    // right password.
    assertThat(
            caching
                .extractAuthenticatedUser(basic("auth.test", "correct-horse"), engine)
                .isAuthenticated())
        .isFalse();
  }

  @Test
  void aDeletedUserIsRefusedAtOnce() {
    OneTransactionBasicAuthentication caching = signedInMemberOfTheTestGroup();
    identity.deleteUser("auth.test");
    assertThat(
            caching
                .extractAuthenticatedUser(basic("auth.test", "correct-horse"), engine)
                .isAuthenticated())
        .isFalse();
  }
}
