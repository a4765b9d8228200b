/**
 * The command line ({@code bin/mock}): picocli commands, exit codes and hot reload. The top floor.
 */
package dev.paycontract.mock.cli;
