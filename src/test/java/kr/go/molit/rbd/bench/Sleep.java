package kr.go.molit.rbd.bench;

/** A pause of the harness's waits; an interruption ends the benchmark. */
final class Sleep {

  private Sleep() {}

  static void millis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
