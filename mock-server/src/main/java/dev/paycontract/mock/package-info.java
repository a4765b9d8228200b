/**
 * The mock server: {@link dev.paycontract.mock.MockServer} serves one or more OpenAPI specs the way
 * Stoplight Prism does.
 *
 * <pre>{@code
 * try (MockServer mock = MockServer.builder().spec("specs/sezzle/sezzle.yaml").port(0).build().start()) {
 *   String base = mock.baseUrl();
 * }
 * }</pre>
 *
 * <p>Public API: this package, {@code api}, {@code junit} and {@code log.RequestLog}; everything
 * under {@code internal} may change without notice (docs/response-selection.md has the map).
 */
package dev.paycontract.mock;
