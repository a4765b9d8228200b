package dev.paycontract.bench;

/** One raw measurement: a row of the run's {@code raw.tsv}. */
record Sample(
    String section, String workload, String peer, int round, String metric, double value) {

  static Sample parse(String line) {
    String[] f = line.split("\t");
    if (f.length != 6) {
      throw new IllegalArgumentException("raw row needs 6 tab-separated fields: " + line);
    }
    return new Sample(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4], Double.parseDouble(f[5]));
  }
}
