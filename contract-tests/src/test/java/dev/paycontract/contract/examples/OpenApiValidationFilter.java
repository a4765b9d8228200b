package dev.paycontract.contract.examples;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A REST Assured filter that validates each exchange, request and response, against an OpenAPI spec
 * with the Atlassian validator 3.x, and fails the call with the validator's report. (The
 * validator's own REST Assured module stops at 2.x; see docs/adr.)
 *
 * <pre>{@code
 * given().filter(new OpenApiValidationFilter(validator, "sezzle getOrderDetails 200"))
 *     .get(baseUrl + "/v2/order/" + uuid).then().statusCode(200);
 * }</pre>
 */
final class OpenApiValidationFilter implements Filter {

  private final OpenApiInteractionValidator validator;
  private final String label;

  /**
   * @param validator the validator of the spec the exchange must follow
   * @param label names the case in a failure message, e.g. the spec, operation and example
   */
  OpenApiValidationFilter(OpenApiInteractionValidator validator, String label) {
    this.validator = Objects.requireNonNull(validator, "validator == null");
    this.label = Objects.requireNonNull(label, "label == null");
  }

  @Override
  public Response filter(
      FilterableRequestSpecification requestSpec,
      FilterableResponseSpecification responseSpec,
      FilterContext ctx) {
    SimpleRequest request = request(requestSpec);
    Response response = ctx.next(requestSpec, responseSpec);
    ValidationReport report = validator.validate(request, response(response));
    if (report.hasErrors()) {
      throw new OpenApiValidationException(
          label
              + ": "
              + requestSpec.getMethod()
              + " "
              + URI.create(requestSpec.getURI()).getRawPath()
              + " -> "
              + response.statusCode()
              + " does not follow the spec:\n"
              + SpecValidators.describe(report));
    }
    return response;
  }

  private static SimpleRequest request(FilterableRequestSpecification spec) {
    URI uri = URI.create(spec.getURI());
    SimpleRequest.Builder builder = new SimpleRequest.Builder(spec.getMethod(), uri.getPath());
    for (Header header : spec.getHeaders()) {
      builder.withHeader(header.getName(), header.getValue());
    }
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        builder.withQueryParam(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    }
    Object body = spec.getBody();
    if (body instanceof byte[] bytes) {
      builder.withBody(bytes);
    } else if (body != null) {
      builder.withBody(body.toString());
    }
    return builder.build();
  }

  private static SimpleResponse response(Response response) {
    SimpleResponse.Builder builder = new SimpleResponse.Builder(response.statusCode());
    for (Header header : response.getHeaders()) {
      builder.withHeader(header.getName(), header.getValue());
    }
    byte[] body = response.asByteArray();
    if (body.length > 0) {
      builder.withBody(body);
    }
    return builder.build();
  }

  /** The exchange does not follow the spec; the message lists every finding. */
  static final class OpenApiValidationException extends AssertionError {
    OpenApiValidationException(String message) {
      super(message);
    }
  }
}
