/** One Jackson setup shared by every room; imports nothing of ours. */
package dev.paycontract.mock.internal.json;
