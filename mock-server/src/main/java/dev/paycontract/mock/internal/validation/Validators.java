package dev.paycontract.mock.internal.validation;

import dev.paycontract.mock.internal.spec.LoadedSpec;
import java.util.Objects;

/**
 * The request and response validators of one spec, built over one Atlassian set-up: its schema
 * validator serialises the spec's components and prepares the JSON Schema dialect, the largest part
 * of a validator's construction, so a spec pays for it once instead of twice: on first use, or when
 * {@link RequestValidator#prepare()} asks for it (ADR 0029).
 *
 * <pre>{@code
 * Validators v = Validators.of(spec);
 * v.request().validate(request, routed);
 * }</pre>
 */
public record Validators(RequestValidator request, ResponseValidator response) {

  public Validators {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(response, "response == null");
  }

  public static Validators of(LoadedSpec spec) {
    return of(spec, false);
  }

  /**
   * @param likePrism skip what Prism's validator cannot compile, as Prism does ({@link
   *     PrismCompileGaps}, {@code --validate-like-prism})
   */
  public static Validators of(LoadedSpec spec, boolean likePrism) {
    Objects.requireNonNull(spec, "spec == null");
    AtlassianSetup atlassian = new AtlassianSetup(spec.openApi());
    return new Validators(
        new RequestValidator(spec, atlassian, likePrism),
        new ResponseValidator(spec, atlassian, likePrism));
  }
}
