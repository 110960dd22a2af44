package kr.go.molit.rbd.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import kr.go.molit.rbd.ProcessTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class IdentityChangeReportingProviderTest {

  @Autowired IdentityService identity;
  @Autowired IdentityChanges changes;

  private static final AtomicInteger HEARD = new AtomicInteger();
  private static boolean listening;

  @BeforeEach
  void listen() {
    if (!listening) {
      changes.onChange(HEARD::incrementAndGet);
      listening = true;
    }
    User user = identity.newUser("changes.test");
    user.setPassword("correct-horse");
    identity.saveUser(user);
    identity.saveGroup(identity.newGroup("changes-test-group"));
  }

  @AfterEach
  void remove() {
    identity.deleteUser("changes.test");
    identity.deleteGroup("changes-test-group");
  }

  @Test
  void aMembershipChangeIsHeardAtOnceAndAtCommitAndCountsForSessions() {
    int heard = HEARD.get();
    long sessionChanges = changes.sessionChanges();
    identity.createMembership("changes.test", "changes-test-group");
    assertThat(HEARD.get()).isEqualTo(heard + 2);
    assertThat(changes.sessionChanges()).isEqualTo(sessionChanges + 1);

    identity.deleteMembership("changes.test", "changes-test-group");
    assertThat(changes.sessionChanges()).isEqualTo(sessionChanges + 2);
  }

  @Test
  void theLockAfterAFailedAttemptIsHeardButDoesNotCountForSessions() {
    int heard = HEARD.get();
    long sessionChanges = changes.sessionChanges();
    assertThat(identity.checkPassword("changes.test", "wrong")).isFalse();
    assertThat(HEARD.get()).isGreaterThan(heard);
    assertThat(changes.sessionChanges()).isEqualTo(sessionChanges);
  }

  @Test
  void signingInWithoutEarlierFailuresChangesNothing() {
    int heard = HEARD.get();
    long sessionChanges = changes.sessionChanges();
    assertThat(identity.checkPassword("changes.test", "correct-horse")).isTrue();
    identity.unlockUser("changes.test");
    assertThat(HEARD.get()).isEqualTo(heard);
    assertThat(changes.sessionChanges()).isEqualTo(sessionChanges);
  }
}
