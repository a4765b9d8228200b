package dev.paycontract.mock.internal.state;

import io.swagger.v3.oas.models.media.Schema;

/**
 * What a successful create stores.
 *
 * @param kind the member path template the resource is read back at, mount prefix included
 * @param idParam the member path parameter that carries the id ({@code order_uuid})
 * @param idPointer JSON pointer to the id in the create's response body ({@code /uuid})
 * @param resourceSchema the create response's schema (the shape of the stored resource), or null
 * @param inferred true when no Link Object said so and the pair was inferred
 */
public record CreateRule(String kind, String idParam, String idPointer, Schema<?> resourceSchema, boolean inferred) {}
