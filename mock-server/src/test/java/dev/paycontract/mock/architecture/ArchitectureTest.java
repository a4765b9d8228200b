package dev.paycontract.mock.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The layering of docs/response-selection.md, held on the mock server's main classes. */
class ArchitectureTest {

  private static final String ROOT = "dev.paycontract.mock";

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  @Test
  void mainClasses_followTheFloors_noCycles_javalinOnlyInAdapter() {
    for (ArchRule rule : Layers.rules(ROOT)) {
      rule.check(MAIN);
    }
  }

  @Test
  void upwardImport_failsNamingBothClasses() {
    JavaClasses fixture =
        new ClassFileImporter().importPackages(ROOT + ".architecture.fixture");
    String root = ROOT + ".architecture.fixture";

    assertThatThrownBy(() -> Layers.floors(root, root + ".internal").check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fixture.internal.json.UpwardJson")
        .hasMessageContaining("fixture.internal.engine.Orchestrator");
  }

  /**
   * What users may touch: the builder, the options and records in {@code api}, the JUnit extension,
   * the request log and the CLI's entry point. Everything else is under {@code internal}.
   */
  @Test
  void publicTypesOutsideInternal_areTheDocumentedApi() {
    TreeSet<String> publicApi = new TreeSet<>();
    for (JavaClass c : MAIN) {
      if (c.isTopLevelClass()
          && c.getModifiers().contains(JavaModifier.PUBLIC)
          && !c.getPackageName().contains(".internal")) {
        publicApi.add(c.getName().substring(ROOT.length() + 1));
      }
    }
    assertThat(publicApi)
        .containsExactly(
            "MockServer",
            "RequestJournal",
            "api.Exchange",
            "api.ExchangeListener",
            "api.MockOptions",
            "api.MockRequest",
            "api.MockResponse",
            "api.ResourceRef",
            "api.SpecLoadException",
            "api.SpecSource",
            "api.Violation",
            "cli.Main",
            "junit.MockBaseUrl",
            "junit.MockServerExtension",
            "junit.MockServerTest",
            "log.RequestLog");
  }
}
