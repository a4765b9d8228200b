package dev.paycontract.mock.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link VerifyReport} in the JUnit XML format CI servers read (the Ant/Surefire shape): one
 * {@code testsuite} per spec, one {@code testcase} per request, one {@code failure} per failing
 * case listing its findings.
 */
public final class JUnitXmlReport {

  private JUnitXmlReport() {}

  public static void write(VerifyReport report, Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, xml(report), StandardCharsets.UTF_8);
  }

  public static String xml(VerifyReport report) {
    Map<String, List<CaseResult>> bySpec = new LinkedHashMap<>();
    report
        .cases()
        .forEach(
            c -> bySpec.computeIfAbsent(c.specFile(), k -> new java.util.ArrayList<>()).add(c));
    var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
    bySpec.forEach(
        (spec, cases) -> {
          long failures = cases.stream().filter(c -> !c.passed()).count();
          xml.append("  <testsuite name=\"")
              .append(esc("verify " + spec))
              .append("\" tests=\"")
              .append(cases.size())
              .append("\" failures=\"")
              .append(failures)
              .append("\" errors=\"0\" skipped=\"0\" time=\"")
              .append(seconds(cases.stream().mapToLong(c -> c.time().toNanos()).sum()))
              .append("\">\n");
          for (CaseResult c : cases) {
            xml.append("    <testcase classname=\"")
                .append(esc(spec))
                .append("\" name=\"")
                .append(esc(c.name()))
                .append("\" time=\"")
                .append(seconds(c.time().toNanos()))
                .append('"');
            if (c.passed()) {
              xml.append("/>\n");
              continue;
            }
            xml.append(">\n      <failure message=\"")
                .append(
                    esc(c.findings().size() + " finding(s): " + c.request() + " -> " + c.answer()))
                .append("\" type=\"contract\">")
                .append(esc(VerifyText.failure(c)))
                .append("</failure>\n    </testcase>\n");
          }
          xml.append("  </testsuite>\n");
        });
    return xml.append("</testsuites>\n").toString();
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }

  private static String esc(String s) {
    var out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                  if (cp == '\n' || cp == '\t' || cp >= 0x20) {
                    out.appendCodePoint(cp);
                  }
                }
              }
            });
    return out.toString();
  }
}
