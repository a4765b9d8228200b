package dev.paycontract.mock.internal.routing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spec path such as {@code /items/{id}} compiled once for segment-by-segment matching (Prism
 * section 4): case-sensitive, a trailing slash is an extra empty segment, and a templated segment
 * matches any non-empty (percent-decoded) value.
 */
public final class PathTemplate {

  private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

  private final String text;
  private final List<Segment> segments;

  private sealed interface Segment {}

  private record Literal(String value) implements Segment {}

  /**
   * A segment with parameters, e.g. {@code {id}} or {@code {name}.json}; {@code whole} when it is
   * one parameter and nothing else, which matches any non-empty value without the pattern.
   */
  private record Templated(Pattern pattern, List<String> names, boolean whole) implements Segment {}

  public PathTemplate(String text) {
    this.text = text;
    List<Segment> list = new ArrayList<>();
    for (String raw : split(text)) {
      Matcher m = PARAM.matcher(raw);
      if (!m.find()) {
        list.add(new Literal(raw));
        continue;
      }
      StringBuilder regex = new StringBuilder();
      List<String> names = new ArrayList<>();
      int last = 0;
      m.reset();
      while (m.find()) {
        regex.append(Pattern.quote(raw.substring(last, m.start()))).append("(.+?)");
        names.add(m.group(1));
        last = m.end();
      }
      regex.append(Pattern.quote(raw.substring(last)));
      boolean whole = names.size() == 1 && raw.equals("{" + names.get(0) + "}");
      list.add(new Templated(Pattern.compile(regex.toString(), Pattern.DOTALL), names, whole));
    }
    this.segments = List.copyOf(list);
  }

  public String text() {
    return text;
  }

  /** True when the template has no parameters. */
  public boolean isConcrete() {
    return segments.stream().allMatch(s -> s instanceof Literal);
  }

  /**
   * Path parameters if the decoded request segments match, otherwise null.
   *
   * @param requestSegments see {@link #decodedSegments(String)}
   */
  public Map<String, String> match(List<String> requestSegments) {
    if (requestSegments.size() != segments.size()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String value = requestSegments.get(i);
      switch (segments.get(i)) {
        case Literal l -> {
          if (!l.value().equals(value)) {
            return null;
          }
        }
        case Templated t when t.whole() -> {
          if (value.isEmpty()) {
            return null;
          }
          params.put(t.names().get(0), value);
        }
        case Templated t -> {
          Matcher m = t.pattern().matcher(value);
          if (value.isEmpty() || !m.matches()) {
            return null;
          }
          for (int g = 0; g < t.names().size(); g++) {
            params.put(t.names().get(g), m.group(g + 1));
          }
        }
      }
    }
    return params;
  }

  /**
   * Orders templates as Prism ranks the paths that match one request: the fewer templated segments,
   * the better (its score counts 1 per literal and 1/2 per templated segment), so concrete paths
   * beat templated ones and {@code /a/{x}/c} ties with {@code /a/b/{y}}
   * (docs/prism-compatibility.md, "Routing"). A total order: one integer key.
   */
  static int bySpecificity(PathTemplate a, PathTemplate b) {
    return Integer.compare(a.templatedSegments(), b.templatedSegments());
  }

  private int templatedSegments() {
    return (int) segments.stream().filter(s -> s instanceof Templated).count();
  }

  /** Splits a raw request path on '/' and percent-decodes each segment. */
  public static List<String> decodedSegments(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String s : split(rawPath)) {
      out.add(percentDecode(s));
    }
    return out;
  }

  private static List<String> split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return List.of(p.split("/", -1));
  }

  /** RFC 3986 decoding ('+' stays '+'); malformed escapes are kept as written. */
  static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          out.write(hi * 16 + lo);
          i += 3;
          continue;
        }
      }
      int cp = s.codePointAt(i);
      byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
      out.write(bytes, 0, bytes.length);
      i += Character.charCount(cp);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return text;
  }
}
