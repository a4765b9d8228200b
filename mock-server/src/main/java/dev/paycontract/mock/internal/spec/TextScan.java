package dev.paycontract.mock.internal.spec;

/**
 * The two character tests the literal text searches over a spec share ({@link
 * SpecLoader#declaresOpenApi31} and {@link RemoteRefScanner}).
 */
final class TextScan {

  private TextScan() {}

  static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  /** The index of the first non-blank character at or after {@code i} (the length if none). */
  static int skipBlanks(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
