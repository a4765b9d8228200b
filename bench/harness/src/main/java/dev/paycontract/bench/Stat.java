package dev.paycontract.bench;

import java.util.List;

/** Median, min and max of the samples of one (section, workload, peer, metric). */
record Stat(
    String section,
    String workload,
    String peer,
    String metric,
    double median,
    double min,
    double max,
    List<Double> samples) {

  static Stat of(String section, String workload, String peer, String metric, List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new Stat(
        section, workload, peer, metric, median, sorted.get(0), sorted.get(n - 1), values);
  }
}
