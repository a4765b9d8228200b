package dev.paycontract.client;

import java.util.Objects;
import okhttp3.HttpUrl;

/** Checks a base URL given by the caller and ends it with the {@code /} that Retrofit requires. */
public final class BaseUrl {

  private BaseUrl() {}

  /**
   * Returns {@code url} as an http(s) base URL ending with {@code /}, for example {@code
   * http://localhost:4010} becomes {@code http://localhost:4010/}.
   *
   * @throws IllegalArgumentException if {@code url} is not an absolute http or https URL
   */
  public static HttpUrl of(String url) {
    Objects.requireNonNull(url, "baseUrl == null");
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException("baseUrl is not an absolute http(s) URL: \"" + url + "\"");
    }
    String path = parsed.encodedPath();
    return path.endsWith("/") ? parsed : parsed.newBuilder().encodedPath(path + "/").build();
  }
}
