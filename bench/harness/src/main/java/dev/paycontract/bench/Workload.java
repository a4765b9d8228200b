package dev.paycontract.bench;

/**
 * The request and response bytes of the three load workloads, all taken from the Sezzle spec's
 * examples at start (nothing hand-copied).
 *
 * @param orderPath GET path: the order operation with its path parameter's example filled in
 * @param customerPath POST path: the create-order operation with its path parameter's example
 * @param orderTemplate and customerTemplate: the spec's path templates (Javalin uses the same
 *     syntax)
 * @param orderBody the GET 200 response's first example, serialised compactly
 * @param createdBody the POST 200 response's first example
 * @param rejectedBody the POST 422 response's first example (what Prism serves for an invalid body)
 * @param validRequest the POST request body's first example
 * @param invalidRequest the same with {@code order_amount.amount_in_cents} set to 0
 * @param minimumAmount the schema's minimum for {@code order_amount.amount_in_cents}
 */
public record Workload(
    String orderTemplate,
    String customerTemplate,
    String orderPath,
    String customerPath,
    byte[] orderBody,
    byte[] createdBody,
    byte[] rejectedBody,
    byte[] validRequest,
    byte[] invalidRequest,
    long minimumAmount) {}
