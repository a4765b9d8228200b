package dev.paycontract.mock.internal.spec;

import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A spec that parsed and passed the start-up checks.
 *
 * @param file the root document it was read from (for messages)
 * @param openApi the parsed model; local and file {@code $ref}s resolved, {@code $ref}s to
 *     component responses, parameters, request bodies, headers and examples replaced by the
 *     components themselves (schema {@code $ref}s stay), root-level {@code security} already copied
 *     into every operation that declares none
 * @param mountPrefix path prefix the spec is served under ("" when mounted at the root)
 */
public record LoadedSpec(Path file, OpenAPI openApi, String mountPrefix) {

  public LoadedSpec {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(openApi, "openApi == null");
    mountPrefix = mountPrefix == null ? "" : mountPrefix;
  }
}
