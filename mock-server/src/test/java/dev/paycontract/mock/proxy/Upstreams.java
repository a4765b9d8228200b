package dev.paycontract.mock.proxy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/** Loopback upstreams for the proxy tests, each on port 0, for {@code verify/payments.yaml}. */
public final class Upstreams {

  private Upstreams() {}

  /** What an HTTP upstream received. */
  record Received(String method, String uri, Headers headers, String body) {}

  /** An HTTP upstream; {@code drifted} plants three drifts (see {@link #answer}). */
  public static final class Http implements AutoCloseable {
    private final HttpServer server;
    private final boolean drifted;
    final List<Received> received = new CopyOnWriteArrayList<>();

    public Http(boolean drifted) throws IOException {
      this.drifted = drifted;
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", this::answer);
      server.start();
    }

    public URI uri() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange ex) throws IOException {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(
          new Received(
              ex.getRequestMethod(), ex.getRequestURI().toString(), ex.getRequestHeaders(), body));
      String path = ex.getRequestURI().getPath();
      switch (ex.getRequestMethod() + " " + path) {
        case "GET /payments/pay_1" ->
            json(
                ex,
                200,
                drifted
                    ? "{\"id\":\"pay_1\",\"status\":\"AUTHORIZED\"}"
                    : "{\"id\":\"pay_1\",\"status\":\"AUTHORIZED\",\"amount\":100}",
                false);
        case "GET /payments/gzip" ->
            json(ex, 200, "{\"id\":\"pay_1\",\"status\":\"AUTHORIZED\",\"amount\":100}", true);
        case "POST /payments" ->
            json(
                ex,
                201,
                drifted
                    ? "{\"id\":\"pay_2\",\"status\":\"DONE\",\"amount\":100}"
                    : "{\"id\":\"pay_2\",\"status\":\"AUTHORIZED\",\"amount\":100}",
                false);
        case "GET /health" -> json(ex, drifted ? 202 : 200, "{\"ok\":true}", false);
        case "GET /notimpl" -> json(ex, 501, "{\"message\":\"later\"}", false);
        default -> json(ex, 404, "{\"message\":\"no such thing\"}", false);
      }
    }

    /** Sends chunked (length 0), gzip-encoded when asked. */
    private static void json(HttpExchange ex, int status, String json, boolean gzip)
        throws IOException {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.getResponseHeaders().set("X-Upstream", "yes");
      ex.getResponseHeaders().set("Keep-Alive", "timeout=5");
      if (gzip) {
        var out = new ByteArrayOutputStream();
        try (var z = new GZIPOutputStream(out)) {
          z.write(bytes);
        }
        bytes = out.toByteArray();
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
      }
      ex.sendResponseHeaders(status, 0); // chunked
      try (var out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  /** Accepts connections and then either never answers ({@code hang}) or closes them at once. */
  static final class Socketed implements AutoCloseable {
    private final ServerSocket socket;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    Socketed(boolean hang) throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread t =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try {
                    Socket s = socket.accept();
                    if (hang) {
                      open.add(s);
                    } else {
                      s.getInputStream().read(new byte[1024]);
                      s.close();
                    }
                  } catch (IOException e) {
                    return;
                  }
                }
              },
              "test-upstream");
      t.setDaemon(true);
      t.start();
    }

    public URI uri() {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    @Override
    public void close() throws IOException {
      socket.close();
      for (Socket s : open) {
        s.close();
      }
    }
  }
}
