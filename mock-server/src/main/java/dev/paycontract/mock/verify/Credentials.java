package dev.paycontract.mock.verify;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The credential values of an operation's first security requirement, as headers, query parameters
 * and cookies keyed {@code "<in> <name>"}. Values come from the options, else from {@code
 * PAYCONTRACT_CREDENTIAL_<SCHEME>} in the environment, else a placeholder (enough for the mock,
 * which only checks presence).
 */
final class Credentials {

  static final String PLACEHOLDER = "paycontract-verify-credential";

  private final Map<String, String> given;
  private final Map<String, String> environment;

  Credentials(Map<String, String> given, Map<String, String> environment) {
    this.given = given;
    this.environment = environment;
  }

  /** {@code sezzle-auth} -> {@code PAYCONTRACT_CREDENTIAL_SEZZLE_AUTH}. */
  static String environmentName(String scheme) {
    return "PAYCONTRACT_CREDENTIAL_" + scheme.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  Map<String, String> of(OpenAPI api, Operation operation) {
    Map<String, String> out = new LinkedHashMap<>();
    List<SecurityRequirement> requirements =
        operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
    if (requirements == null
        || requirements.isEmpty()
        || api.getComponents() == null
        || api.getComponents().getSecuritySchemes() == null) {
      return out;
    }
    for (String name : requirements.get(0).keySet()) {
      SecurityScheme scheme = api.getComponents().getSecuritySchemes().get(name);
      if (scheme == null || scheme.getType() == null) {
        continue;
      }
      String value =
          given.getOrDefault(name, environment.getOrDefault(environmentName(name), PLACEHOLDER));
      switch (scheme.getType()) {
        case APIKEY -> out.put(scheme.getIn().toString() + " " + scheme.getName(), value);
        case HTTP ->
            out.put(
                "header Authorization",
                "basic".equalsIgnoreCase(scheme.getScheme())
                    ? "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (value.contains(":") ? value : value + ":" + value)
                                    .getBytes(StandardCharsets.UTF_8))
                    : "Bearer " + value);
        default ->
            out.put("header Authorization", "Bearer " + value); // oauth2 / openIdConnect: a token
      }
    }
    return out;
  }
}
