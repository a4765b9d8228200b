/**
 * Loading a spec once: parse, resolve, inline component references; a broken spec fails with file
 * and location.
 */
package dev.paycontract.mock.internal.spec;
