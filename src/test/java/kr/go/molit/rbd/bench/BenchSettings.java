package kr.go.molit.rbd.bench;

/**
 * Sizes of one benchmark run. The quick mode (CI, {@code -Dbench.quick=true}) keeps every stage but
 * scales the counts down to finish within three minutes; its figures are noisier and its Tasklist
 * query runs on 5,000 open petitions instead of 100,000. The Tasklist query's warm-up (requests
 * before the samples, with and without our indexes alike, then a pause until the JIT compiler's
 * queue has drained) lets the JIT and the caches reach the state a server that has answered
 * Tasklist all day is in: nothing before it in the run asks that query over HTTP.
 */
record BenchSettings(
    boolean quick,
    int threads,
    int rounds,
    int bareLifecyclesPerRound,
    int petitionsPerRound,
    int templatePetitions,
    int openPetitions,
    int queryWarmUp,
    int querySamples,
    int submitClients,
    int submitWarmUpSeconds,
    int submitWarmUpChunk,
    int submitWarmUpForms,
    int submitForms,
    int startupRuns) {

  static BenchSettings fromSystemProperties() {
    return Boolean.getBoolean("bench.quick")
        ? new BenchSettings(true, 8, 3, 200, 16, 300, 5_000, 50, 30, 16, 20, 500, 3_000, 400, 1)
        : new BenchSettings(
            false, 8, 5, 1_000, 40, 1_500, 100_000, 200, 100, 16, 180, 2_000, 40_000, 2_000, 3);
  }

  String mode() {
    return quick ? "quick" : "full";
  }
}
