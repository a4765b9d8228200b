package dev.paycontract.mock.internal.spec;

import static dev.paycontract.mock.internal.spec.TextScan.isQuote;
import static dev.paycontract.mock.internal.spec.TextScan.skipBlanks;

import dev.paycontract.mock.api.SpecLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Refuses {@code $ref}s to http(s) URLs before the parser would fetch them, following relative file
 * refs so fragments are checked too. A mock should not depend on the network at start-up. It also
 * tells whether the document refers to other files at all: one that does not needs no resolving.
 */
final class RemoteRefScanner {

  private static final String REF = "$ref";

  /**
   * Returns whether the document (or a fragment it names) refers to another file.
   *
   * @param rootText the root document's text when the caller has read it already, else null
   */
  boolean check(Path root, String rootText) {
    Deque<Path> todo = new ArrayDeque<>();
    Set<Path> seen = new HashSet<>();
    Path start = root.toAbsolutePath().normalize();
    todo.add(start);
    while (!todo.isEmpty()) {
      Path file = todo.pop();
      if (!seen.add(file) || !Files.isRegularFile(file)) {
        continue;
      }
      String text;
      try {
        text = file.equals(start) && rootText != null ? rootText : Files.readString(file);
      } catch (IOException e) {
        continue; // the parser reports unreadable files with their own message
      }
      // A search for the literal "$ref" and a look at what follows: a regular expression starting
      // with an optional quote is tried at every offset, a tenth of the start-up on a 1.5 MB spec.
      for (int at = text.indexOf(REF); at >= 0; at = text.indexOf(REF, at + REF.length())) {
        String target = refTarget(text, at + REF.length());
        if (target == null) {
          continue;
        }
        if (target.startsWith("http://") || target.startsWith("https://")) {
          throw new SpecLoadException(
              file
                  + ": line "
                  + lineOf(text, at)
                  + ": remote $ref "
                  + target
                  + " refused; pass --allow-remote-refs to fetch it");
        }
        if (!target.isEmpty()) {
          todo.add(file.resolveSibling(target).normalize());
        }
      }
    }
    return seen.size() > 1;
  }

  /**
   * The target of a {@code $ref} key whose name ends at {@code from} (YAML or JSON, quoted or not):
   * the value up to its closing quote, a blank, a comma, a brace or a {@code #} (a local fragment
   * gives ""); null when no colon follows, so the text is not a key.
   */
  static String refTarget(String text, int from) {
    int i = from;
    if (i < text.length() && isQuote(text.charAt(i))) {
      i++;
    }
    i = skipBlanks(text, i);
    if (i >= text.length() || text.charAt(i) != ':') {
      return null;
    }
    i = skipBlanks(text, i + 1);
    if (i < text.length() && isQuote(text.charAt(i))) {
      i++;
    }
    int end = i;
    while (end < text.length() && !endsTarget(text.charAt(end))) {
      end++;
    }
    return text.substring(i, end);
  }

  private static boolean endsTarget(char c) {
    return isQuote(c) || Character.isWhitespace(c) || c == ',' || c == '}' || c == '#';
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
