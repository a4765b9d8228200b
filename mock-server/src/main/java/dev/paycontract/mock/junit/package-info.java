/** The JUnit 5 extension: a mock per test class, its base URL injected, its request journal. */
package dev.paycontract.mock.junit;
