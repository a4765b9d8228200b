package dev.paycontract.mock.internal.negotiation;

import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the client asked for through {@code Prefer} (or, only when no {@code Prefer} header is
 * present, the {@code __code}, {@code __example}, {@code __dynamic}, {@code __seed} query
 * parameters). Prism section 7: preferences are separated by commas, a semicolon starts parameters
 * of the preceding preference (so later preferences on the same piece are lost), keys are
 * case-insensitive, the first occurrence wins, values may be double-quoted.
 *
 * @param code requested status (three digits), or null
 * @param example requested example key, or null
 * @param dynamic true/false when asked, null to follow the server's mode
 * @param seed seed for dynamic generation, or null
 */
public record Preferences(Integer code, String example, Boolean dynamic, String seed) {

  public static final Preferences NONE = new Preferences(null, null, null, null);

  /** Marks a bare token ({@code Prefer: code}), which Prism's parser reads as boolean true. */
  private static final String BARE = "\u0000true";

  private static final Outcome<Preferences> NOTHING_ASKED = Outcome.ok(NONE);

  public static Outcome<Preferences> from(MockRequest request) {
    List<String> prefer = request.headers().get("prefer");
    if ((prefer == null || prefer.isEmpty()) && request.query().isEmpty()) {
      return NOTHING_ASKED; // the common case: nothing to parse, nothing to allocate
    }
    Map<String, String> raw = new LinkedHashMap<>();
    if (prefer != null && !prefer.isEmpty()) {
      for (String piece : String.join(",", prefer).split(",")) {
        String preference = piece.split(";", 2)[0];
        int eq = preference.indexOf('=');
        String key =
            (eq < 0 ? preference : preference.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
          continue;
        }
        String value = eq < 0 ? BARE : unquote(preference.substring(eq + 1).trim());
        raw.putIfAbsent(key, value);
      }
    } else {
      for (String key : List.of("code", "example", "dynamic", "seed")) {
        String value = request.queryParam("__" + key);
        if (value != null) {
          raw.put(key, value);
        }
      }
    }
    return decode(raw);
  }

  private static Outcome<Preferences> decode(Map<String, String> raw) {
    Integer code = null;
    Boolean dynamic = null;
    for (String key : List.of("code", "example", "dynamic", "seed")) {
      String value = raw.get(key);
      if (BARE.equals(value)) {
        return invalid(key, "cannot decode true, should be string");
      }
    }
    String codeText = raw.get("code");
    if (codeText != null) {
      if (!codeText.matches("[0-9]{3}")) {
        return invalid("code", "cannot decode \"" + codeText + "\", should be a number");
      }
      code = Integer.parseInt(codeText);
    }
    String dynamicText = raw.get("dynamic");
    if (dynamicText != null) {
      if (!dynamicText.equals("true") && !dynamicText.equals("false")) {
        return invalid("dynamic", "cannot decode \"" + dynamicText + "\", should be a boolean");
      }
      dynamic = Boolean.valueOf(dynamicText);
    }
    return Outcome.ok(new Preferences(code, raw.get("example"), dynamic, raw.get("seed")));
  }

  private static Outcome<Preferences> invalid(String key, String reason) {
    return Outcome.failed(
        ProblemType.UNPROCESSABLE_ENTITY, "optional property \"" + key + "\"\n└─ " + reason);
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
