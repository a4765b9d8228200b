package dev.paycontract.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Sums up a JFR recording of the mock under load (bench/profile.sh) by who does the work: the CPU
 * samples (jdk.ExecutionSample) and the sampled allocation (jdk.ObjectAllocationSample, weighted
 * by bytes) whose stacks pass through each area (inclusive, so a sample can count in two areas),
 * the library that owns the top frame (self time), and the first of our own methods on each stack.
 * With the request count of the recorded window it also prints the allocation per request.
 *
 * <pre>java -cp bench-harness.jar dev.paycontract.bench.ProfileSummary RECORDING.jfr [REQUESTS]</pre>
 */
public final class ProfileSummary {
  private static final String OURS = "dev.paycontract.";
  private static final String ADAPTER = "Javalin adapter's own work: reading the body, copying headers, writing the response";
  private static final String FRAMEWORK = "no paycontract frame at all: Jetty, Javalin, virtual-thread scheduling, JDK I/O";

  /** Areas of the request path, each recognised by a frame on the stack (inclusive shares). */
  private static final Map<String, Predicate<String>> AREAS = new LinkedHashMap<>();

  static {
    AREAS.put("request log line (RequestLog, LogMasking, BatchedLineWriter)",
        f -> f.contains(".RequestLog.") || f.contains(".LogMasking.") || f.contains(".BatchedLineWriter."));
    AREAS.put("exchange listeners and journal (ExchangeRecorder, RequestJournal)",
        f -> f.contains(".ExchangeRecorder.") || f.contains(".RequestJournal."));
    AREAS.put("routing (Router, PathTemplate)",
        f -> f.contains(".routing."));
    AREAS.put("request validation (RequestValidator, Atlassian, networknt)",
        f -> f.contains(".RequestValidator.") || f.startsWith("com.atlassian."));
    AREAS.put("security check (SecurityChecker)",
        f -> f.contains(".SecurityChecker."));
    AREAS.put("response validation (ResponseValidator)",
        f -> f.contains(".ResponseValidator."));
    AREAS.put("response choice and static responses (ResponsePicker, StaticResponses, negotiation)",
        f -> f.contains(".ResponsePicker.") || f.contains(".StaticResponses.") || f.contains(".negotiation."));
    AREAS.put("dynamic bodies (body generators)",
        f -> f.contains(".mock.body.") && (f.contains("Generat") || f.contains("Values.") || f.contains("Plan")));
    AREAS.put("sl-violations and problem bodies (ViolationsHeader, FindingsReporter, problem)",
        f -> f.contains(".ViolationsHeader.") || f.contains(".FindingsReporter.") || f.contains(".mock.problem."));
    AREAS.put("Jackson (any caller)",
        f -> f.startsWith("com.fasterxml.jackson."));
  }

  private static final Map<String, String> LIBRARIES = libraries(
      "org.eclipse.jetty.", "Jetty", "io.javalin.", "Javalin", "com.fasterxml.jackson.", "Jackson", "com.networknt.", "networknt json-schema",
      "com.atlassian.", "Atlassian validator", "io.swagger.", "swagger", "net.datafaker.", "Datafaker", "org.slf4j.", "slf4j",
      "kotlin.", "Kotlin runtime", "sun.nio.", "JDK I/O", "java.io.", "JDK I/O", "java.nio.", "JDK I/O", "jdk.internal.", "JDK internals",
      "java.lang.", "java.lang", "java.util.", "java.util", OURS, "paycontract");

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ProfileSummary RECORDING.jfr [REQUESTS]");
      System.exit(2);
    }
    long requests = args.length > 1 ? Long.parseLong(args[1]) : 0;
    Map<String, Double> areaCpu = new LinkedHashMap<>();
    Map<String, Double> areaAlloc = new LinkedHashMap<>();
    Map<String, Double> libCpu = new LinkedHashMap<>();
    Map<String, Double> ownCpu = new LinkedHashMap<>();
    Map<String, Double> ownAlloc = new LinkedHashMap<>();
    Map<String, Double> allocClass = new LinkedHashMap<>();
    double cpu = 0;
    double alloc = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      String type = e.getEventType().getName();
      boolean sample = type.equals("jdk.ExecutionSample");
      boolean allocation = type.equals("jdk.ObjectAllocationSample");
      if ((!sample && !allocation) || e.getStackTrace() == null) {
        continue;
      }
      List<String> frames = e.getStackTrace().getFrames().stream().filter(RecordedFrame::isJavaFrame)
          .map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName()).toList();
      if (frames.isEmpty()) {
        continue;
      }
      double weight = sample ? 1 : e.getLong("weight");
      String own = frames.stream().filter(f -> f.startsWith(OURS)).findFirst().orElse("(no paycontract frame: Jetty, Javalin, JDK)");
      Map<String, Double> areas = sample ? areaCpu : areaAlloc;
      AREAS.forEach((name, test) -> {
        if (frames.stream().anyMatch(test)) {
          areas.merge(name, weight, Double::sum);
        }
      });
      // The adapter is on every stack (it calls the engine); count only the work it does itself.
      if (own.contains(".JavalinAdapter.")) {
        areas.merge(ADAPTER, weight, Double::sum);
      }
      if (!own.startsWith(OURS)) {
        areas.merge(FRAMEWORK, weight, Double::sum);
      }
      if (sample) {
        cpu += weight;
        libCpu.merge(library(frames.get(0)), weight, Double::sum);
        ownCpu.merge(own, weight, Double::sum);
      } else {
        alloc += weight;
        ownAlloc.merge(own, weight, Double::sum);
        allocClass.merge(e.getClass("objectClass").getName(), weight, Double::sum);
      }
    }
    System.out.printf(Locale.ROOT, "CPU samples: %.0f; sampled allocation: %.1f MB%s%n", cpu, alloc / 1e6,
        requests > 0 ? String.format(Locale.ROOT, " over %,d requests = %,.0f bytes per request", requests, alloc / requests) : "");
    print("Areas of the request path (inclusive; a sample can be in two)", areaCpu, cpu, areaAlloc, alloc, 20);
    print("Top frame by library (self CPU)", libCpu, cpu, Map.of(), alloc, 20);
    print("First paycontract method on the stack", ownCpu, cpu, ownAlloc, alloc, 15);
    print("Allocated classes", Map.of(), cpu, allocClass, alloc, 12);
  }

  private static void print(String title, Map<String, Double> cpu, double cpuTotal, Map<String, Double> alloc, double allocTotal, int limit) {
    System.out.println();
    System.out.println("| " + title + " | CPU | allocation |");
    System.out.println("|---|---:|---:|");
    Map<String, Double> order = cpu.isEmpty() ? alloc : cpu;
    List<String> keys = order.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(limit)
        .map(Map.Entry::getKey).collect(Collectors.toList());
    alloc.keySet().stream().filter(k -> !keys.contains(k)).sorted((a, b) -> Double.compare(alloc.get(b), alloc.get(a))).limit(cpu.isEmpty() ? 0 : 5).forEach(keys::add);
    for (String k : keys) {
      System.out.printf(Locale.ROOT, "| %s | %s | %s |%n", k, share(cpu.get(k), cpuTotal), share(alloc.get(k), allocTotal));
    }
  }

  private static String share(Double part, double total) {
    return part == null || total == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * part / total);
  }

  private static String library(String frame) {
    return LIBRARIES.entrySet().stream().filter(e -> frame.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse("other");
  }

  private static Map<String, String> libraries(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }
}
