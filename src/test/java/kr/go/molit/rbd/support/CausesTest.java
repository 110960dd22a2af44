package kr.go.molit.rbd.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CausesTest {

  @Test
  void findsTheFailureItselfOrTheFirstMatchingCause() {
    IllegalStateException inner = new IllegalStateException("inner");
    IllegalStateException outer = new IllegalStateException("outer", new RuntimeException(inner));

    assertThat(Causes.first(outer, IllegalStateException.class)).isSameAs(outer);
    assertThat(
            Causes.first(outer, IllegalStateException.class, e -> e.getMessage().equals("inner")))
        .isSameAs(inner);
    assertThat(Causes.first(outer, IllegalArgumentException.class)).isNull();
  }

  @Test
  void aCauseThatNamesItselfEndsTheChain() {
    RuntimeException selfCaused =
        new RuntimeException("self") {
          @Override
          public synchronized Throwable getCause() {
            return this;
          }
        };

    assertThat(Causes.first(selfCaused, IllegalStateException.class)).isNull();
  }
}
