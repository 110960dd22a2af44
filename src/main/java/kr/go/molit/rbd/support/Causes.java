package kr.go.molit.rbd.support;

import java.util.function.Predicate;

/** A failure's cause chain, walked once for every place that looks for a cause in it. */
public final class Causes {

  private Causes() {}

  /** The failure itself or its first cause of {@code type}, or null. */
  public static <T extends Throwable> T first(Throwable failure, Class<T> type) {
    return first(failure, type, cause -> true);
  }

  /**
   * The failure itself or its first cause of {@code type} that is {@code matching}, or null. A
   * cause that names itself as its cause ends the chain.
   */
  public static <T extends Throwable> T first(
      Throwable failure, Class<T> type, Predicate<? super T> matching) {
    for (Throwable cause = failure;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause) && matching.test(type.cast(cause))) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
