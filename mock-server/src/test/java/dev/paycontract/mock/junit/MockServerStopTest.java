package dev.paycontract.mock.junit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The mock is stopped once the tests of the class that started it are done. */
class MockServerStopTest {

  @Test
  void afterAll_portIsClosed() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(UsesTheMock.class))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.started(2).succeeded(2));

    assertThatThrownBy(() -> {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", UsesTheMock.port), 2000);
      }
    }).isInstanceOf(ConnectException.class);
  }

  /** Run only through the test kit above (surefire skips nested classes). */
  static class UsesTheMock {

    static volatile int port;

    @RegisterExtension static MockServerExtension mock = MockServerExtension.withSpecs(MockServerExtensionTest.SPEC);

    @Test
    void first() throws Exception {
      port = mock.server().port();
      try (Socket socket = new Socket("127.0.0.1", port)) {
        // open while the class runs
      }
    }

    @Test
    void second() {
      org.assertj.core.api.Assertions.assertThat(mock.server().port()).isPositive();
    }
  }
}
