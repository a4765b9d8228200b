package dev.paycontract.mock.internal.state;

/**
 * An operation on one stored resource: a read, update or delete at the member path.
 *
 * @param kind the member path template, mount prefix included
 * @param idParam the path parameter whose value is the resource's id
 */
public record MemberRule(String kind, String idParam) {}
