package dev.paycontract.mock.api;

import java.util.Objects;

/**
 * The stored resource a stateful response came from ({@code --stateful}), as the request journal
 * and the request log show it: {@code created /v2/order/{order_uuid}#6c9db5d4-...}.
 *
 * @param action what the request did to it
 * @param kind the member path template the resource is read at, mount prefix included
 * @param id the value of that path's id parameter
 */
public record ResourceRef(Action action, String kind, String id) {

  /** What a stateful request did with the store. */
  public enum Action {
    CREATED, READ, UPDATED, DELETED, MISSING;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ResourceRef {
    Objects.requireNonNull(action, "action == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(id, "id == null");
  }

  @Override
  public String toString() {
    return action + " " + kind + "#" + id;
  }
}
