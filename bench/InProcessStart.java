import dev.paycontract.mock.MockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * In-process start of a mock in a warm JVM, as a test suite does it: builds and starts a
 * MockServer on port 0 twenty times (stopping each), checks every instance answers, and prints the
 * time of build()+start() for starts 11-20 as TSV rows ({@code inprocess sezzle mock <n> ms <v>}).
 *
 * <pre>java -cp mock-server/target/mock-server.jar bench/InProcessStart.java SPEC PATH [AUTH]</pre>
 */
public class InProcessStart {
  static final int STARTS = 20;
  static final int REPORTED_FROM = 11;

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 2) {
      System.err.println("usage: InProcessStart SPEC GET_PATH [AUTHORIZATION]");
      System.exit(2);
    }
    Path spec = Path.of(args[0]);
    String auth = args.length > 2 ? args[2] : "bench-token";
    HttpClient http = HttpClient.newHttpClient();
    for (int n = 1; n <= STARTS; n++) {
      long t0 = System.nanoTime();
      MockServer mock = MockServer.builder().spec(spec).port(0).build().start();
      double ms = (System.nanoTime() - t0) / 1e6;
      try (mock) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(mock.baseUrl() + args[1])).header("Authorization", auth).build();
        int status = http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
          System.err.println("error: start " + n + " answered GET " + args[1] + " with " + status + ", expected 200");
          System.exit(1);
        }
      }
      if (n == 1) {
        System.out.printf("inprocess\tsezzle\tmock\t%d\tfirst_ms\t%.1f%n", n, ms);
      } else if (n >= REPORTED_FROM) {
        System.out.printf("inprocess\tsezzle\tmock\t%d\tms\t%.1f%n", n, ms);
      }
    }
  }
}
