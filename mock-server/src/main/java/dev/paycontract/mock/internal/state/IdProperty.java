package dev.paycontract.mock.internal.state;

import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Locale;
import java.util.Map;

/**
 * Infers which property of a create's response is the id a member path parameter takes: the
 * property named like the parameter ({@code item_id}), else the parameter's last word
 * ({@code order_uuid} -> {@code uuid}, {@code itemId} -> {@code id}), else {@code id}.
 */
final class IdProperty {

  private IdProperty() {}

  /** The matching top-level property of {@code schema}, or null when none matches. */
  @SuppressWarnings("rawtypes")
  static String matching(String param, Schema<?> schema, Refs refs) {
    if (schema == null || schema.getProperties() == null) {
      return null;
    }
    Map<String, Schema> props = schema.getProperties();
    for (String candidate : new String[] {param, lastWord(param), "id"}) {
      if (candidate != null && props.containsKey(candidate) && isScalar(refs.schema(props.get(candidate)))) {
        return candidate;
      }
    }
    return null;
  }

  /** {@code order_uuid} -> {@code uuid}, {@code itemId} -> {@code id}, {@code id} -> null. */
  static String lastWord(String param) {
    int cut = Math.max(Math.max(param.lastIndexOf('_'), param.lastIndexOf('-')), -1);
    if (cut >= 0 && cut < param.length() - 1) {
      return param.substring(cut + 1);
    }
    for (int i = param.length() - 1; i > 0; i--) {
      if (Character.isUpperCase(param.charAt(i))) {
        return param.substring(i).toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  @SuppressWarnings("rawtypes")
  private static boolean isScalar(Schema s) {
    String type = s == null ? null : s.getType();
    if (type == null && s != null && s.getTypes() != null && !s.getTypes().isEmpty()) {
      type = (String) s.getTypes().iterator().next();
    }
    return "string".equals(type) || "integer".equals(type) || "number".equals(type);
  }
}
