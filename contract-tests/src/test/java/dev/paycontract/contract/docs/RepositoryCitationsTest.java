package dev.paycontract.contract.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every citation in the repository resolves inside it: a relative Markdown link points at a file
 * that exists, and no comment or document names the team's notes kept outside the repository.
 */
class RepositoryCitationsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Set<String> SKIPPED_DIRS =
      Set.of(".git", "target", "node_modules", ".idea", ".mvn");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

  /** Names of documents that live beside the checkout, never in it. */
  private static final Pattern OUTSIDE =
      Pattern.compile(
          "\\.\\./shared/reference|(?<!docs/)prism-behaviour(?!\\.md)|java-stack\\.md|model-codebases\\.md");

  @Test
  void markdownLinks_resolveInsideTheRepository() throws IOException {
    List<String> dead = new ArrayList<>();
    for (Path file : files(".md")) {
      Matcher m = MARKDOWN_LINK.matcher(Files.readString(file));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("[a-z]+:.*")) {
          continue;
        }
        Path resolved = file.getParent().resolve(target).normalize();
        if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
          dead.add(ROOT.relativize(file) + " -> " + target);
        }
      }
    }
    assertThat(dead).as("relative links that do not resolve inside the repository").isEmpty();
  }

  @Test
  void commentsAndDocs_citeNothingOutsideTheRepository() throws IOException {
    List<String> hits = new ArrayList<>();
    for (Path file : files(".md", ".java", ".xml", ".yaml", ".yml", ".sh", ".txt", ".properties")) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file);
      } catch (MalformedInputException e) {
        continue;
      }
      for (int i = 0; i < lines.size(); i++) {
        if (OUTSIDE.matcher(lines.get(i)).find()) {
          hits.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertThat(hits).as("citations of documents outside the repository").isEmpty();
  }

  private static List<Path> files(String... suffixes) throws IOException {
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk.filter(p -> ROOT.relativize(p).toString().split("[/\\\\]").length > 0)
          .filter(p -> !inSkippedDir(p))
          .filter(Files::isRegularFile)
          .filter(p -> Stream.of(suffixes).anyMatch(s -> p.getFileName().toString().endsWith(s)))
          .filter(p -> !p.getFileName().toString().equals("RepositoryCitationsTest.java"))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static boolean inSkippedDir(Path p) {
    for (Path part : ROOT.relativize(p)) {
      if (SKIPPED_DIRS.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }
}
