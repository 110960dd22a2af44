package kr.go.molit.rbd.security;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * A bean that JUEL in a query could reach as {@code ${expressionCanary.sing()}}: it counts its
 * calls, so a test can prove an injected expression never ran. Test sources only, found by the
 * application's component scan, so the shared test contexts stay one per database.
 */
@Component("expressionCanary")
public class ExpressionCanary {

  static final String EXPRESSION = "${expressionCanary.sing()}";

  private final AtomicInteger calls = new AtomicInteger();

  /** Called only by an expression that should never have been evaluated. */
  public String sing() {
    calls.incrementAndGet();
    return "canary";
  }

  int calls() {
    return calls.get();
  }
}
