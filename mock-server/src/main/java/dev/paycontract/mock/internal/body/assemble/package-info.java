/**
 * The response from the chosen parts: headers, Content-Type and the body serialised as JSON, XML or
 * text.
 */
package dev.paycontract.mock.internal.body.assemble;
