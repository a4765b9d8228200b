package dev.paycontract.contract.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the tiny gate fixtures in src/test/resources/gate/. */
final class Fixtures {

  private Fixtures() {}

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/gate/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture gate/" + name + " on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
