package dev.paycontract.mock.api;

/** A spec that cannot be served; the message is one line naming the file and the location. */
public final class SpecLoadException extends RuntimeException {

  public SpecLoadException(String message) {
    super(message);
  }
}
