package dev.paycontract.mock.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Where stateful mode keeps the resources creates made: the seam for a store shared by several
 * mock instances later (docs/adr/0022-stateful-mode-from-openapi-links.md). Only
 * {@link InMemoryResourceStore} exists now. Implementations are thread-safe; they may forget a
 * resource at any time (bounded size, TTL), never return one that was removed or cleared.
 */
public interface ResourceStore {

  /** The resource of this kind and id, if it is still kept. */
  Optional<StoredResource> find(String kind, String id);

  /** Stores or replaces the resource of this kind and id, stamped now; returns what was stored. */
  StoredResource put(String kind, String id, JsonNode body);

  /** Forgets the resource; true when it was kept. */
  boolean remove(String kind, String id);

  /** Forgets every resource (the reset endpoint, the JUnit extension's {@code resetState()}). */
  void clear();

  /** Every kept resource, oldest first. */
  List<StoredResource> all();
}
