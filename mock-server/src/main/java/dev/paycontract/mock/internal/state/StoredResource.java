package dev.paycontract.mock.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One resource a create stored.
 *
 * @param kind the collection it belongs to: the member path template with any mount prefix
 *     ({@code /v2/order/{order_uuid}})
 * @param id the value of the member path parameter that reads it back
 * @param body the resource as the create answered it (and later updates changed it); never
 *     handed out for change, callers {@code deepCopy()} before editing
 * @param storedAt when it was created or last updated (for the TTL)
 */
public record StoredResource(String kind, String id, JsonNode body, Instant storedAt) {

  public StoredResource {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(storedAt, "storedAt == null");
  }
}
