package dev.paycontract.mock.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The resources of one mock server, in memory: at most {@code capacity} (the oldest stored is
 * evicted first), each forgotten {@code ttl} after it was last stored. Synchronised: a mock's
 * request rate makes a lock cheaper than anything cleverer.
 */
public final class InMemoryResourceStore implements ResourceStore {

  /** Default cap: plenty for a test suite or a day of frontend work, a few MB at most. */
  public static final int DEFAULT_CAPACITY = 10_000;

  /** Default time to live after the last create or update. */
  public static final Duration DEFAULT_TTL = Duration.ofHours(1);

  private record Key(String kind, String id) {}

  private final int capacity;
  private final Duration ttl;
  private final Clock clock;
  /** Insertion order = storage order: a put removes and re-adds, so the first entry is the oldest. */
  private final Map<Key, StoredResource> kept = new LinkedHashMap<>();

  public InMemoryResourceStore() {
    this(DEFAULT_CAPACITY, DEFAULT_TTL, Clock.systemUTC());
  }

  public InMemoryResourceStore(int capacity, Duration ttl, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity < 1: " + capacity);
    }
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl <= 0: " + ttl);
    }
    this.capacity = capacity;
    this.ttl = ttl;
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  @Override
  public synchronized Optional<StoredResource> find(String kind, String id) {
    expire();
    return Optional.ofNullable(kept.get(new Key(kind, id)));
  }

  @Override
  public synchronized StoredResource put(String kind, String id, JsonNode body) {
    expire();
    StoredResource resource = new StoredResource(kind, id, body, clock.instant());
    Key key = new Key(kind, id);
    kept.remove(key);
    kept.put(key, resource);
    Iterator<StoredResource> oldest = kept.values().iterator();
    while (kept.size() > capacity) {
      oldest.next();
      oldest.remove();
    }
    return resource;
  }

  @Override
  public synchronized boolean remove(String kind, String id) {
    expire();
    return kept.remove(new Key(kind, id)) != null;
  }

  @Override
  public synchronized void clear() {
    kept.clear();
  }

  @Override
  public synchronized List<StoredResource> all() {
    expire();
    return new ArrayList<>(kept.values());
  }

  /** Entries are in storage order, so expiry stops at the first one still alive. */
  private void expire() {
    Instant cutoff = clock.instant().minus(ttl);
    Iterator<StoredResource> it = kept.values().iterator();
    while (it.hasNext()) {
      if (it.next().storedAt().isAfter(cutoff)) {
        return;
      }
      it.remove();
    }
  }
}
