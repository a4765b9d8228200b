package dev.paycontract.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the workload's request bodies and paths for wrk and curl: {@code valid.json},
 * {@code invalid.json}, {@code expected-get.json} and {@code workload.env} (ORDER_PATH,
 * CUSTOMER_PATH) into a folder.
 *
 * <pre>java -cp bench-harness.jar dev.paycontract.bench.ExportWorkload SPEC OUT_DIR</pre>
 */
public final class ExportWorkload {
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ExportWorkload SPEC OUT_DIR");
      System.exit(2);
    }
    Workload w = WorkloadLoader.load(Path.of(args[0]));
    Path out = Files.createDirectories(Path.of(args[1]));
    Files.write(out.resolve("valid.json"), w.validRequest());
    Files.write(out.resolve("invalid.json"), w.invalidRequest());
    Files.write(out.resolve("expected-get.json"), w.orderBody());
    Files.writeString(
        out.resolve("workload.env"),
        "ORDER_PATH=" + w.orderPath() + "\nCUSTOMER_PATH=" + w.customerPath() + "\n");
  }
}
