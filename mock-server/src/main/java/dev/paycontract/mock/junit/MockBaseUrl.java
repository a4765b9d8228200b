package dev.paycontract.mock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} or {@link java.net.URI} parameter that {@link MockServerExtension} fills
 * with the mock's base URL ({@code http://127.0.0.1:<port>}, no trailing slash).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface MockBaseUrl {}
