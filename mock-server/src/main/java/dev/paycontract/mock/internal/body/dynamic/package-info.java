/**
 * Dynamic-mode bodies from schema plans on Datafaker: seeded, repeatable, and always valid against
 * their schema.
 */
package dev.paycontract.mock.internal.body.dynamic;
