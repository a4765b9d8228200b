package dev.paycontract.mock.internal.spec;

import dev.paycontract.mock.api.SpecLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses {@code $ref}s to http(s) URLs before the parser would fetch them, following relative file
 * refs so fragments are checked too. A mock should not depend on the network at start-up. It also
 * tells whether the document refers to other files at all: one that does not needs no resolving.
 */
final class RemoteRefScanner {

  private static final Pattern REF =
      Pattern.compile("[\"']?\\$ref[\"']?\\s*:\\s*[\"']?([^\"'\\s,}#]*)");

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
      Matcher m = REF.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (target.startsWith("http://") || target.startsWith("https://")) {
          throw new SpecLoadException(
              file
                  + ": line "
                  + lineOf(text, m.start())
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
