/** Static samples of a schema, the way Prism builds them when there is no example. */
package dev.paycontract.mock.internal.body.sample;
