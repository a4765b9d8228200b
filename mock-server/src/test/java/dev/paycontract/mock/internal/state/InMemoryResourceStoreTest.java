package dev.paycontract.mock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The in-memory store: bounded, oldest evicted, forgotten after the TTL, cleared on reset. */
class InMemoryResourceStoreTest {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final ManualClock clock = new ManualClock();
  final InMemoryResourceStore store = new InMemoryResourceStore(2, Duration.ofMinutes(10), clock);

  @Test
  void put_thenFind_returnsTheResourceStampedNow() {
    store.put("/items/{id}", "1", TextNode.valueOf("a"));
    assertThat(store.find("/items/{id}", "1")).hasValueSatisfying(r -> {
      assertThat(r.body().asText()).isEqualTo("a");
      assertThat(r.storedAt()).isEqualTo(clock.now);
    });
    assertThat(store.find("/other/{id}", "1")).isEmpty();
  }

  @Test
  void put_beyondCapacity_evictsTheOldest() {
    store.put("k", "1", TextNode.valueOf("a"));
    store.put("k", "2", TextNode.valueOf("b"));
    store.put("k", "1", TextNode.valueOf("a2")); // an update makes "1" the newest
    store.put("k", "3", TextNode.valueOf("c"));

    assertThat(store.find("k", "2")).isEmpty();
    assertThat(store.all()).extracting(StoredResource::id).containsExactly("1", "3");
  }

  @Test
  void find_afterTtl_forgetsTheResource() {
    store.put("k", "1", TextNode.valueOf("a"));
    clock.now = clock.now.plus(Duration.ofMinutes(9));
    store.put("k", "2", TextNode.valueOf("b"));
    clock.now = clock.now.plus(Duration.ofMinutes(2));

    assertThat(store.find("k", "1")).isEmpty();
    assertThat(store.find("k", "2")).isPresent();
  }

  @Test
  void removeAndClear_forget() {
    store.put("k", "1", TextNode.valueOf("a"));
    store.put("k", "2", TextNode.valueOf("b"));
    assertThat(store.remove("k", "1")).isTrue();
    assertThat(store.remove("k", "1")).isFalse();
    store.clear();
    assertThat(store.all()).isEmpty();
  }

  @Test
  void constructor_badLimits_areRefused() {
    assertThatThrownBy(() -> new InMemoryResourceStore(0, Duration.ofMinutes(1), clock)).hasMessage("capacity < 1: 0");
    assertThatThrownBy(() -> new InMemoryResourceStore(1, Duration.ZERO, clock)).hasMessage("ttl <= 0: PT0S");
  }
}
