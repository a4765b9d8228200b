package dev.paycontract.mock.robustness;

import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.differential.PrismInstallation;
import dev.paycontract.mock.differential.PrismProcess;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The robustness corpus against Prism {@value PrismInstallation#VERSION} and against the mock, side
 * by side, for docs/robustness.md. Run once by hand (it takes minutes, Prism hangs on many cases):
 * {@code ./mvnw -pl mock-server verify -Dtest=PrismRobustnessComparison
 * -Dpaycontract.robustness.prism=true}; writes {@code target/robustness-comparison.md}.
 */
@EnabledIfSystemProperty(named = "paycontract.robustness.prism", matches = "true")
class PrismRobustnessComparison {

  private static final int READ_TIMEOUT_MS = 5_000;
  private static final int STALL_TIMEOUT_MS = 40_000;

  private record Outcome(String kind, int status, String type, long millis) {
    String cell() {
      return switch (kind) {
        case "answer" -> status + (type.isEmpty() ? "" : " " + type);
        default -> kind;
      };
    }
  }

  @Test
  void corpus_mockAndPrism_sideBySide() throws Exception {
    List<RawCase> cases = RobustnessCorpus.cases();
    Path spec = Path.of(RobustnessCorpus.SPEC).toAbsolutePath();
    List<Outcome> ours = new ArrayList<>();
    List<Outcome> prisms = new ArrayList<>();
    long oursBefore;
    long oursAfter;
    try (MockServer mock =
        MockServer.builder().spec(spec).port(0).requestLog(null).build().start()) {
      run(cases.subList(0, 5), () -> mock.port(), new ArrayList<>(), null);
      oursBefore = heapAfterGc();
      run(cases, () -> mock.port(), ours, null);
      oursAfter = heapAfterGc();
    }
    PrismInstallation prism = PrismInstallation.locate();
    Path log = Path.of("target", "robustness-prism.log");
    PrismProcess[] current = {PrismProcess.start(prism.executable(), spec, List.of(), log)};
    long prismBefore = rss(current[0]);
    int[] restarts = {0};
    long prismAfter;
    try {
      run(
          cases,
          () -> current[0].baseUri().getPort(),
          prisms,
          () -> {
            current[0].close();
            restarts[0]++;
            current[0] = PrismProcess.start(prism.executable(), spec, List.of(), log);
          });
      prismAfter = rss(current[0]);
    } finally {
      current[0].close();
    }
    StringBuilder md =
        new StringBuilder(
            "| case | mock | Prism " + PrismInstallation.VERSION + " |\n|---|---|---|\n");
    for (int i = 0; i < cases.size(); i++) {
      md.append("| ")
          .append(cases.get(i))
          .append(" | ")
          .append(ours.get(i).cell())
          .append(" | ")
          .append(prisms.get(i).cell())
          .append(" |\n");
    }
    md.append("\n")
        .append(summary("mock", ours))
        .append(
            String.format(
                ", heap after GC %d MB before the corpus, %d MB after%n",
                oursBefore >> 20, oursAfter >> 20));
    md.append(summary("Prism", prisms))
        .append(
            String.format(
                ", restarts %d, RSS %d MB at start, %d MB after the corpus (last process)%n",
                restarts[0], prismBefore >> 20, prismAfter >> 20));
    Files.writeString(Path.of("target", "robustness-comparison.md"), md);
    System.out.println(md);
  }

  private static String summary(String who, List<Outcome> outcomes) {
    long hangs = outcomes.stream().filter(o -> o.kind().equals("hang")).count();
    long crashes = outcomes.stream().filter(o -> o.kind().equals("crash")).count();
    long stuck = outcomes.stream().filter(o -> o.kind().equals("stuck")).count();
    long fivexx =
        outcomes.stream().filter(o -> o.kind().equals("answer") && o.status() >= 500).count();
    long notProblem =
        outcomes.stream()
            .filter(o -> o.kind().equals("answer") && o.status() >= 400 && o.type().isEmpty())
            .count();
    return String.format(
        "%s: %d cases, %d hangs, %d crashes, %d left unresponsive, %d 5xx, %d errors not"
            + " problem+json",
        who, outcomes.size(), hangs, crashes, stuck, fivexx, notProblem);
  }

  private static void run(
      List<RawCase> cases, IntSupplier port, List<Outcome> out, Runnable restart) throws Exception {
    for (RawCase c : cases) {
      int timeout = c.delivery() == RawCase.Delivery.STALL ? STALL_TIMEOUT_MS : READ_TIMEOUT_MS;
      RawExchange.Answer a;
      try {
        a = RawExchange.send("127.0.0.1", port.getAsInt(), c, timeout);
      } catch (IOException e) {
        a = new RawExchange.Answer(0, java.util.Map.of(), "", 0);
      }
      String kind = a.hung() ? "hang" : a.status() == 0 ? "closed" : "answer";
      String type = a.contentType().startsWith("application/problem+json") ? a.problemType() : "";
      RawExchange.Answer after;
      try {
        after =
            RawExchange.send(
                "127.0.0.1",
                port.getAsInt(),
                new RawCase(
                    "after", "check", RawCase.get("/orders/1"), RawCase.Delivery.WHOLE, 200, null),
                READ_TIMEOUT_MS);
      } catch (IOException refused) {
        after = new RawExchange.Answer(0, java.util.Map.of(), "", 0);
      }
      if (after.status() != 200 && restart != null) {
        kind = after.hung() ? "stuck" : "crash";
        restart.run();
      }
      out.add(new Outcome(kind, a.status(), type, a.millis()));
    }
  }

  private static long heapAfterGc() throws InterruptedException {
    System.gc();
    Thread.sleep(300);
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Resident memory of the Prism process (Linux), 0 elsewhere. */
  private static long rss(PrismProcess prism) {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", Long.toString(prism.handle().pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return 0;
  }
}
