package dev.paycontract.mock.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The mock server's floors, top to bottom, as ArchUnit rules over a root package (the real one, or
 * a fixture tree that breaks them on purpose). Every arrow points down; the map of the floors is in
 * {@code docs/response-selection.md}.
 */
final class Layers {

  private Layers() {}

  static List<ArchRule> rules(String root) {
    String internal = root + ".internal";
    return List.of(
        floors(root, internal), noPackageCycles(root), javalinOnlyInAdapter(root, internal));
  }

  /**
   * cli and junit on top; the server (with the verify and diff commands' entry points); the Javalin
   * adapter; the engine; the rooms; the foundation.
   */
  static ArchRule floors(String root, String internal) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Entry points")
        .definedBy(root + ".cli..", root + ".junit..")
        .layer("Server")
        .definedBy(root, root + ".verify..", root + ".diff..")
        .layer("Adapter")
        .definedBy(internal + ".javalin..")
        .layer("Engine")
        .definedBy(internal + ".engine..")
        .layer("Rooms")
        .definedBy(
            internal + ".routing..",
            internal + ".validation..",
            internal + ".negotiation..",
            internal + ".body..",
            internal + ".state..",
            internal + ".proxy..",
            internal + ".verify..",
            internal + ".diff..",
            root + ".log..")
        .layer("Foundation")
        .definedBy(
            internal + ".spec..",
            internal + ".problem..",
            internal + ".media..",
            internal + ".masking..",
            internal + ".json..",
            root + ".api..")
        .whereLayer("Entry points")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Server")
        .mayOnlyBeAccessedByLayers("Entry points")
        .whereLayer("Adapter")
        .mayOnlyBeAccessedByLayers("Server", "Entry points")
        .whereLayer("Engine")
        .mayOnlyBeAccessedByLayers("Adapter", "Server", "Entry points")
        .whereLayer("Rooms")
        .mayOnlyBeAccessedByLayers("Engine", "Adapter", "Server", "Entry points")
        .withOptionalLayers(true);
  }

  /** No two packages reach each other, through any number of steps. */
  static ArchRule noPackageCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }

  /**
   * The engine is embeddable and testable without sockets: only the adapter knows Javalin and
   * Jetty.
   */
  static ArchRule javalinOnlyInAdapter(String root, String internal) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackage(internal + ".javalin..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
        .because("Javalin and Jetty stay at the edge (internal.javalin)");
  }
}
