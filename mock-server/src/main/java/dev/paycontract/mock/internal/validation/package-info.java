/**
 * Request and response checks on the Atlassian validator, with Prism's statuses and {@code
 * validation[]} wording.
 */
package dev.paycontract.mock.internal.validation;
