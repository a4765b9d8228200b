/**
 * Every choice of what to answer: status, media type, example, body source and seed. Decides, never
 * builds.
 */
package dev.paycontract.mock.internal.negotiation;
