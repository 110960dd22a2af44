package kr.go.molit.rbd.bench;

import java.util.Arrays;
import java.util.Collection;

/** Order statistics of measured samples (nearest-rank). */
final class Stats {

  private Stats() {}

  static double median(Collection<Double> samples) {
    return percentile(samples, 50);
  }

  static double p95(Collection<Double> samples) {
    return percentile(samples, 95);
  }

  static double percentile(Collection<Double> samples, double percent) {
    if (samples.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
