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
import org.springframework.mock.web.MockHttpServletRequest;

@ProcessTest
class OneTransactionBasicAuthenticationTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;

  private final OneTransactionBasicAuthentication provider = new OneTransactionBasicAuthentication();

  private static MockHttpServletRequest basic(String user, String password) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return request;
  }

  @AfterEach
  void removeTheTestUser() {
    identity.deleteUser("auth.test");
  }

  @Test
  void theRightPasswordSignsInWithTheUsersGroupsAndTenantsAlreadyRead() {
    AuthenticationResult result = provider.extractAuthenticatedUser(basic("busan.official", "demo"), engine);
    assertThat(result.isAuthenticated()).isTrue();
    assertThat(result.getAuthenticatedUser()).isEqualTo("busan.official");
    assertThat(result.getGroups()).containsExactlyInAnyOrderElementsOf(identity.createGroupQuery()
        .groupMember("busan.official").list().stream().map(Group::getId).toList()).contains("region-busan");
    assertThat(result.getTenants()).isNotNull().isEmpty();
  }

  @Test
  void aWrongPasswordIsRefusedAndCountsAsAFailedAttempt() {
    User user = identity.newUser("auth.test");
    user.setPassword("correct-horse");
    identity.saveUser(user);
    AuthenticationResult result = provider.extractAuthenticatedUser(basic("auth.test", "wrong"), engine);
    assertThat(result.isAuthenticated()).isFalse();
    assertThat(result.getGroups()).isNull();
    UserEntity stored = (UserEntity) identity.createUserQuery().userId("auth.test").singleResult();
    assertThat(stored.getAttempts()).isEqualTo(1);
  }

  @Test
  void noOrForeignCredentialsAreRefusedWithoutAnIdentity() {
    assertThat(provider.extractAuthenticatedUser(new MockHttpServletRequest(), engine).isAuthenticated()).isFalse();
    MockHttpServletRequest bearer = new MockHttpServletRequest();
    bearer.addHeader("Authorization", "Bearer abc");
    assertThat(provider.extractAuthenticatedUser(bearer, engine).isAuthenticated()).isFalse();
    MockHttpServletRequest noColon = new MockHttpServletRequest();
    noColon.addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString("busan.official".getBytes()));
    assertThat(provider.extractAuthenticatedUser(noColon, engine).isAuthenticated()).isFalse();
  }
}
