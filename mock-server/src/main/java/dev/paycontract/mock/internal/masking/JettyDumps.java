package dev.paycontract.mock.internal.masking;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two shapes of Jetty's debug output that separate a value from the name saying what it is. */
final class JettyDumps {

  private JettyDumps() {}

  /**
   * Jetty's parser names a header and its value apart: {@code headerString=[x], valueString=[v]}.
   */
  private static final Pattern SPLIT_HEADER =
      Pattern.compile("headerString=\\[([^\\]]*)\\],\\s*valueString=\\[([^\\]]*)\\]");

  /**
   * Jetty's {@code headerString=[Cookie], valueString=[...]}: the value hidden when the name is
   * sensitive.
   */
  static String maskSplitHeaders(String line) {
    if (!line.contains("valueString=[")) {
      return line;
    }
    return SPLIT_HEADER
        .matcher(line)
        .replaceAll(
            m ->
                Matcher.quoteReplacement(
                    LogMasking.isSensitive(m.group(1))
                        ? "headerString=["
                            + m.group(1)
                            + "], valueString=["
                            + LogMasking.SECRET
                            + "]"
                        : m.group()));
  }

  /**
   * Jetty's buffer dumps, {@code ={<<<head...tail>>>stale}}, show the start and the end of a buffer
   * and then stale bytes of earlier traffic: the tail and the stale bytes have lost the names that
   * say what they are (a header value without its header), so they are hidden; the head stays.
   */
  static String maskBufferDumps(String line) {
    int open = line.indexOf("<<<");
    if (open < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    int copied = 0;
    while (open >= 0) {
      int close = line.indexOf(">>>", open + 3);
      if (close < 0) {
        break;
      }
      int cut = line.indexOf("...", open + 3);
      int headEnd = cut >= 0 && cut < close ? cut + 3 : close;
      out.append(line, copied, headEnd);
      if (headEnd < close) {
        out.append(LogMasking.SECRET);
      }
      out.append(">>>");
      int staleEnd = line.indexOf('}', close + 3);
      staleEnd = staleEnd < 0 ? line.length() : staleEnd;
      if (staleEnd > close + 3) {
        out.append(LogMasking.SECRET);
      }
      copied = staleEnd;
      open = line.indexOf("<<<", staleEnd);
    }
    return out.append(line, copied, line.length()).toString();
  }
}
