package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomPlansTest {

  @Test
  void aStatementIsMarkedByTheCommentItStartsWith() {
    assertThat(CustomPlans.marked("/* custom plan */ select 1")).isTrue();
    assertThat(CustomPlans.marked("\n      \t  /* custom plan */\n select 1")).isTrue();
  }

  @Test
  void theCommentElsewhereOrAnotherCommentDoesNotMark() {
    assertThat(CustomPlans.marked("select 1 /* custom plan */")).isFalse();
    assertThat(CustomPlans.marked("  /* custom */ select 1")).isFalse();
    assertThat(CustomPlans.marked("")).isFalse();
    assertThat(CustomPlans.marked("   ")).isFalse();
  }
}
