package dev.paycontract.mock.verify;

import dev.paycontract.mock.internal.spec.LoadedSpec;
import io.swagger.v3.oas.models.Operation;
import java.util.List;
import java.util.Map;

/**
 * One request to send.
 *
 * @param spec the spec the operation belongs to
 * @param pathTemplate the path key ({@code /payments/{id}})
 * @param method upper case
 * @param operation the operation
 * @param name how reports name the case
 * @param parameters parameter texts by {@code "<in> <name>"}
 * @param mediaType the body's media type, or null
 * @param body the body bytes (empty for none)
 * @param broken for a negative case, the location broken ({@code ["body","intent"]}); null for a
 *     valid request
 */
record VerifyCase(
    LoadedSpec spec,
    String pathTemplate,
    String method,
    Operation operation,
    String name,
    Map<String, String> parameters,
    String mediaType,
    byte[] body,
    List<String> broken) {

  boolean negative() {
    return broken != null;
  }

  /** The operation's JSON pointer: {@code /paths/~1payments~1{id}/get}. */
  String pointer() {
    return "/paths/"
        + Pointers.escape(pathTemplate)
        + "/"
        + method.toLowerCase(java.util.Locale.ROOT);
  }
}
