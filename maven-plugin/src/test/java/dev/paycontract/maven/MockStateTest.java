package dev.paycontract.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockStateTest {

  @TempDir Path tmp;

  @Test
  void saveLoad_roundTrip_keepsEveryField() throws IOException {
    ProcessHandle self = ProcessHandle.current();
    MockState state =
        new MockState(
            "contract",
            self.pid(),
            self.info().startInstant().orElse(null),
            "http://127.0.0.1:4010",
            4010);

    state.save(tmp);

    assertThat(MockState.load(MockState.file(tmp, "contract"))).contains(state);
    assertThat(MockState.all(tmp)).containsExactly(tmp.resolve("contract.mock"));
    assertThat(state.process()).isPresent();
  }

  @Test
  void process_pidReusedByAnotherProcess_isNotOurs() {
    ProcessHandle self = ProcessHandle.current();
    MockState state =
        new MockState("contract", self.pid(), Instant.EPOCH, "http://127.0.0.1:4010", 4010);

    assertThat(state.process()).isEmpty();
  }
}
