package dev.paycontract.mock.internal.spec;

import dev.paycontract.mock.api.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files a set of spec sources is read from: the root documents, every file they {@code $ref}
 * (transitively, by a text scan that also works on a spec that no longer parses), and, for folder
 * sources, the folders themselves (a new root document may appear there). Hot reload watches them.
 *
 * @param files absolute, normalised paths of the documents and their {@code $ref}'d files
 * @param folders folder sources and their direct subfolders: any YAML or JSON file there counts
 */
public record SpecFiles(Set<Path> files, Set<Path> folders) {

  private static final String REF = "$ref";
  private static final Pattern SPEC_NAME = Pattern.compile("(?i).*\\.(ya?ml|json)");

  public SpecFiles {
    files = Set.copyOf(files);
    folders = Set.copyOf(folders);
  }

  public static SpecFiles of(List<SpecSource> sources) {
    Set<Path> folders = new LinkedHashSet<>();
    Deque<Path> todo = new ArrayDeque<>();
    for (SpecSource source : sources) {
      Path path = source.path().toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        folders.add(path);
        try (Stream<Path> walk = Files.walk(path, 2)) {
          walk.forEach(
              p -> {
                if (Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")) {
                  folders.add(p);
                } else if (SPEC_NAME.matcher(p.getFileName().toString()).matches()) {
                  todo.add(p);
                }
              });
        } catch (IOException | java.io.UncheckedIOException e) {
          // a folder that cannot be read now may be readable after the next change
        }
      } else {
        todo.add(path);
      }
    }
    Set<Path> files = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      Path file = todo.pop();
      if (!files.add(file) || !Files.isRegularFile(file)) {
        continue;
      }
      String text;
      try {
        text = Files.readString(file);
      } catch (IOException e) {
        continue;
      }
      // the literal search RemoteRefScanner uses (a regular expression here was 1 % of a start)
      for (int at = text.indexOf(REF); at >= 0; at = text.indexOf(REF, at + REF.length())) {
        String target = RemoteRefScanner.refTarget(text, at + REF.length());
        if (target != null && !target.isEmpty() && !target.contains("://")) {
          todo.add(file.resolveSibling(target).normalize());
        }
      }
    }
    return new SpecFiles(files, folders);
  }

  /** True when a change to this file (absolute, normalised) may change what is served. */
  public boolean affectedBy(Path file) {
    return files.contains(file)
        || (folders.contains(file.getParent())
            && SPEC_NAME.matcher(file.getFileName().toString()).matches());
  }

  /** The folders to watch: those of the files, and the folder sources. */
  public Set<Path> watchedFolders() {
    Set<Path> out = new LinkedHashSet<>(folders);
    files.forEach(f -> out.add(f.getParent()));
    return out;
  }
}
