package dev.paycontract.mock.internal.masking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.paycontract.mock.internal.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides card numbers, CVVs and credentials before anything reaches a log: values under a sensitive
 * name (header, query or path parameter, JSON key) become {@code ***}; digit runs as long as a card
 * number (13 digits or more, single spaces or dashes allowed between them) become {@code ****},
 * wherever they appear.
 */
public final class LogMasking {

  public static final String SECRET = "***";
  public static final String CARD = "****";

  /**
   * 13+ digits, optionally separated by single spaces or dashes (Luhn-valid or not); {@link #text}
   * does this by hand.
   */
  private static final Pattern CARD_LIKE = Pattern.compile("(?<!\\d)\\d(?:[ -]?\\d){12,}");

  /** Substrings of a normalised name (lower case, letters and digits only) that mark a secret. */
  private static final List<String> SENSITIVE_PARTS =
      List.of(
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
          "accesskey");

  /** Whole normalised names that mark a secret (too short to match as substrings). */
  private static final Set<String> SENSITIVE_NAMES =
      Set.of("pan", "pin", "auth", "key", "cvn", "pwd", "xvoltenant");

  private static final Pattern FORM_PAIR = Pattern.compile("(^|&)([^=&]+)=([^&]*)");

  private LogMasking() {}

  /**
   * True for names such as {@code Authorization}, {@code x-vol-tenant}, {@code cardSecurityCode},
   * {@code token}.
   */
  public static boolean isSensitive(String name) {
    String n = normalised(name);
    if (SENSITIVE_NAMES.contains(n)) {
      return true;
    }
    for (String part : SENSITIVE_PARTS) {
      if (n.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, letters a-z and digits only ({@code X-Api-Key} is {@code xapikey}). */
  private static String normalised(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder out = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean kept = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!kept && out == null) {
        out = new StringBuilder(lower.length()).append(lower, 0, i);
      } else if (kept && out != null) {
        out.append(c);
      }
    }
    return out == null ? lower : out.toString();
  }

  /** Replaces card-like digit runs in free text. */
  public static String text(String text) {
    if (text == null) {
      return null;
    }
    // The same as CARD_LIKE.matcher(text).replaceAll(CARD), without a regex on every log line: a
    // run of digits joined by single spaces or dashes is replaced whole when it has 13 digits or
    // more (a shorter run has no shorter card-like part either).
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int digits = 1;
      int end = i + 1;
      while (true) {
        if (end < n && isDigit(text.charAt(end))) {
          digits++;
          end++;
        } else if (end + 1 < n
            && (text.charAt(end) == ' ' || text.charAt(end) == '-')
            && isDigit(text.charAt(end + 1))) {
          digits++;
          end += 2;
        } else {
          break;
        }
      }
      if (digits >= CARD_MIN_DIGITS) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, start).append(CARD);
        copied = end;
      }
      i = end;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /** The shortest card-like run ({@link #CARD_LIKE}). */
  private static final int CARD_MIN_DIGITS = 13;

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A request path with secret path parameters hidden: those whose name is sensitive (from the
   * routed operation), and, for any path, the segment after one named like a credential ({@code
   * /authorization-tokens/abc} keeps {@code /authorization-tokens/***}).
   *
   * @param pathParams the routed operation's path parameters, or empty when not routed
   */
  public static String path(String path, Map<String, String> pathParams) {
    String out = path;
    for (Map.Entry<String, String> p : pathParams.entrySet()) {
      if (isSensitive(p.getKey()) && !p.getValue().isEmpty()) {
        String encoded =
            URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8).replace("+", "%20");
        out = out.replace(encoded, SECRET).replace(p.getValue(), SECRET);
      }
    }
    String[] segments = out.split("/", -1);
    boolean previousSensitive = false; // of segments[i - 1] as it now stands ("***" is not)
    for (int i = 0; i < segments.length; i++) {
      boolean sensitive = !segments[i].isEmpty() && isSensitive(segments[i]);
      if (i > 0 && !segments[i].isEmpty() && previousSensitive && !sensitive) {
        segments[i] = SECRET;
      }
      previousSensitive = sensitive;
    }
    return text(String.join("/", segments));
  }

  /** {@code ?a=1&token=***}, or "" when there are no query parameters. */
  public static String query(Map<String, List<String>> query) {
    if (query.isEmpty()) {
      return "";
    }
    StringJoiner out = new StringJoiner("&", "?", "");
    query.forEach(
        (name, values) -> values.forEach(v -> out.add(text(name) + "=" + value(name, v))));
    return out.toString();
  }

  /**
   * A header value: hidden under a sensitive name, keeping the scheme word of {@code
   * Authorization}.
   */
  public static String header(String name, String value) {
    if (!isSensitive(name)) {
      return text(value);
    }
    int space = value.indexOf(' ');
    return space > 0 && name.toLowerCase(Locale.ROOT).contains("authorization")
        ? value.substring(0, space) + " " + SECRET
        : SECRET;
  }

  /**
   * A body for a debug log: JSON with sensitive keys hidden and card-like digits replaced in every
   * value; a form body by field name; any other text by digit pattern only.
   */
  public static String body(byte[] body, String contentType) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return text;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("json") || text.startsWith("{") || text.startsWith("[")) {
      try {
        JsonNode node = Json.MAPPER.readTree(text);
        if (node != null) {
          return Json.MAPPER.writeValueAsString(json(node));
        }
      } catch (java.io.IOException | RuntimeException e) {
        // not JSON after all: fall through to the text rules
      }
    }
    if (type.contains("x-www-form-urlencoded")) {
      Matcher m = FORM_PAIR.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String v = isSensitive(m.group(2)) ? SECRET : text(m.group(3));
        m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + "=" + v));
      }
      m.appendTail(out);
      return LineMasking.maskLines(out.toString());
    }
    if (type.contains("multipart/")) {
      text = multipart(text);
    }
    // Not parseable (a malformed JSON body, XML, text): named values and card numbers by pattern.
    return LineMasking.maskLines(text);
  }

  /** A multipart part named like a secret ({@code name="password"}) has its content hidden. */
  private static final Pattern SECRET_PART =
      Pattern.compile(
          "(?i)(content-disposition:[^\\r"
              + "\\n"
              + "]*\\bname=\"([^\"]*)\"[^\\r"
              + "\\n"
              + "]*\\r"
              + "?\\n"
              + "(?:[^\\r"
              + "\\n"
              + "]+\\r"
              + "?\\n"
              + ")*\\r"
              + "?\\n"
              + ")([^\\r"
              + "\\n"
              + "]*)");

  private static String multipart(String text) {
    Matcher m = SECRET_PART.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String content = isSensitive(m.group(2)) ? SECRET : m.group(3);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + content));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A copy of a JSON value with secrets hidden. */
  public static JsonNode json(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = Json.MAPPER.createObjectNode();
      node.properties()
          .forEach(
              e ->
                  out.set(
                      e.getKey(),
                      isSensitive(e.getKey()) && !e.getValue().isContainerNode()
                          ? TextNode.valueOf(SECRET)
                          : json(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = Json.MAPPER.createArrayNode();
      node.forEach(v -> out.add(json(v)));
      return out;
    }
    if (node.isTextual()) {
      return TextNode.valueOf(text(node.textValue()));
    }
    if (node.isIntegralNumber() && !text(node.asText()).equals(node.asText())) {
      return TextNode.valueOf(CARD);
    }
    return node;
  }

  private static String value(String name, String value) {
    return isSensitive(name) ? SECRET : text(value);
  }
}
