/**
 * The request log: one line per request (text or JSON lines), credentials and card data masked
 * before anything is written.
 */
package dev.paycontract.mock.log;
