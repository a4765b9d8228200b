package dev.paycontract.mock.robustness;

import static dev.paycontract.mock.robustness.RawCase.ascii;
import static dev.paycontract.mock.robustness.RawCase.concat;
import static dev.paycontract.mock.robustness.RawCase.get;
import static dev.paycontract.mock.robustness.RawCase.post;
import static dev.paycontract.mock.robustness.RawCase.postJson;

import dev.paycontract.mock.robustness.RawCase.Delivery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The malformed-request corpus, aimed at {@code robustness/api-robust.yaml}: what clients, proxies
 * and fuzzers really send. Each case names the answer the mock must give; the same bytes are
 * replayed against Prism for docs/robustness.md.
 */
final class RobustnessCorpus {

  static final String SPEC = "src/test/resources/robustness/api-robust.yaml";
  private static final String VALID_ORDER = "{\"amount\":100,\"currency\":\"EUR\"}";

  private RobustnessCorpus() {}

  static List<RawCase> cases() {
    List<RawCase> c = new ArrayList<>();
    invalidJson(c);
    lengths(c);
    chunked(c);
    slow(c);
    sizes(c);
    nesting(c);
    utf8AndNul(c);
    percent(c);
    urlsAndHeaders(c);
    methods(c);
    versions(c);
    encodings(c);
    return c;
  }

  private static void invalidJson(List<RawCase> c) {
    String[][] bad = {
      {"open-brace", "{"},
      {"close-brace", "}"},
      {"missing-value", "{\"amount\":}"},
      {"trailing-comma", "{\"amount\":1,}"},
      {"unclosed-array", "[1,2"},
      {"single-quotes", "{'amount':1}"},
      {"extra-brace", "{\"amount\":1}}"},
      {"bare-word", "nul"},
      {"nan", "{\"amount\":NaN}"},
      {"infinity", "{\"amount\":Infinity}"},
      {"leading-zero", "{\"amount\":01}"},
      {"dot-no-digits", "{\"amount\":1.}"},
      {"leading-dot", "{\"amount\":.5}"},
      {"bad-escape", "{\"currency\":\"\\x\"}"},
      {"short-unicode-escape", "{\"currency\":\"\\u12\"}"},
      {"unterminated-string", "{\"currency\":\"EUR"},
      {"no-colon", "{\"amount\" 1}"},
      {"unquoted-key", "{amount:1}"},
      {"comment", "/* c */ {\"amount\":1}"},
      {"minus-alone", "{\"amount\":-}"},
      {"plus-sign", "{\"amount\":+1}"},
      {"hex-number", "{\"amount\":0x10}"},
      {"array-not-closed-in-object", "{\"amount\":[}"},
      {"two-documents", "{\"amount\":1} {\"amount\":2}"},
      {"raw-tab-in-string", "{\"currency\":\"E\tR\"}"},
      {"card-and-cvv-cut-off", "{\"card_number\":\"4111111111111111\",\"cvv\":\"123\""},
    };
    for (String[] b : bad) {
      c.add(new RawCase(b[0], "json", postJson(b[1]), Delivery.WHOLE, 400, "INVALID_JSON"));
    }
    c.add(
        new RawCase(
            "whitespace-only",
            "json",
            postJson("   "),
            Delivery.WHOLE,
            422,
            "UNPROCESSABLE_ENTITY"));
    c.add(
        new RawCase(
            "json-null", "json", postJson("null"), Delivery.WHOLE, 422, "UNPROCESSABLE_ENTITY"));
    c.add(
        new RawCase(
            "huge-integer-10000-digits",
            "json",
            postJson("{\"amount\":" + "9".repeat(10_000) + "}"),
            Delivery.WHOLE,
            201,
            null));
    c.add(
        new RawCase(
            "number-over-100000-digits",
            "json",
            postJson("{\"amount\":" + "9".repeat(100_001) + "}"),
            Delivery.WHOLE,
            400,
            "INVALID_JSON"));
    c.add(
        new RawCase(
            "long-string-1mb",
            "json",
            postJson("{\"amount\":1,\"card_number\":\"" + "x".repeat(1 << 20) + "\"}"),
            Delivery.WHOLE,
            201,
            null));
  }

  private static void lengths(List<RawCase> c) {
    c.add(
        new RawCase(
            "body-shorter-than-length-half-close",
            "length",
            ascii(
                "POST /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n"
                    + "{\"amount\":1}"),
            Delivery.HALF_CLOSE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "body-longer-than-length",
            "length",
            ascii(
                "POST /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: 5\r\n\r\n"
                    + "{\"amount\":1}"),
            Delivery.WHOLE,
            400,
            "INVALID_JSON"));
    c.add(
        new RawCase(
            "length-negative",
            "length",
            ascii(
                "POST /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: -1\r\n\r\n"
                    + "{}"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "length-not-a-number",
            "length",
            ascii(
                "POST /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: ten\r\n\r\n"
                    + "{}"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "length-twice-different",
            "length",
            ascii(
                "POST /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: 2\r\n"
                    + "Content-Length: 3\r\n\r\n"
                    + "{}"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "length-and-chunked",
            "length",
            ascii(
                "POST /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: 3\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n"
                    + "2\r\n"
                    + "{}\r\n"
                    + "0\r\n\r\n"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "length-overflows-long",
            "length",
            ascii(
                "POST /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: 99999999999999999999999\r\n\r\n"
                    + "{}"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "empty-body-json-type",
            "length",
            postJson(""),
            Delivery.WHOLE,
            422,
            "UNPROCESSABLE_ENTITY"));
  }

  private static void chunked(List<RawCase> c) {
    String head =
        "POST /orders HTTP/1.1\r\n"
            + "Host: localhost\r\n"
            + "Content-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n";
    c.add(
        new RawCase(
            "valid-chunks",
            "chunked",
            ascii(head + "5\r\n{\"amo\r\n8\r\nunt\":12}\r\n0\r\n\r\n"),
            Delivery.WHOLE,
            201,
            null));
    c.add(
        new RawCase(
            "chunk-extension",
            "chunked",
            ascii(head + "d;name=value\r\n{\"amount\":12}\r\n0\r\n\r\n"),
            Delivery.WHOLE,
            201,
            null));
    c.add(
        new RawCase(
            "trailer-fields",
            "chunked",
            ascii(head + "d\r\n{\"amount\":12}\r\n0\r\nX-Trailer: 1\r\n\r\n"),
            Delivery.WHOLE,
            201,
            null));
    c.add(
        new RawCase(
            "bad-chunk-size-zz",
            "chunked",
            ascii(head + "zz\r\n{\"amount\":12}\r\n0\r\n\r\n"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "oversized-chunk-size",
            "chunked",
            ascii(head + "FFFFFFFFFFFFFFFFFFFF\r\n{\"amount\":12}\r\n0\r\n\r\n"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "chunk-longer-than-data-half-close",
            "chunked",
            ascii(head + "100\r\n{\"amount\":12}"),
            Delivery.HALF_CLOSE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "missing-last-chunk-half-close",
            "chunked",
            ascii(head + "d\r\n{\"amount\":12}\r\n"),
            Delivery.HALF_CLOSE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "chunk-without-crlf",
            "chunked",
            ascii(head + "d\r\n{\"amount\":12}XX0\r\n\r\n"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "negative-chunk-size",
            "chunked",
            ascii(head + "-5\r\n{\"am\r\n0\r\n\r\n"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "chunked-twice",
            "chunked",
            ascii(
                "POST /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n"
                    + "0\r\n\r\n"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "unknown-transfer-coding",
            "chunked",
            ascii(
                "POST /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Transfer-Encoding: foo\r\n\r\n"
                    + "{}"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
  }

  private static void slow(List<RawCase> c) {
    c.add(
        new RawCase(
            "body-stalls-after-5-bytes",
            "slow",
            ascii(
                "POST /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: 40\r\n\r\n"
                    + "{\"amo"),
            Delivery.STALL,
            408,
            "REQUEST_TIMEOUT"));
    c.add(
        new RawCase(
            "chunked-body-stalls",
            "slow",
            ascii(
                "POST /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n"
                    + "5\r\n"
                    + "{\"amo\r\n"),
            Delivery.STALL,
            408,
            "REQUEST_TIMEOUT"));
    c.add(
        new RawCase(
            "headers-stall",
            "slow",
            ascii("GET /orders/1 HTTP/1.1\r\nHost: local"),
            Delivery.STALL,
            0,
            null));
  }

  private static void sizes(List<RawCase> c) {
    c.add(
        new RawCase(
            "declared-11mb",
            "size",
            ascii(
                "POST /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: 11534336\r\n\r\n"
                    + "{"),
            Delivery.WHOLE,
            413,
            "PAYLOAD_TOO_LARGE"));
    byte[] big = new byte[11 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    chunks.writeBytes(
        ascii(
            "POST /orders HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Content-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n"));
    for (int off = 0; off < big.length; off += 1 << 20) {
      chunks.writeBytes(ascii(Integer.toHexString(1 << 20) + "\r\n"));
      chunks.write(big, off, 1 << 20);
      chunks.writeBytes(ascii("\r\n"));
    }
    chunks.writeBytes(ascii("0\r\n\r\n"));
    c.add(
        new RawCase(
            "chunked-11mb",
            "size",
            chunks.toByteArray(),
            Delivery.WHOLE,
            413,
            "PAYLOAD_TOO_LARGE"));
    c.add(
        new RawCase(
            "array-of-200k-numbers",
            "size",
            postJson("[" + "1,".repeat(200_000) + "1]"),
            Delivery.WHOLE,
            422,
            "UNPROCESSABLE_ENTITY"));
  }

  private static void nesting(List<RawCase> c) {
    c.add(
        new RawCase(
            "arrays-10000-deep",
            "nesting",
            postJson("[".repeat(10_000) + "]".repeat(10_000)),
            Delivery.WHOLE,
            400,
            "INVALID_JSON"));
    c.add(
        new RawCase(
            "objects-10000-deep",
            "nesting",
            postJson("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)),
            Delivery.WHOLE,
            400,
            "INVALID_JSON"));
    c.add(
        new RawCase(
            "arrays-100000-deep-unclosed",
            "nesting",
            postJson("[".repeat(100_000)),
            Delivery.WHOLE,
            400,
            "INVALID_JSON"));
    c.add(
        new RawCase(
            "objects-500-deep",
            "nesting",
            postJson("{\"amount\":1,\"x\":" + "{\"a\":".repeat(500) + "1" + "}".repeat(500) + "}"),
            Delivery.WHOLE,
            201,
            null));
  }

  private static void utf8AndNul(List<RawCase> c) {
    byte[] pre = ascii("{\"amount\":1,\"currency\":\"");
    byte[] post = ascii("\"}");
    c.add(
        new RawCase(
            "invalid-utf8-c3-28",
            "utf8",
            post("/orders", "application/json", concat(pre, new byte[] {(byte) 0xC3, 0x28}, post)),
            Delivery.WHOLE,
            400,
            "INVALID_JSON"));
    c.add(
        new RawCase(
            "invalid-utf8-ff",
            "utf8",
            post("/orders", "application/json", concat(pre, new byte[] {(byte) 0xFF}, post)),
            Delivery.WHOLE,
            400,
            "INVALID_JSON"));
    c.add(
        new RawCase(
            "overlong-utf8-slash",
            "utf8",
            post(
                "/orders",
                "application/json",
                concat(pre, new byte[] {(byte) 0xC0, (byte) 0xAF}, post)),
            Delivery.WHOLE,
            201,
            null));
    c.add(
        new RawCase(
            "truncated-utf8",
            "utf8",
            post(
                "/orders",
                "application/json",
                concat(pre, new byte[] {(byte) 0xE2, (byte) 0x82}, post)),
            Delivery.WHOLE,
            400,
            "INVALID_JSON"));
    c.add(
        new RawCase(
            "invalid-utf8-in-path",
            "utf8",
            get("/orders/%C3%28"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "raw-high-bytes-in-path",
            "utf8",
            concat(
                ascii("GET /orders/"),
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                ascii(" HTTP/1.1\r\nHost: localhost\r\n\r\n")),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "raw-high-bytes-in-header",
            "utf8",
            concat(
                ascii("GET /orders/1 HTTP/1.1\r\nHost: localhost\r\nX-Name: "),
                new byte[] {(byte) 0xC3, 0x28},
                ascii("\r\n\r\n")),
            Delivery.WHOLE,
            200,
            null));
    c.add(
        new RawCase(
            "nul-in-json-string",
            "nul",
            post("/orders", "application/json", concat(pre, new byte[] {0}, post)),
            Delivery.WHOLE,
            400,
            "INVALID_JSON"));
    c.add(
        new RawCase(
            "nul-escaped-in-json",
            "nul",
            postJson("{\"amount\":1,\"currency\":\"\\u0000\"}"),
            Delivery.WHOLE,
            201,
            null));
    c.add(
        new RawCase(
            "nul-percent-encoded-in-path",
            "nul",
            get("/orders/a%00b"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "nul-raw-in-request-line",
            "nul",
            concat(
                ascii("GET /orders/a"),
                new byte[] {0},
                ascii("b HTTP/1.1\r\nHost: localhost\r\n\r\n")),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "nul-raw-in-header",
            "nul",
            concat(
                ascii("GET /orders/1 HTTP/1.1\r\nHost: localhost\r\nX-A: a"),
                new byte[] {0},
                ascii("b\r\n\r\n")),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "nul-body-only",
            "nul",
            post("/orders", "application/json", new byte[] {0, 0, 0}),
            Delivery.WHOLE,
            400,
            "INVALID_JSON"));
  }

  private static void percent(List<RawCase> c) {
    c.add(
        new RawCase(
            "path-percent-zz", "percent", get("/orders/%zz"), Delivery.WHOLE, 400, "BAD_REQUEST"));
    c.add(
        new RawCase(
            "path-percent-truncated",
            "percent",
            get("/orders/%2"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "path-percent-alone", "percent", get("/orders/%"), Delivery.WHOLE, 400, "BAD_REQUEST"));
    c.add(
        new RawCase("path-percent-u", "percent", get("/orders/%u0041"), Delivery.WHOLE, 200, null));
    c.add(
        new RawCase(
            "query-percent-zz", "percent", get("/orders/1?x=%zz"), Delivery.WHOLE, 200, null));
    c.add(
        new RawCase(
            "query-percent-truncated",
            "percent",
            get("/orders/1?x=%2"),
            Delivery.WHOLE,
            200,
            null));
    c.add(
        new RawCase(
            "path-encoded-slash", "percent", get("/orders/a%2Fb"), Delivery.WHOLE, 200, null));
    c.add(
        new RawCase(
            "path-dot-dot",
            "percent",
            get("/orders/../orders/1"),
            Delivery.WHOLE,
            404,
            "NO_PATH_MATCHED_ERROR"));
    c.add(
        new RawCase(
            "path-encoded-dot-dot",
            "percent",
            get("/orders/%2e%2e/%2e%2e/etc/passwd"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
  }

  private static void urlsAndHeaders(List<RawCase> c) {
    c.add(
        new RawCase(
            "url-9kb",
            "url",
            get("/orders/" + "a".repeat(9 * 1024)),
            Delivery.WHOLE,
            414,
            "URI_TOO_LONG"));
    c.add(
        new RawCase(
            "url-64kb",
            "url",
            get("/orders/" + "a".repeat(64 * 1024)),
            Delivery.WHOLE,
            414,
            "URI_TOO_LONG"));
    c.add(
        new RawCase(
            "query-64kb",
            "url",
            get("/orders/1?q=" + "a".repeat(64 * 1024)),
            Delivery.WHOLE,
            414,
            "URI_TOO_LONG"));
    c.add(
        new RawCase(
            "url-7kb-served",
            "url",
            get("/orders/" + "a".repeat(7 * 1024)),
            Delivery.WHOLE,
            200,
            null));
    c.add(
        new RawCase(
            "absolute-form-target",
            "url",
            get("http://localhost/orders/1"),
            Delivery.WHOLE,
            200,
            null));
    c.add(new RawCase("asterisk-target-get", "url", get("*"), Delivery.WHOLE, 400, "BAD_REQUEST"));
    c.add(
        new RawCase(
            "header-64kb",
            "header",
            ascii(
                "GET /orders/1 HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                    + "a".repeat(64 * 1024)
                    + "\r\n\r\n"),
            Delivery.WHOLE,
            431,
            "HEADERS_TOO_LARGE"));
    StringBuilder many = new StringBuilder("GET /orders/1 HTTP/1.1\r\nHost: localhost\r\n");
    for (int i = 0; i < 1000; i++) {
      many.append("X-H").append(i).append(": v\r\n");
    }
    c.add(
        new RawCase(
            "1000-headers",
            "header",
            ascii(many + "\r\n"),
            Delivery.WHOLE,
            431,
            "HEADERS_TOO_LARGE"));
    c.add(
        new RawCase(
            "header-without-colon",
            "header",
            ascii("GET /orders/1 HTTP/1.1\r\nHost: localhost\r\nNoColonHere\r\n\r\n"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "space-before-colon",
            "header",
            ascii("GET /orders/1 HTTP/1.1\r\nHost: localhost\r\nX-A : b\r\n\r\n"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "obs-fold",
            "header",
            ascii("GET /orders/1 HTTP/1.1\r\nHost: localhost\r\nX-A: b\r\n c\r\n\r\n"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "missing-host",
            "header",
            ascii("GET /orders/1 HTTP/1.1\r\n\r\n"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "two-hosts",
            "header",
            ascii("GET /orders/1 HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "bare-lf-line-ends",
            "header",
            ascii("GET /orders/1 HTTP/1.1\nHost: localhost\n\n"),
            Delivery.WHOLE,
            200,
            null));
    c.add(
        new RawCase(
            "expect-unknown",
            "header",
            ascii(
                "POST /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Expect: teapot\r\n"
                    + "Content-Length: 12\r\n\r\n"
                    + "{\"amount\":1}"),
            Delivery.WHOLE,
            417,
            "UNKNOWN"));
    c.add(
        new RawCase(
            "expect-100-continue",
            "header",
            ascii(
                "POST /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Expect: 100-continue\r\n"
                    + "Content-Length: 12\r\n\r\n"
                    + "{\"amount\":1}"),
            Delivery.WHOLE,
            100,
            null));
  }

  private static void methods(List<RawCase> c) {
    c.add(
        new RawCase(
            "lowercase-get",
            "method",
            ascii("get /orders/1 HTTP/1.1\r\nHost: localhost\r\n\r\n"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "mixed-case-post",
            "method",
            ascii(
                "Post /orders HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: 12\r\n\r\n"
                    + "{\"amount\":1}"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "unknown-method",
            "method",
            ascii("FROB /orders/1 HTTP/1.1\r\nHost: localhost\r\n\r\n"),
            Delivery.WHOLE,
            405,
            "NO_METHOD_MATCHED_ERROR"));
    c.add(
        new RawCase(
            "propfind",
            "method",
            ascii("PROPFIND /orders/1 HTTP/1.1\r\nHost: localhost\r\n\r\n"),
            Delivery.WHOLE,
            405,
            "NO_METHOD_MATCHED_ERROR"));
    c.add(
        new RawCase(
            "trace",
            "method",
            ascii("TRACE /orders/1 HTTP/1.1\r\nHost: localhost\r\n\r\n"),
            Delivery.WHOLE,
            405,
            "NO_METHOD_MATCHED_ERROR"));
    c.add(
        new RawCase(
            "connect",
            "method",
            ascii("CONNECT localhost:443 HTTP/1.1\r\nHost: localhost:443\r\n\r\n"),
            Delivery.WHOLE,
            404,
            "NO_PATH_MATCHED_ERROR"));
    c.add(
        new RawCase(
            "method-with-symbols",
            "method",
            ascii("G@T /orders/1 HTTP/1.1\r\nHost: localhost\r\n\r\n"),
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
    c.add(
        new RawCase(
            "method-300-chars",
            "method",
            ascii("X".repeat(300) + " /orders/1 HTTP/1.1\r\nHost: localhost\r\n\r\n"),
            Delivery.WHOLE,
            405,
            "NO_METHOD_MATCHED_ERROR"));
    c.add(
        new RawCase(
            "empty-request-line", "method", ascii("\r\n\r\n"), Delivery.HALF_CLOSE, 0, null));
    c.add(
        new RawCase(
            "only-spaces", "method", ascii("   \r\n\r\n"), Delivery.WHOLE, 400, "BAD_REQUEST"));
  }

  private static void versions(List<RawCase> c) {
    c.add(
        new RawCase(
            "http-0.9",
            "version",
            ascii("GET /orders/1\r\n\r\n"),
            Delivery.WHOLE,
            505,
            "HTTP_VERSION_NOT_SUPPORTED"));
    c.add(
        new RawCase(
            "http-1.2",
            "version",
            ascii("GET /orders/1 HTTP/1.2\r\nHost: localhost\r\n\r\n"),
            Delivery.WHOLE,
            505,
            "HTTP_VERSION_NOT_SUPPORTED"));
    c.add(
        new RawCase(
            "http-2.0-line",
            "version",
            ascii("GET /orders/1 HTTP/2.0\r\nHost: localhost\r\n\r\n"),
            Delivery.WHOLE,
            426,
            "UPGRADE_REQUIRED"));
    c.add(
        new RawCase(
            "garbage-version",
            "version",
            ascii("GET /orders/1 FOO/1.1\r\nHost: localhost\r\n\r\n"),
            Delivery.WHOLE,
            505,
            "HTTP_VERSION_NOT_SUPPORTED"));
    c.add(
        new RawCase(
            "lowercase-version",
            "version",
            ascii("GET /orders/1 http/1.1\r\nHost: localhost\r\n\r\n"),
            Delivery.WHOLE,
            200,
            null));
    c.add(
        new RawCase(
            "h2-prior-knowledge",
            "version",
            ascii("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"),
            Delivery.WHOLE,
            426,
            "UPGRADE_REQUIRED"));
    c.add(
        new RawCase(
            "http-1.0-no-host",
            "version",
            ascii("GET /orders/1 HTTP/1.0\r\n\r\n"),
            Delivery.WHOLE,
            200,
            null));
    c.add(
        new RawCase(
            "h2c-upgrade-header",
            "version",
            ascii(
                "GET /orders/1 HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Connection: Upgrade, HTTP2-Settings\r\n"
                    + "Upgrade: h2c\r\n"
                    + "HTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n"),
            Delivery.WHOLE,
            200,
            null));
    c.add(
        new RawCase(
            "tls-client-hello",
            "version",
            new byte[] {
              0x16, 0x03, 0x01, 0x00, 0x05, 0x01, 0x00, 0x00, 0x01, 0x00, '\r', '\n', '\r', '\n'
            },
            Delivery.WHOLE,
            400,
            "BAD_REQUEST"));
  }

  private static void encodings(List<RawCase> c) {
    c.add(
        new RawCase(
            "gzip-json-body",
            "encoding",
            withHeader(
                post("/orders", "application/json", gzip(VALID_ORDER)), "Content-Encoding: gzip"),
            Delivery.WHOLE,
            415,
            "INVALID_CONTENT_TYPE"));
    c.add(
        new RawCase(
            "gzip-header-plain-body",
            "encoding",
            withHeader(postJson(VALID_ORDER), "Content-Encoding: gzip"),
            Delivery.WHOLE,
            415,
            "INVALID_CONTENT_TYPE"));
    c.add(
        new RawCase(
            "unknown-content-encoding",
            "encoding",
            withHeader(postJson(VALID_ORDER), "Content-Encoding: br"),
            Delivery.WHOLE,
            415,
            "INVALID_CONTENT_TYPE"));
    c.add(
        new RawCase(
            "accept-encoding-gzip",
            "encoding",
            ascii("GET /orders/1 HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n\r\n"),
            Delivery.WHOLE,
            200,
            null));
    c.add(
        new RawCase(
            "text-plain-body",
            "multipart",
            post("/orders", "text/plain", ascii("amount=1")),
            Delivery.WHOLE,
            415,
            "INVALID_CONTENT_TYPE"));
    c.add(
        new RawCase(
            "xml-body",
            "multipart",
            post("/orders", "application/xml", ascii("<order><amount>1</amount></order>")),
            Delivery.WHOLE,
            415,
            "INVALID_CONTENT_TYPE"));
    c.add(
        new RawCase(
            "no-content-type",
            "multipart",
            post("/orders", null, ascii(VALID_ORDER)),
            Delivery.WHOLE,
            422,
            "UNPROCESSABLE_ENTITY"));
    String part = "--b\r\nContent-Disposition: form-data; name=\"amount\"\r\n\r\n1\r\n--b--\r\n";
    c.add(
        new RawCase(
            "multipart-body",
            "multipart",
            post("/orders", "multipart/form-data; boundary=b", ascii(part)),
            Delivery.WHOLE,
            415,
            "INVALID_CONTENT_TYPE"));
    c.add(
        new RawCase(
            "multipart-no-boundary",
            "multipart",
            post("/orders", "multipart/form-data", ascii(part)),
            Delivery.WHOLE,
            415,
            "INVALID_CONTENT_TYPE"));
    c.add(
        new RawCase(
            "multipart-unterminated",
            "multipart",
            post(
                "/orders",
                "multipart/form-data; boundary=b",
                ascii("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1")),
            Delivery.WHOLE,
            415,
            "INVALID_CONTENT_TYPE"));
    c.add(
        new RawCase(
            "form-bad-percent",
            "multipart",
            post("/login", "application/x-www-form-urlencoded", ascii("username=a&password=%zz")),
            Delivery.WHOLE,
            204,
            null));
    c.add(
        new RawCase(
            "content-type-garbage",
            "multipart",
            post("/orders", ";;;", ascii(VALID_ORDER)),
            Delivery.WHOLE,
            415,
            "INVALID_CONTENT_TYPE"));
  }

  private static byte[] withHeader(byte[] request, String header) {
    String s = new String(request, StandardCharsets.ISO_8859_1);
    int end = s.indexOf("\r\n");
    return ascii(s.substring(0, end + 2) + header + "\r\n" + s.substring(end + 2));
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
