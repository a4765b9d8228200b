package dev.paycontract.client.examples;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;

/**
 * One provider's parsed spec and where its generated code lives.
 *
 * @param provider the provider's name, also the last segment of its Java packages ({@code sezzle})
 * @param resource the classpath resource the spec was read from
 * @param api the spec, parsed with internal references kept (so model names stay visible)
 */
public record ProviderSpec(String provider, String resource, OpenAPI api) {

  String modelPackage() {
    return "dev.paycontract.client." + provider + ".model";
  }

  String apiPackage() {
    return "dev.paycontract.client." + provider + ".api";
  }

  String invokerPackage() {
    return "dev.paycontract.client." + provider + ".invoker";
  }

  /** Follows {@code #/components/schemas/X} references; any other schema is returned as is. */
  @SuppressWarnings("rawtypes")
  public Schema resolve(Schema schema) {
    Schema current = schema;
    for (int hops = 0; current != null && current.get$ref() != null; hops++) {
      if (hops > 20) {
        throw new IllegalStateException(resource + ": $ref cycle at " + schema.get$ref());
      }
      String name = refName(current.get$ref());
      Map<String, Schema> schemas = api.getComponents().getSchemas();
      Schema next = schemas == null ? null : schemas.get(name);
      if (next == null) {
        throw new IllegalStateException(resource + ": unresolved $ref " + current.get$ref());
      }
      current = next;
    }
    return current;
  }

  static String refName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
