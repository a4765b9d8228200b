/**
 * The one catalogue of every problem the mock can answer ({@code ProblemType}, docs/errors.md) and
 * the {@code Outcome} of a step.
 */
package dev.paycontract.mock.internal.problem;
