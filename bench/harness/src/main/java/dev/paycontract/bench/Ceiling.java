package dev.paycontract.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The ceiling: a bare Javalin 7 app, configured like the mock's adapter (virtual threads), that
 * answers the benchmark's routes with bytes serialised once at start from the spec's examples. The
 * POST handler does the least any validating server must do: read the body, parse the JSON and
 * compare one number with the schema's minimum. No routing engine, no validator, no logging.
 *
 * <pre>java -cp bench-harness.jar dev.paycontract.bench.Ceiling SPEC PORT</pre>
 */
public final class Ceiling {
  private static final String JSON = "application/json";

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: Ceiling SPEC PORT");
      System.exit(2);
    }
    Workload w = WorkloadLoader.load(Path.of(args[0]));
    ObjectMapper mapper = new ObjectMapper();
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.jetty.host = "127.0.0.1";
              cfg.jetty.port = Integer.parseInt(args[1]);
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.concurrency.useVirtualThreads = true;
              cfg.routes.get(w.orderTemplate(), ctx -> send(ctx, 200, w.orderBody()));
              cfg.routes.post(
                  w.customerTemplate(),
                  ctx -> {
                    JsonNode body = mapper.readTree(ctx.bodyAsBytes());
                    long amount = body.path("order_amount").path("amount_in_cents").asLong(-1);
                    if (amount >= w.minimumAmount()) {
                      send(ctx, 200, w.createdBody());
                    } else {
                      send(ctx, 422, w.rejectedBody());
                    }
                  });
            });
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
    app.start();
    System.out.println("ceiling listening on http://127.0.0.1:" + app.port());
  }

  private static void send(Context ctx, int status, byte[] body) throws IOException {
    ctx.status(status).contentType(JSON);
    ctx.res().setContentLength(body.length);
    ctx.res().getOutputStream().write(body);
  }
}
