package dev.paycontract.mock.log;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks one line of free text from any source (our lines, Jetty's and Javalin's debug output, any
 * library's log) without knowing its layout: a credential after an auth scheme word
 * ({@code Bearer abc} becomes {@code Bearer ***}), the value after a sensitive name in the forms a
 * log line carries it ({@code Authorization: ...}, {@code password=...}, {@code "cvv":"123"},
 * {@code cookie=[...]}), and card-like digit runs ({@link LogMasking#text}).
 *
 * <p>Which names are sensitive is {@link LogMasking#isSensitive}. It masks more than needed rather
 * than less: a debug line that loses a harmless value costs nothing.
 */
public final class LineMasking {

  /** An auth scheme word and the credential after it; a challenge's {@code realm=} is kept. */
  private static final Pattern SCHEME_CREDENTIAL = Pattern.compile(
      "(?i)\\b(Bearer|Basic|Digest|Token|Negotiate|ApiKey)(\\s+)(?!realm=|\\*\\*\\*)([A-Za-z0-9._~+/=:%-]+)");

  /**
   * A name, then its value: {@code "name":"value"} or {@code "name":value} (JSON, also with escaped
   * quotes), {@code name: value} (a header line, up to the line's end or an escaped line break), or
   * {@code name=value} (query string, form body, cookie, a Java map's toString with its brackets).
   */
  private static final Pattern NAMED_VALUE = Pattern.compile(
      "(\\\\?\"?)([A-Za-z0-9_.\\[\\]-]{2,})(\\\\?\"?)"
          + "(\\s*(?::|=)\\s*)"
          + "(\\\\?\"(?:[^\"\\\\]|\\\\[^\"])*\\\\?\"|\\[[^\\]]*\\]?|[^\\s&;,}\\]\"'\\\\]+(?: [^\\s&;,}\\]\"'\\\\]+)*)");

  private LineMasking() {}

  /** The line with every credential, secret value and card-like number replaced. */
  public static String mask(String line) {
    if (line == null || line.isEmpty()) {
      return line;
    }
    String out = line;
    if (hasLetterRun(out)) {
      out = maskNamedValues(out);
      out = SCHEME_CREDENTIAL.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + LogMasking.SECRET));
    }
    return LogMasking.text(out);
  }

  /** {@link #mask} for each line of a multi-line text (a body). */
  public static String maskLines(String text) {
    if (text == null || text.indexOf('\n') < 0) {
      return mask(text);
    }
    StringBuilder out = new StringBuilder(text.length());
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      out.append(mask(text.substring(start, end)));
      start = end;
    }
    return out.toString();
  }

  private static String maskNamedValues(String line) {
    Matcher m = NAMED_VALUE.matcher(line);
    StringBuilder out = null;
    int copied = 0;
    while (m.find()) {
      String name = m.group(2);
      if (m.start(2) > 0 && line.charAt(m.start(2) - 1) == '\\' && name.length() > 2) {
        name = name.substring(1); // "\r\nx-vol-tenant" in an escaped buffer dump
      }
      if (!LogMasking.isSensitive(lastName(name))) {
        continue;
      }
      String value = m.group(5);
      int valueEnd = m.end(5);
      boolean header = m.group(4).contains(":") && !value.startsWith("\"") && !value.startsWith("\\\"")
          && !value.startsWith("[");
      if (header) {
        // A header value runs to the end of its line: all of "Cookie: a=1; sid=2" is the secret.
        valueEnd = headerValueEnd(line, m.start(5));
        value = line.substring(m.start(5), valueEnd);
      }
      String masked = maskedValue(name, value, m.group(4));
      if (!masked.equals(value)) {
        if (out == null) {
          out = new StringBuilder(line.length());
        }
        out.append(line, copied, m.start(5)).append(masked);
        copied = valueEnd;
      }
      if (valueEnd > m.end()) {
        m.region(valueEnd, line.length());
      }
    }
    return out == null ? line : out.append(line, copied, line.length()).toString();
  }

  private static int headerValueEnd(String line, int from) {
    int end = line.length();
    for (String stop : new String[] {"\\r", "\\n", "\r", "\n", "\"", "}"}) {
      int i = line.indexOf(stop, from);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    return end;
  }

  /** {@code headers.authorization} and {@code query[token]} are judged by their last part. */
  private static String lastName(String name) {
    String n = name.replace("]", "");
    int cut = Math.max(n.lastIndexOf('.'), n.lastIndexOf('['));
    return cut >= 0 && cut < n.length() - 1 ? n.substring(cut + 1) : n;
  }

  private static String maskedValue(String name, String value, String separator) {
    if (value.startsWith("\\\"")) {
      return "\\\"" + LogMasking.SECRET + "\\\"";
    }
    if (value.startsWith("\"")) {
      return "\"" + LogMasking.SECRET + "\"";
    }
    if (value.startsWith("[")) {
      return "[" + LogMasking.SECRET + (value.endsWith("]") ? "]" : "");
    }
    if (value.equals(LogMasking.SECRET) || value.equals(LogMasking.CARD)) {
      return value;
    }
    // "Authorization: Bearer abc" keeps its scheme word, as LogMasking.header does.
    int space = value.indexOf(' ');
    if (separator.contains(":") && space > 0 && name.toLowerCase(java.util.Locale.ROOT).contains("authorization")) {
      return value.substring(0, space) + " " + LogMasking.SECRET;
    }
    return LogMasking.SECRET;
  }

  private static boolean hasLetterRun(String s) {
    return s.indexOf(':') >= 0 || s.indexOf('=') >= 0 || s.indexOf(' ') >= 0;
  }
}
