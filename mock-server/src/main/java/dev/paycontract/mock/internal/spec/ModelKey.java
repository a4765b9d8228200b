package dev.paycontract.mock.internal.spec;

/**
 * A spec model object (an operation, a schema, a media type) as a map key, by identity: Swagger's
 * {@code equals} and {@code hashCode} walk the whole object, which is slow for a key and makes two
 * equal-looking schemas of different places one key.
 */
public record ModelKey(Object of) {

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelKey other && other.of == of;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(of);
  }
}
