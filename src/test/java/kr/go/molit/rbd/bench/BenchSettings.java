package kr.go.molit.rbd.bench;

/**
 * Sizes of one benchmark run. The quick mode (CI, {@code -Dbench.quick=true}) keeps every stage
 * but scales the counts down to finish within three minutes; its figures are noisier and its
 * Tasklist query runs on 5,000 open petitions instead of 100,000.
 */
record BenchSettings(boolean quick, int threads, int rounds, int bareLifecyclesPerRound,
    int petitionsPerRound, int templatePetitions, int openPetitions, int querySamples,
    int submitClients, int submitForms, int startupRuns) {

  static BenchSettings fromSystemProperties() {
    return Boolean.getBoolean("bench.quick")
        ? new BenchSettings(true, 8, 3, 200, 16, 300, 5_000, 30, 16, 200, 1)
        : new BenchSettings(false, 8, 5, 1_000, 40, 1_500, 100_000, 100, 16, 1_000, 3);
  }

  String mode() {
    return quick ? "quick" : "full";
  }
}
