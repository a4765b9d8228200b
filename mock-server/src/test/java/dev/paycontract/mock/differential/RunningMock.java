package dev.paycontract.mock.differential;

import java.net.URI;

/** A mock answering on loopback for one {@link ProbeGroup}; closing it stops it. */
public interface RunningMock extends AutoCloseable {

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  URI baseUri();

  /** Where its log went (shown when a case fails), or a short note. */
  String logHint();

  @Override
  void close();
}
