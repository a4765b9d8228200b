package dev.paycontract.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.internal.spec.LoadedSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The library's schema validator is built on first use (ADR 0029): once per spec, whichever thread
 * gets there first, with the same verdicts as when it was built up front.
 */
class AtlassianSetupTest {

  private static final LoadedSpec SPEC = Fixtures.spec("api-with-body-constraints.yaml");
  private static final String VALID =
      "{\"intent\":\"AUTH\",\"order_amount\":{\"amount_in_cents\":100,\"currency\":\"USD\"}}";

  private static RequestVerdict post(RequestValidator validator, String json) {
    return validator.validate(
        Fixtures.request("POST", "/orders").json(json).build(),
        Fixtures.route(SPEC, "POST", "/orders"));
  }

  @Test
  void schemas_threadsRacingForIt_buildOneValidator() throws Exception {
    AtlassianSetup setup = new AtlassianSetup(SPEC.openApi());
    int threads = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Object>> built = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        boolean schemaValidator = i % 2 == 0;
        built.add(
            pool.submit(
                () -> {
                  go.await();
                  return schemaValidator ? setup.schemas() : setup.parameters();
                }));
      }
      go.countDown();
      for (int i = 0; i < threads; i++) {
        // every thread got the one instance kept
        assertThat(built.get(i).get(30, TimeUnit.SECONDS))
            .isSameAs(i % 2 == 0 ? setup.schemas() : setup.parameters());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void validate_beforeAndAfterPrepare_givesTheSameVerdicts() {
    RequestValidator lazy = Validators.of(SPEC).request();
    RequestVerdict firstUse = post(lazy, VALID.replace("100", "99"));

    RequestValidator prepared = Validators.of(SPEC).request();
    prepared.prepare();
    prepared.prepare();

    assertThat(post(prepared, VALID.replace("100", "99"))).isEqualTo(firstUse);
    assertThat(firstUse.violations()).extracting("code").containsExactly("minimum");
    assertThat(post(prepared, VALID)).isInstanceOf(RequestVerdict.Valid.class);
  }

  @Test
  void validate_whilePreparedOnAnotherThread_answersEveryRequest() throws Exception {
    RequestValidator validator = Validators.of(SPEC).request();
    Thread preparing = Thread.ofPlatform().start(validator::prepare);

    RequestVerdict verdict = post(validator, VALID.replace("AUTH", "SALE"));
    preparing.join(30_000);

    assertThat(verdict.violations()).extracting("code").containsExactly("enum");
  }
}
