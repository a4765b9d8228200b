package dev.paycontract.mock.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;

/**
 * The stored resource as a read (or an update) answers it: the read's response schema may differ
 * from the create's (Sezzle: {@code CustomerOrder} then {@code Order}). Properties the read's
 * schema forbids ({@code additionalProperties: false}) are dropped; required properties the
 * resource lacks are taken from the body the read would have answered without state.
 */
public final class ReadView {

  private final Refs refs;

  public ReadView(Refs refs) {
    this.refs = refs;
  }

  @SuppressWarnings("rawtypes")
  public JsonNode of(JsonNode stored, Schema<?> readSchema, JsonNode statelessBody) {
    Schema s = refs.schema(readSchema);
    if (!stored.isObject() || s == null) {
      return stored.deepCopy();
    }
    ObjectNode view = (ObjectNode) stored.deepCopy();
    if (Boolean.FALSE.equals(s.getAdditionalProperties()) && s.getProperties() != null) {
      for (Iterator<String> it = view.fieldNames(); it.hasNext(); ) {
        if (!s.getProperties().containsKey(it.next())) {
          it.remove();
        }
      }
    }
    if (s.getRequired() != null && statelessBody != null && statelessBody.isObject()) {
      for (Object name : s.getRequired()) {
        String n = (String) name;
        if (!view.has(n) && statelessBody.has(n)) {
          view.set(n, statelessBody.get(n).deepCopy());
        }
      }
    }
    return view;
  }
}
