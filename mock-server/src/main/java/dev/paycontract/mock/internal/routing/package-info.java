/**
 * Method and path to an operation, or the 404 / 405 problem (docs/prism-behaviour.md section 4).
 */
package dev.paycontract.mock.internal.routing;
