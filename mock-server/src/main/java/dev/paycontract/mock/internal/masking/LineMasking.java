package dev.paycontract.mock.internal.masking;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks one line of free text from any source (our lines, Jetty's and Javalin's debug output, any
 * library's log) without knowing its layout: a credential after an auth scheme word ({@code Bearer
 * abc} becomes {@code Bearer ***}), the value after a sensitive name in the forms a log line
 * carries it ({@code Authorization: ...}, {@code password=...}, {@code "cvv":"123"}, {@code
 * cookie=[...]}), and card-like digit runs ({@link LogMasking#text}).
 *
 * <p>Which names are sensitive is {@link LogMasking#isSensitive}. It masks more than needed rather
 * than less: a debug line that loses a harmless value costs nothing.
 */
public final class LineMasking {

  /** An auth scheme word and the credential after it; a challenge's {@code realm=} is kept. */
  private static final Pattern SCHEME_CREDENTIAL =
      Pattern.compile(
          "(?i)\\b(Bearer|Basic|Digest|Token|Negotiate|ApiKey)(\\s+)(?!realm=|\\*\\*\\*)([A-Za-z0-9._~+/=:%-]+)");

  /**
   * A name, then its value: {@code "name":"value"} or {@code "name":value} (JSON, also with escaped
   * quotes), {@code name: value} (a header line, up to the line's end or an escaped line break), or
   * {@code name=value} (query string, form body, cookie, a Java map's toString with its brackets).
   */
  private static final Pattern NAMED_VALUE =
      Pattern.compile(
          // A name starts where no name character precedes it and takes all of them (possessive):
          // a 64 KB run of letters costs one pass, not one per starting position.
          "(\\\\?\"?)(?<![A-Za-z0-9_.\\[\\]-])([A-Za-z0-9_.\\[\\]-]{2,}+)(\\\\?\"?)"
              + "(\\s*(?::|=)\\s*)"
              // No repeated groups: Java's regex recurses per repetition of a group, and a 64 KB
              // line
              // must not overflow the stack.
              + "(\\\\?\"[^\"\\n]*\"|\\[[^\\]]*\\]?|[^\\s&;,}\\]\"'\\\\]+)");

  /** An XML element with text content: {@code <cvv>123</cvv>}. */
  private static final Pattern XML_ELEMENT =
      Pattern.compile("<([A-Za-z0-9_:.-]+)(\\s[^>]*)?>([^<]*)(?=<)");

  private LineMasking() {}

  /** The line with every credential, secret value and card-like number replaced. */
  public static String mask(String line) {
    if (line == null || line.isEmpty()) {
      return line;
    }
    String out = line;
    if (mayHoldNamedSecret(out)) {
      out = JettyDumps.maskBufferDumps(out);
      out = JettyDumps.maskSplitHeaders(out);
      out = maskNamedValues(out);
      out = maskXmlElements(out);
      out =
          SCHEME_CREDENTIAL
              .matcher(out)
              .replaceAll(
                  m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + LogMasking.SECRET));
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
    int from = 0;
    while (from < line.length() && m.find(from)) {
      String name = m.group(2);
      if (m.start(2) > 0 && line.charAt(m.start(2) - 1) == '\\' && name.length() > 2) {
        name = name.substring(1); // "\r\nx-vol-tenant" in an escaped buffer dump
      }
      if (!LogMasking.isSensitive(lastName(name))) {
        from = m.end(2); // the value may itself hold "name=value" (a URL's query string)
        continue;
      }
      String value = m.group(5);
      int valueEnd = m.end(5);
      boolean header =
          m.group(4).contains(":")
              && !value.startsWith("\"")
              && !value.startsWith("\\\"")
              && !value.startsWith("[");
      if (header) {
        // A header value runs to the end of its line: all of "Cookie: a=1; sid=2" is the secret.
        valueEnd = headerValueEnd(line, m.start(5));
        value = line.substring(m.start(5), valueEnd);
      }
      String masked = maskedValue(name, value, m.group(4));
      if (!masked.equals(value) && m.start(5) >= copied) {
        if (out == null) {
          out = new StringBuilder(line.length());
        }
        out.append(line, copied, m.start(5)).append(masked);
        copied = valueEnd;
      }
      from = Math.max(valueEnd, m.end(2) + 1);
    }
    return out == null ? line : out.append(line, copied, line.length()).toString();
  }

  private static String maskXmlElements(String line) {
    if (line.indexOf('<') < 0) {
      return line;
    }
    return XML_ELEMENT
        .matcher(line)
        .replaceAll(
            m -> {
              String name =
                  m.group(1).contains(":")
                      ? m.group(1).substring(m.group(1).indexOf(':') + 1)
                      : m.group(1);
              return Matcher.quoteReplacement(
                  LogMasking.isSensitive(name) && !m.group(3).isEmpty()
                      ? "<"
                          + m.group(1)
                          + (m.group(2) == null ? "" : m.group(2))
                          + ">"
                          + LogMasking.SECRET
                      : m.group());
            });
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
    if (separator.contains(":")
        && space > 0
        && name.toLowerCase(java.util.Locale.ROOT).contains("authorization")) {
      return value.substring(0, space) + " " + LogMasking.SECRET;
    }
    return LogMasking.SECRET;
  }

  /**
   * Letters of names that mark a secret or a credential's scheme, as {@link LogMasking#isSensitive}
   * normalises them.
   */
  private static final String[] MARKERS = {
    "token",
    "secret",
    "passw",
    "apikey",
    "credential",
    "cvv",
    "cvc",
    "securitycode",
    "cardnumber",
    "authorization",
    "cookie",
    "signature",
    "privatekey",
    "accesskey",
    "pan",
    "pin",
    "auth",
    "key",
    "cvn",
    "pwd",
    "xvoltenant",
    "bearer",
    "basic",
    "digest",
    "negotiate",
    "<<<"
  };

  /**
   * The cheap test that keeps ordinary lines (a request log line) off the regular expressions: a
   * line can only hold a named secret if, lower-cased and without separators, it contains one of
   * the {@link #MARKERS}; card numbers are found by {@link LogMasking#text} anyway.
   */
  private static boolean mayHoldNamedSecret(String line) {
    StringBuilder letters = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        letters.append((char) (c + 32));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '<') {
        letters.append(c);
      }
    }
    String l = letters.toString();
    for (String marker : MARKERS) {
      if (l.contains(marker)) {
        return true;
      }
    }
    return false;
  }
}
