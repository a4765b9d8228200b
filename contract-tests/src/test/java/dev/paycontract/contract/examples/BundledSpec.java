package dev.paycontract.contract.examples;

import dev.paycontract.client.examples.ProviderSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * One spec of the {@code paycontract-specs} artifact.
 *
 * @param provider the provider's name, also the last segment of its client packages ({@code
 *     sezzle})
 * @param resource the classpath resource it was read from
 * @param yaml the spec text, as shipped
 * @param api the spec parsed with internal references kept
 */
record BundledSpec(String provider, String resource, String yaml, OpenAPI api) {

  /** The same spec in the shape the client's example comparison takes. */
  ProviderSpec providerSpec() {
    return new ProviderSpec(provider, resource, api);
  }

  /** Follows {@code #/components/schemas/X} references; any other schema is returned as is. */
  @SuppressWarnings("rawtypes")
  Schema resolve(Schema schema) {
    return providerSpec().resolve(schema);
  }

  /** The file name the spec has in the artifact, e.g. {@code sezzle.yaml}. */
  String fileName() {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }
}
