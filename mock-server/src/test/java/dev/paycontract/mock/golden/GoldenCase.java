package dev.paycontract.mock.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One golden HTTP file (format: {@code src/test/resources/golden/README.md}): directives, the
 * request, {@code ---}, the expected status line, headers that matter and body.
 *
 * @param file the golden file
 * @param spec the fixture spec it runs against
 * @param options server flags ({@code errors}, {@code dynamic}, {@code cors=false}, ...)
 * @param method request method
 * @param target request path with query
 * @param headers request headers, in order (a name may repeat)
 * @param body request body bytes
 * @param status expected status
 * @param expectedHeaders expected header values by lower-case name ({@code <absent>} = must be
 *     absent)
 * @param expectedBody expected body text ({@code <any>} = not compared)
 */
record GoldenCase(
    Path file,
    Path spec,
    List<String> options,
    String method,
    String target,
    List<Map.Entry<String, String>> headers,
    byte[] body,
    int status,
    Map<String, String> expectedHeaders,
    String expectedBody) {

  static GoldenCase parse(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Path spec = null;
    List<String> options = new ArrayList<>();
    int generatedBodyBytes = -1;
    int i = 0;
    for (; i < lines.size() && (lines.get(i).startsWith("#") || lines.get(i).isBlank()); i++) {
      String directive = lines.get(i).replaceFirst("^#\\s*", "");
      if (directive.startsWith("spec:")) {
        spec = file.resolveSibling(directive.substring(5).trim());
      } else if (directive.startsWith("options:")) {
        for (String o : directive.substring(8).split(",")) {
          if (!o.isBlank()) {
            options.add(o.trim());
          }
        }
      } else if (directive.startsWith("generated-body-bytes:")) {
        generatedBodyBytes = Integer.parseInt(directive.substring(21).trim());
      }
    }
    if (spec == null) {
      spec = defaultSpec(file);
    }
    int separator = lines.indexOf("---");
    if (separator < 0) {
      throw new IllegalArgumentException(
          file + ": no '---' line between request and expected response");
    }
    String[] requestLine = lines.get(i).trim().split("\\s+");
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    int j = i + 1;
    for (; j < separator && !lines.get(j).isEmpty(); j++) {
      String h = lines.get(j);
      int colon = h.indexOf(':');
      headers.add(Map.entry(h.substring(0, colon).trim(), h.substring(colon + 1).trim()));
    }
    String requestBody =
        j < separator ? String.join("\n", lines.subList(j + 1, separator)).strip() : "";
    byte[] body =
        generatedBodyBytes >= 0
            ? filler(generatedBodyBytes)
            : requestBody.getBytes(StandardCharsets.UTF_8);

    int k = separator + 1;
    while (lines.get(k).isBlank()) {
      k++;
    }
    String[] statusLine = lines.get(k).trim().split("\\s+");
    int status =
        Integer.parseInt(statusLine[0].startsWith("HTTP/") ? statusLine[1] : statusLine[0]);
    Map<String, String> expected = new LinkedHashMap<>();
    int m = k + 1;
    for (; m < lines.size() && !lines.get(m).isEmpty(); m++) {
      String h = lines.get(m);
      int colon = h.indexOf(':');
      expected.put(
          h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
    }
    String expectedBody =
        m < lines.size() ? String.join("\n", lines.subList(m + 1, lines.size())).strip() : "";
    return new GoldenCase(
        file,
        spec,
        options,
        requestLine[0],
        requestLine[1],
        headers,
        body,
        status,
        expected,
        expectedBody);
  }

  /** Without a {@code # spec:} directive: the only {@code api-*.yaml} in the folder. */
  private static Path defaultSpec(Path file) throws IOException {
    try (var files = Files.list(file.getParent())) {
      List<Path> specs =
          files.filter(p -> p.getFileName().toString().matches("api-.*\\.ya?ml")).toList();
      if (specs.size() != 1) {
        throw new IllegalArgumentException(
            file + ": add '# spec: <file>' (folder has " + specs.size() + " api-*.yaml files)");
      }
      return specs.get(0);
    }
  }

  /** A valid JSON string of exactly n bytes, for size-limit tests. */
  private static byte[] filler(int n) {
    byte[] b = new byte[n];
    java.util.Arrays.fill(b, (byte) 'a');
    b[0] = '"';
    b[n - 1] = '"';
    return b;
  }
}
