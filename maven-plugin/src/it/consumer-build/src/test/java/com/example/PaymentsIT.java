package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

class PaymentsIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void getPayment_contractMock_answersTheSpecExample() throws Exception {
    HttpResponse<String> r = get(System.getProperty("contract.url") + "/payments/pay_123");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"paid\""), r.body());
  }

  @Test
  void getPayment_upstreamMock_answersTheDriftedExample() throws Exception {
    HttpResponse<String> r = get(System.getProperty("upstream.url") + "/payments/pay_123");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"settled\""), r.body());
  }

  @Test
  @EnabledIfSystemProperty(named = "it.fail", matches = "true")
  void deliberatelyFailing_whenAsked() throws Exception {
    HttpResponse<String> r = get(System.getProperty("contract.url") + "/payments/pay_123");
    assertEquals(418, r.statusCode(), "this test fails on purpose (-Dit.fail=true)");
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
