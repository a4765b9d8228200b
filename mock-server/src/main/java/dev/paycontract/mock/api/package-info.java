/**
 * The values users of the mock see: options, spec sources, the request and response records, the
 * exchange a listener receives and its violations. Imports nothing of ours.
 */
package dev.paycontract.mock.api;
