/** Media-type rules (essence, JSON-ness, matching), in one place for every room. */
package dev.paycontract.mock.internal.media;
