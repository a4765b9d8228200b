package dev.paycontract.mock.internal.validation;

import java.util.regex.Pattern;

/**
 * What Prism's validator (ajv-formats) accepts as {@code format: url}, read by hand ({@link
 * UrlFormat} checks bodies with it; ADR 0025).
 */
final class UrlSyntax {

  /**
   * A dotted IPv4 address as Prism accepts it in a url: first number 1-223, last 1-254, and not in
   * a private or local network ({@link #isPrivate}).
   */
  private static final Pattern IPV4 =
      Pattern.compile(
          "(?:[1-9]\\d?|1\\d\\d|2[01]\\d|22[0-3])"
              + "(?:\\.(?:1?\\d{1,2}|2[0-4]\\d|25[0-5])){2}"
              + "\\.(?:[1-9]\\d?|1\\d\\d|2[0-4]\\d|25[0-4])");

  private static final String[] SCHEMES = {"http://", "https://", "ftp://"};

  private UrlSyntax() {}

  /**
   * Scheme (http, https or ftp, any case), "://", optional user info (anything but spaces, ending
   * at an "@"), a host, an optional port of 2-5 digits, then an optional path starting with "/". No
   * spaces anywhere, no query or fragment without a path, as Prism. Read by hand rather than with
   * one regular expression: the user info may hold "@"s and "/"s, and a regular expression trying
   * every split of a long hostile value backtracks for ages or overflows the stack.
   */
  static boolean isUrl(String value) {
    int rest = -1;
    for (String scheme : SCHEMES) {
      if (value.regionMatches(true, 0, scheme, 0, scheme.length())) {
        rest = scheme.length();
        break;
      }
    }
    if (rest < 0 || value.codePoints().anyMatch(UrlSyntax::isSpace)) {
      return false;
    }
    if (hostPortPath(value, rest)) {
      return true;
    }
    // with user info: the host starts after one of its "@"s (at least one character before it)
    for (int at = value.indexOf('@', rest + 1); at >= 0; at = value.indexOf('@', at + 1)) {
      if (hostPortPath(value, at + 1)) {
        return true;
      }
    }
    return false;
  }

  /** A space as JavaScript's {@code \\s} knows it (no-break spaces and the BOM among them). */
  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF;
  }

  /** Host, optional port, optional path, from {@code from} to the end (no spaces: checked). */
  private static boolean hostPortPath(String value, int from) {
    int end = from;
    while (end < value.length() && value.charAt(end) != ':' && value.charAt(end) != '/') {
      if (value.charAt(end) == '@') {
        return false;
      }
      end++;
    }
    String host = value.substring(from, end);
    boolean ipv4 = IPV4.matcher(host).matches() && !isPrivate(host);
    if (!ipv4 && !isHostName(host)) {
      return false;
    }
    if (end < value.length() && value.charAt(end) == ':') {
      int digits = end + 1;
      while (digits < value.length()
          && Character.isDigit(value.charAt(digits))
          && value.charAt(digits) < 128) {
        digits++;
      }
      int count = digits - end - 1;
      if (count < 2 || count > 5) {
        return false;
      }
      end = digits;
    }
    return end == value.length() || value.charAt(end) == '/';
  }

  /** 10/8, 127/8, 169.254/16, 192.168/16 and 172.16/12, which Prism does not take as a url host. */
  private static boolean isPrivate(String ipv4) {
    String[] parts = ipv4.split("\\.");
    int first = Integer.parseInt(parts[0]);
    int second = Integer.parseInt(parts[1]);
    return first == 10
        || first == 127
        || (first == 169 && second == 254)
        || (first == 192 && second == 168)
        || (first == 172 && second >= 16 && second <= 31);
  }

  /**
   * Dot-separated labels of letters (ASCII or from U+00A1 to U+FFFF), digits and single inner
   * hyphens, the last of two letters or more.
   */
  private static boolean isHostName(String host) {
    String[] labels = host.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (int i = 0; i < labels.length; i++) {
      String label = labels[i];
      boolean last = i == labels.length - 1;
      if (label.isEmpty()
          || label.charAt(0) == '-'
          || label.charAt(label.length() - 1) == '-'
          || label.contains("--")
          || (last && label.length() < 2)) {
        return false;
      }
      for (int c = 0; c < label.length(); c++) {
        char ch = label.charAt(c);
        boolean letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch >= '\u00a1';
        boolean digit = ch >= '0' && ch <= '9';
        if (Character.isSurrogate(ch) || !(letter || (!last && (digit || ch == '-')))) {
          return false;
        }
      }
    }
    return true;
  }
}
