package dev.paycontract.mock.verify;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link Verifier} checks and how.
 *
 * @param specs the spec files whose operations are sent
 * @param baseUrl the live server; each operation's path is appended to it
 * @param credentials credential values by security-scheme name (apiKey: the key; http basic: {@code
 *     user:password}; http bearer: the token); a scheme without one gets a placeholder
 * @param only operationIds or tags to run (empty: all)
 * @param skip operationIds or tags to leave out
 * @param requestsPerSecond pacing; 0 or less sends without pause
 * @param timeout how long one request may take
 * @param negativeCases also send requests that break one request constraint each
 */
public record VerifyOptions(
    List<Path> specs,
    URI baseUrl,
    Map<String, String> credentials,
    Set<String> only,
    Set<String> skip,
    double requestsPerSecond,
    Duration timeout,
    boolean negativeCases) {

  public VerifyOptions {
    specs = List.copyOf(Objects.requireNonNull(specs, "specs == null"));
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    credentials = Map.copyOf(credentials == null ? Map.of() : credentials);
    only = Set.copyOf(only == null ? Set.of() : only);
    skip = Set.copyOf(skip == null ? Set.of() : skip);
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
  }

  /** Every operation, negative cases on, 5 requests per second, 10 s per request. */
  public static VerifyOptions of(List<Path> specs, URI baseUrl) {
    return new VerifyOptions(
        specs, baseUrl, Map.of(), Set.of(), Set.of(), 5, Duration.ofSeconds(10), true);
  }

  public VerifyOptions withCredentials(Map<String, String> value) {
    return new VerifyOptions(
        specs, baseUrl, value, only, skip, requestsPerSecond, timeout, negativeCases);
  }

  public VerifyOptions withFilter(Set<String> onlyValue, Set<String> skipValue) {
    return new VerifyOptions(
        specs,
        baseUrl,
        credentials,
        onlyValue,
        skipValue,
        requestsPerSecond,
        timeout,
        negativeCases);
  }

  public VerifyOptions withRate(double value) {
    return new VerifyOptions(
        specs, baseUrl, credentials, only, skip, value, timeout, negativeCases);
  }

  public VerifyOptions withTimeout(Duration value) {
    return new VerifyOptions(
        specs, baseUrl, credentials, only, skip, requestsPerSecond, value, negativeCases);
  }

  public VerifyOptions withNegativeCases(boolean value) {
    return new VerifyOptions(
        specs, baseUrl, credentials, only, skip, requestsPerSecond, timeout, value);
  }

  @Override
  public String toString() { // never prints credential values
    return "VerifyOptions[specs="
        + specs
        + ", baseUrl="
        + baseUrl
        + ", credentials="
        + credentials.keySet()
        + ", only="
        + only
        + ", skip="
        + skip
        + ", requestsPerSecond="
        + requestsPerSecond
        + ", timeout="
        + timeout
        + ", negativeCases="
        + negativeCases
        + "]";
  }
}
