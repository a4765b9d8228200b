/**
 * Masking of card numbers, CVV, passwords and credentials in anything the mock writes: request log
 * lines, framework log lines, findings that quote what a server sent.
 */
package dev.paycontract.mock.internal.masking;
