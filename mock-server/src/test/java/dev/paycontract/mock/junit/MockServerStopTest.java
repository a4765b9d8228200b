package dev.paycontract.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.paycontract.mock.MockServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The mock is stopped once the tests of the class that started it are done. */
class MockServerStopTest {

  /**
   * Asserts what "stopped" means: the server says it is not running and its port can be bound
   * again. The old check expected a refused connection to the freed port, which also fails when
   * anything else on the machine (a build beside this one, a browser or a Prism of another test)
   * listens on that port by then: it failed in full runs and passed alone.
   */
  @Test
  void afterAll_serverStoppedAndPortReleased() throws IOException {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(UsesTheMock.class))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(UsesTheMock.server.isRunning()).as("the mock after its class").isFalse();
    try (ServerSocket again =
        new ServerSocket(UsesTheMock.port, 1, InetAddress.getLoopbackAddress())) {
      assertThat(again.getLocalPort())
          .as("the mock's port, free again")
          .isEqualTo(UsesTheMock.port);
    }
  }

  /** Run only through the test kit above (surefire skips nested classes). */
  static class UsesTheMock {

    static volatile int port;
    static volatile MockServer server;

    @RegisterExtension
    static MockServerExtension mock = MockServerExtension.withSpecs(MockServerExtensionTest.SPEC);

    @Test
    void first() throws Exception {
      server = mock.server();
      port = server.port();
      try (Socket socket = new Socket("127.0.0.1", port)) {
        assertThat(socket.isConnected()).as("open while the class runs").isTrue();
      }
    }

    @Test
    void second() {
      assertThat(mock.server().isRunning()).isTrue();
    }
  }
}
