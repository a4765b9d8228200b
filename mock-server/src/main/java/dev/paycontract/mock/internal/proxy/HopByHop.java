package dev.paycontract.mock.internal.proxy;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The headers a proxy must not pass on (RFC 9110 section 7.6.1): the hop-by-hop ones, those the
 * {@code Connection} header names, and the framing headers the next hop sets itself ({@code Host},
 * {@code Content-Length}, {@code Transfer-Encoding}).
 */
public final class HopByHop {

  private static final Set<String> ALWAYS =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-connection",
          "proxy-authenticate",
          "proxy-authorization",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "host",
          "content-length",
          "expect",
          "http2-settings");

  private HopByHop() {}

  /** A copy of {@code headers} (lower-case names) without the hop-by-hop ones. */
  public static Map<String, List<String>> strip(Map<String, List<String>> headers) {
    Set<String> drop = new HashSet<>(ALWAYS);
    List<String> connection = headers.get("connection");
    if (connection != null) {
      connection.forEach(
          v -> {
            for (String token : v.split(",")) {
              drop.add(token.trim().toLowerCase(Locale.ROOT));
            }
          });
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.forEach(
        (name, values) -> {
          String lower = name.toLowerCase(Locale.ROOT);
          if (!drop.contains(lower) && !lower.startsWith(":")) {
            out.put(lower, values);
          }
        });
    return out;
  }
}
