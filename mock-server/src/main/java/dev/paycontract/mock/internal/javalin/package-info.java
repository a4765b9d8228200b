/**
 * The adapter: the only package that imports Javalin or Jetty. Translates their requests to {@code
 * MockRequest} records and back, and turns errors raised before the engine into problems.
 */
package dev.paycontract.mock.internal.javalin;
