/**
 * Bodies: static samples ({@code sample}), dynamic values ({@code dynamic}) and the assembled
 * response ({@code assemble}).
 */
package dev.paycontract.mock.internal.body;
