package dev.paycontract.mock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a mock of the given specs for the annotated test class, the declarative form of
 * {@link MockServerExtension}:
 *
 * <pre>{@code
 * @MockServerTest(specs = "specs/sezzle/sezzle.yaml")
 * class CheckoutTest {
 *   @Test
 *   void pays(@MockBaseUrl String baseUrl, MockServer mock) { ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(MockServerExtension.class)
public @interface MockServerTest {

  /** Spec files or folders, relative to the working directory (the module folder under Maven). */
  String[] specs();

  /** Generate bodies from the schemas ({@code --dynamic}). */
  boolean dynamic() default false;

  /** Response violations become 500 problems ({@code --errors}). */
  boolean errors() default false;

  /** Responses follow the requests ({@code --stateful}); each test class starts with an empty store. */
  boolean stateful() default false;

  /** Keep the journal across the tests of the class instead of clearing it before each test. */
  boolean keepJournal() default false;
}
