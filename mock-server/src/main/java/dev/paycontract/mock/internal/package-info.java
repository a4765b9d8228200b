/** The mock's internals, one job per package; nothing here is public API. */
package dev.paycontract.mock.internal;
