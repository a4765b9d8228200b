package dev.paycontract.contract.examples;

import java.util.List;

/**
 * A request built from an operation's first request example that breaks exactly one constraint of
 * its request schema, and the violation the mock must report for it.
 *
 * @param request the invalid request
 * @param location where the violation is, as in Prism's {@code sl-violations} without the leading
 *     {@code "request"}: {@code ["body","order_amount","amount_in_cents"]}, {@code ["path","id"]}
 * @param code the JSON-Schema keyword broken ({@code minimum}, {@code required}, ...)
 * @param change what was changed, for the test name
 */
record NegativeCase(ExampleRequest request, List<String> location, String code, String change) {

  /**
   * e.g. {@code sezzle createOrderByCustomer breaks minimum at body.order_amount.amount_in_cents}.
   */
  String displayName() {
    return request.operation().name()
        + " breaks "
        + code
        + " at "
        + String.join(".", location)
        + " ("
        + change
        + ")";
  }
}
