package dev.paycontract.mock.cli;

import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.spec.SpecFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot reload: watches the spec files and every file they {@code $ref} (their folders, since editors
 * save by writing a new file and renaming it over the old one) and calls {@link
 * MockServer#reload()} once the changes settle ({@value #DEBOUNCE_MS} ms without another event). A
 * spec that no longer loads leaves the last good version serving; the next good save recovers.
 * Unlike Prism, which exits in that case (docs/prism-compatibility.md, D2).
 *
 * <pre>{@code
 * try (SpecWatcher watcher = SpecWatcher.start(server, SpecWatcher.logging())) { ... }
 * }</pre>
 */
final class SpecWatcher implements AutoCloseable {

  static final long DEBOUNCE_MS = 200;
  private static final Logger LOG = LoggerFactory.getLogger("dev.paycontract.mock");

  /** What one reload did. */
  public sealed interface Reload {
    /** The changed files that triggered it. */
    List<Path> changed();

    /** The new specs are served. */
    record Reloaded(List<Path> changed, int operations) implements Reload {}

    /**
     * The specs did not load; the previous version is still served. {@code message} names file and
     * location.
     */
    record Failed(List<Path> changed, String message) implements Reload {}
  }

  private final MockServer server;
  private final Consumer<Reload> onReload;
  private final WatchService watchService;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Thread thread;
  private volatile SpecFiles files;

  private SpecWatcher(MockServer server, Consumer<Reload> onReload) throws IOException {
    this.server = server;
    this.onReload = onReload;
    this.watchService = FileSystems.getDefault().newWatchService();
    this.files = server.specFiles();
    register(files);
    this.thread = new Thread(this::run, "spec-watcher");
    thread.setDaemon(true);
  }

  /** Starts watching the server's spec files; {@code onReload} hears of every reload attempt. */
  public static SpecWatcher start(MockServer server, Consumer<Reload> onReload) {
    try {
      SpecWatcher watcher = new SpecWatcher(server, onReload);
      watcher.thread.start();
      return watcher;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot watch the spec files: " + e.getMessage(), e);
    }
  }

  /**
   * Logs each reload as one line: {@code reloaded api.yaml (12 operations)}, or the load error
   * without a stack trace.
   */
  public static Consumer<Reload> logging() {
    return r -> {
      if (r instanceof Reload.Failed) {
        LOG.error(describe(r));
      } else {
        LOG.info(describe(r));
      }
    };
  }

  /** The log line for a reload. */
  public static String describe(Reload reload) {
    String names =
        reload.changed().stream().map(SpecWatcher::display).collect(Collectors.joining(", "));
    return switch (reload) {
      case Reload.Reloaded r ->
          "reloaded "
              + names
              + " ("
              + r.operations()
              + (r.operations() == 1 ? " operation)" : " operations)");
      case Reload.Failed f ->
          "reload of " + names + " failed; still serving the last good version: " + f.message();
    };
  }

  @Override
  public void close() {
    try {
      watchService.close();
    } catch (IOException e) {
      // closing: nothing left to do
    }
    thread.interrupt();
  }

  private void run() {
    Set<Path> pending = new LinkedHashSet<>();
    long deadline = 0;
    try {
      while (true) {
        long wait = deadline - System.nanoTime();
        if (!pending.isEmpty() && wait <= 0) {
          reload(new ArrayList<>(pending));
          pending.clear();
          continue;
        }
        WatchKey key =
            pending.isEmpty() ? watchService.take() : watchService.poll(wait, TimeUnit.NANOSECONDS);
        if (key == null) {
          continue;
        }
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
          if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
            relevant |= pending.add(folder);
          } else if (folder != null && event.context() instanceof Path name) {
            Path file = folder.resolve(name).normalize();
            if (files.affectedBy(file)) {
              pending.add(file);
              relevant = true;
            }
          }
        }
        if (!key.reset()) {
          folders.remove(key);
        }
        if (relevant) {
          deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DEBOUNCE_MS);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed
    }
  }

  private void reload(List<Path> changed) {
    Reload outcome;
    try {
      List<LoadedSpec> specs = server.reload();
      outcome =
          new Reload.Reloaded(changed, specs.stream().mapToInt(SpecWatcher::operations).sum());
    } catch (RuntimeException e) {
      outcome = new Reload.Failed(changed, String.valueOf(e.getMessage()));
    }
    // A save may have added or removed $refs: watch what the specs read now.
    files = server.specFiles();
    try {
      register(files);
    } catch (IOException e) {
      LOG.warn("cannot watch {}: {}", e.getMessage(), e.getClass().getSimpleName());
    }
    onReload.accept(outcome);
  }

  private void register(SpecFiles specFiles) throws IOException {
    for (Path folder : specFiles.watchedFolders()) {
      if (Files.isDirectory(folder) && !folders.containsValue(folder)) {
        folders.put(
            folder.register(
                watchService,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE),
            folder);
      }
    }
  }

  private static int operations(LoadedSpec spec) {
    return spec.openApi().getPaths() == null
        ? 0
        : spec.openApi().getPaths().values().stream()
            .mapToInt(p -> p.readOperations().size())
            .sum();
  }

  private static String display(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
  }
}
