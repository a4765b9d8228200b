package dev.paycontract.mock.diff;

import static dev.paycontract.mock.diff.ChangeLines.codes;
import static dev.paycontract.mock.diff.ChangeLines.nullToEmpty;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.openapitools.openapidiff.core.model.ChangedSecurityRequirement;
import org.openapitools.openapidiff.core.model.ChangedSecurityRequirements;
import org.openapitools.openapidiff.core.model.ChangedSecurityScheme;

/** Phrases incompatible changes to an operation's security requirements and their schemes. */
final class SecurityChangeWording {

  private final ChangeLines lines;
  private final OpenAPI oldSpec;
  private final OpenAPI newSpec;

  SecurityChangeWording(ChangeLines lines, OpenAPI oldSpec, OpenAPI newSpec) {
    this.lines = lines;
    this.oldSpec = oldSpec;
    this.newSpec = newSpec;
  }

  void security(ChangedSecurityRequirements security) {
    lines.guarded(
        security,
        "security",
        () -> {
          List<SecurityRequirement> missing = nullToEmpty(security.getMissing());
          for (SecurityRequirement added : nullToEmpty(security.getIncreased())) {
            // openapi-diff matches requirements by scheme, so a scheme whose type or location
            // changed shows as one requirement removed and one added under the same name.
            boolean sameName =
                missing.stream().anyMatch(old -> old.keySet().equals(added.keySet()));
            if (sameName && added.size() == 1) {
              schemeRenamedOrMoved(added.keySet().iterator().next());
            } else {
              lines.add(null, "new security requirement " + codes(List.copyOf(added.keySet())));
            }
          }
          for (ChangedSecurityRequirement changed : nullToEmpty(security.getChanged())) {
            requirement(changed);
          }
        });
  }

  private void requirement(ChangedSecurityRequirement changed) {
    // The same shape inside one requirement: a scheme listed as both missing and added.
    SecurityRequirement gone =
        changed.getMissing() == null ? new SecurityRequirement() : changed.getMissing();
    SecurityRequirement come =
        changed.getIncreased() == null ? new SecurityRequirement() : changed.getIncreased();
    for (String name : come.keySet()) {
      if (gone.containsKey(name)) {
        schemeRenamedOrMoved(name);
      } else {
        lines.add(null, "new security requirement `" + name + "`");
      }
    }
    var names = changed.getNewSecurityRequirement().keySet();
    for (ChangedSecurityScheme scheme : nullToEmpty(changed.getChanged())) {
      if (scheme.isIncompatible() && names.size() == 1) {
        schemeChanged(
            names.iterator().next(), scheme.getOldSecurityScheme(), scheme.getNewSecurityScheme());
      }
    }
  }

  private void schemeRenamedOrMoved(String name) {
    schemeChanged(name, scheme(oldSpec, name), scheme(newSpec, name));
  }

  /** Phrased only when the scheme's description differs; scope and OAuth flow changes fall back. */
  private void schemeChanged(String name, SecurityScheme oldScheme, SecurityScheme newScheme) {
    String before = describe(oldScheme);
    String after = describe(newScheme);
    if (!before.equals(after)) {
      lines.add(null, "security scheme `" + name + "` changed from " + before + " to " + after);
    }
  }

  private static SecurityScheme scheme(OpenAPI spec, String name) {
    return spec.getComponents() == null || spec.getComponents().getSecuritySchemes() == null
        ? null
        : spec.getComponents().getSecuritySchemes().get(name);
  }

  /** "API key in header `Authorization`", "HTTP bearer", "OAuth2". */
  private static String describe(SecurityScheme scheme) {
    if (scheme == null || scheme.getType() == null) {
      return "(undefined)";
    }
    return switch (scheme.getType()) {
      case APIKEY -> "API key in " + scheme.getIn() + " `" + scheme.getName() + "`";
      case HTTP ->
          "HTTP "
              + scheme.getScheme()
              + (scheme.getBearerFormat() == null ? "" : " (" + scheme.getBearerFormat() + ")");
      case OAUTH2 -> "OAuth2";
      case OPENIDCONNECT -> "OpenID Connect " + scheme.getOpenIdConnectUrl();
      case MUTUALTLS -> "mutual TLS";
    };
  }
}
