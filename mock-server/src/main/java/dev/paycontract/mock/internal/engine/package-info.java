/**
 * The only orchestrator: {@code MockEngine.handle(MockRequest)} runs the pipeline of
 * docs/response-selection.md over the rooms below it.
 */
package dev.paycontract.mock.internal.engine;
