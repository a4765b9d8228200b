package dev.paycontract.mock.internal.validation;

import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.Violation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a request against an operation's security requirements with Prism's rules
 * (docs/prism-behaviour.md 9): the entries of the list are alternatives (OR), the schemes inside
 * one entry must all pass (AND). Written by hand because the Atlassian validator only checks that a
 * credential is present (see docs/adr "security checks by hand").
 */
public final class SecurityChecker {

  /** What the check concluded. */
  public record Clearance(boolean satisfied, List<String> challenges, List<Violation> warnings) {
    public Clearance {
      challenges = List.copyOf(challenges);
      warnings = List.copyOf(warnings);
    }
  }

  static final String BASIC_CHALLENGE = "Basic realm=\"*\"";
  static final String BEARER_CHALLENGE = "Bearer";
  static final String DIGEST_CHALLENGE = "Digest realm=\"*\", nonce=\"abc123\"";
  static final String NONE_CHALLENGE = "None";

  private static final Pattern BEARER = Pattern.compile("^Bearer\\s.+$");
  private static final Pattern DIGEST_PARAM = Pattern.compile("(?:'|\")([a-z0-9]*)(?:'|\")");
  private static final Clearance PASSED = new Clearance(true, List.of(), List.of());

  private final Map<String, SecurityScheme> schemes;

  public SecurityChecker(OpenAPI api) {
    this.schemes =
        api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
            ? Map.of()
            : Map.copyOf(api.getComponents().getSecuritySchemes());
  }

  /**
   * @param requirements the operation's effective security (null or empty: nothing required)
   */
  public Clearance check(MockRequest request, List<SecurityRequirement> requirements) {
    if (requirements == null || requirements.isEmpty()) {
      return PASSED;
    }
    List<String> challenges = new ArrayList<>();
    List<Violation> warnings = new ArrayList<>();
    for (SecurityRequirement alternative : requirements) {
      List<String> failedTags = new ArrayList<>();
      boolean allPassed = true;
      if (alternative.isEmpty()) {
        // "{}" = optional security: passes only while no Authorization header is sent
        if (request.header("authorization") != null) {
          allPassed = false;
          failedTags.add(NONE_CHALLENGE);
        }
      }
      for (String name : alternative.keySet()) {
        SecurityScheme scheme = schemes.get(name);
        SchemeResult result = scheme == null ? SchemeResult.PASS : checkScheme(request, scheme);
        if (result == SchemeResult.UNSUPPORTED) {
          warnings.add(
              new Violation(
                  List.of(),
                  Violation.Severity.Warning,
                  "",
                  "We currently do not support this type of security scheme."));
        } else if (result != SchemeResult.PASS) {
          allPassed = false;
          if (result.challenge != null) {
            failedTags.add(result.challenge);
          }
        }
      }
      if (allPassed) {
        return warnings.isEmpty() ? PASSED : new Clearance(true, List.of(), warnings);
      }
      challenges.addAll(failedTags);
    }
    return new Clearance(false, challenges, warnings);
  }

  private enum SchemeResult {
    PASS(null),
    UNSUPPORTED(null),
    FAIL_NO_CHALLENGE(null),
    FAIL_BASIC(BASIC_CHALLENGE),
    FAIL_BEARER(BEARER_CHALLENGE),
    FAIL_DIGEST(DIGEST_CHALLENGE),
    FAIL_OAUTH2("OAuth2"),
    FAIL_OPENID("OpenID");

    final String challenge;

    SchemeResult(String challenge) {
      this.challenge = challenge;
    }
  }

  private static SchemeResult checkScheme(MockRequest request, SecurityScheme scheme) {
    if (scheme.getType() == null) {
      return SchemeResult.UNSUPPORTED;
    }
    String authorization = request.header("authorization");
    return switch (scheme.getType()) {
      case APIKEY -> apiKey(request, scheme) ? SchemeResult.PASS : SchemeResult.FAIL_NO_CHALLENGE;
      case OAUTH2 -> bearer(authorization) ? SchemeResult.PASS : SchemeResult.FAIL_OAUTH2;
      case OPENIDCONNECT -> bearer(authorization) ? SchemeResult.PASS : SchemeResult.FAIL_OPENID;
      case HTTP -> http(authorization, scheme.getScheme());
      default -> SchemeResult.UNSUPPORTED;
    };
  }

  private static SchemeResult http(String authorization, String httpScheme) {
    String kind = httpScheme == null ? "" : httpScheme.toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "bearer" -> bearer(authorization) ? SchemeResult.PASS : SchemeResult.FAIL_BEARER;
      case "basic" ->
          schemeCheck(authorization, "basic", SecurityChecker::basicToken, SchemeResult.FAIL_BASIC);
      case "digest" ->
          schemeCheck(
              authorization, "digest", SecurityChecker::digestInfo, SchemeResult.FAIL_DIGEST);
      default -> SchemeResult.UNSUPPORTED;
    };
  }

  /**
   * Right scheme word but bad credentials fails without a challenge; a missing header or another
   * scheme word fails with the scheme's challenge (Prism's handlers do the same).
   */
  private static SchemeResult schemeCheck(
      String authorization,
      String expectedScheme,
      java.util.function.Predicate<String[]> credentialsOk,
      SchemeResult failure) {
    if (authorization == null || authorization.isEmpty()) {
      return failure;
    }
    String[] parts = authorization.split(" ", -1);
    if (!parts[0].toLowerCase(Locale.ROOT).equals(expectedScheme)) {
      return failure;
    }
    return credentialsOk.test(parts) ? SchemeResult.PASS : SchemeResult.FAIL_NO_CHALLENGE;
  }

  /** The keyword is case-sensitive in Prism 5.16.0 (observed: {@code bearer abc} is a 401). */
  static boolean bearer(String authorization) {
    return authorization != null && BEARER.matcher(authorization).matches();
  }

  /** A token that decodes (leniently, as Node's Buffer does) to text with exactly one colon. */
  static boolean basicToken(String[] parts) {
    if (parts.length < 2 || parts[1].isEmpty()) {
      return false;
    }
    String decoded = new String(lenientBase64(parts[1]), StandardCharsets.UTF_8);
    return decoded.indexOf(':') >= 0 && decoded.indexOf(':') == decoded.lastIndexOf(':');
  }

  private static boolean digestInfo(String[] parts) {
    if (parts.length < 2) {
      return false;
    }
    String info = String.join("", java.util.Arrays.asList(parts).subList(1, parts.length));
    for (String key : List.of("username=", "realm=", "nonce=", "uri=", "response=")) {
      if (!info.contains(key)) {
        return false;
      }
    }
    for (int i = 1; i < parts.length; i++) {
      if (!DIGEST_PARAM.matcher(parts[i]).find()) {
        return false;
      }
    }
    return true;
  }

  private static byte[] lenientBase64(String token) {
    StringBuilder clean = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '=') {
        break;
      }
      if (c == '-') {
        c = '+';
      } else if (c == '_') {
        c = '/';
      }
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '+'
          || c == '/') {
        clean.append(c);
      }
    }
    if (clean.length() % 4 == 1) {
      clean.setLength(clean.length() - 1); // a lone trailing sextet carries no whole byte
    }
    try {
      return Base64.getDecoder().decode(padded(clean));
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  private static String padded(StringBuilder b) {
    while (b.length() % 4 != 0) {
      b.append('=');
    }
    return b.toString();
  }

  private static boolean apiKey(MockRequest request, SecurityScheme scheme) {
    String name = scheme.getName() == null ? "" : scheme.getName();
    if (scheme.getIn() == null) {
      return false;
    }
    return switch (scheme.getIn()) {
      case HEADER -> {
        String value = request.header(name);
        yield value != null && !value.isEmpty();
      }
      case QUERY -> {
        String value = request.queryParam(name);
        yield value != null && !value.isEmpty();
      }
      case COOKIE -> {
        String cookie = request.header("cookie");
        yield cookie != null && Pattern.compile(Pattern.quote(name) + "=.+").matcher(cookie).find();
      }
    };
  }
}
