package dev.paycontract.mock.internal.media;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Loose media-type matching the way Prism does it for request bodies (docs/prism-behaviour.md
 * 10.2): parameters ignored, {@code type/*} and {@code *}{@code /*} wildcards, and a {@code +json}
 * suffix accepted for {@code application/json}.
 */
public final class MediaTypes {

  private MediaTypes() {}

  /** {@code "Application/JSON; charset=utf-8"} -> {@code "application/json"}. */
  public static String essence(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String bare = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return bare.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Prism parses a body as JSON only for {@code application/json} and {@code application/*+json}.
   */
  public static boolean isJson(String contentType) {
    String e = essence(contentType);
    return e.equals("application/json") || (e.startsWith("application/") && e.endsWith("+json"));
  }

  /** The first declared media type the given content type satisfies. */
  public static Optional<String> match(String contentType, Collection<String> declared) {
    String actual = essence(contentType);
    for (String candidate : declared) {
      if (matches(actual, essence(candidate))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static boolean matches(String actual, String declared) {
    if (declared.equals(actual) || declared.equals("*/*")) {
      return true;
    }
    int slash = declared.indexOf('/');
    if (slash > 0 && declared.endsWith("/*")) {
      return actual.startsWith(declared.substring(0, slash + 1));
    }
    // application/vnd.api+json is accepted where application/json is declared
    if (declared.equals("application/json")) {
      return actual.startsWith("application/") && actual.endsWith("+json");
    }
    return false;
  }
}
