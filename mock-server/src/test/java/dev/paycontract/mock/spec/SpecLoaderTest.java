package dev.paycontract.mock.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SpecLoaderTest {

  private static final Path DIR = Path.of("src/test/resources/spec-loading");
  private final SpecLoader loader = new SpecLoader(false);

  private List<LoadedSpec> load(SpecSource... sources) {
    return loader.load(List.of(sources));
  }

  @Nested
  class Success {
    @Test
    void load_file_copiesRootSecurityIntoOperationsWithoutOwn() {
      LoadedSpec spec = load(SpecSource.of(DIR.resolve("api-minimal.yaml"))).get(0);
      var paths = spec.openApi().getPaths();
      assertThat(paths.get("/orders/{orderId}").getGet().getSecurity()).hasSize(1);
      assertThat(paths.get("/health").getGet().getSecurity()).isEmpty();
    }

    @Test
    void load_folder_loadsRootDocumentsAndSkipsFragmentsAndTarget() {
      List<LoadedSpec> specs = load(SpecSource.of(DIR.resolve("folder")));
      assertThat(specs).extracting(s -> s.file().getFileName().toString()).containsExactly("api-root.yaml");
      assertThat(specs.get(0).openApi().getPaths()).containsKey("/things");
      // The relative-file $ref was pulled in as a component.
      assertThat(specs.get(0).openApi().getComponents().getSchemas()).containsKey("Thing");
    }

    @Test
    void load_mountedDuplicate_isAllowed() {
      List<LoadedSpec> specs = load(
          SpecSource.of(DIR.resolve("api-minimal.yaml")),
          new SpecSource(DIR.resolve("api-duplicate-route.yaml"), "/other"));
      assertThat(specs).extracting(LoadedSpec::mountPrefix).containsExactly("", "/other");
    }
  }

  @Nested
  class Failures {
    @Test
    void load_yamlSyntaxError_namesFileAndLine() {
      assertThatThrownBy(() -> load(SpecSource.of(DIR.resolve("api-broken-yaml.yaml"))))
          .isInstanceOf(SpecLoadException.class)
          .hasMessageContaining("api-broken-yaml.yaml")
          .hasMessageContaining("line 4")
          .hasMessageNotContaining("\n");
    }

    @Test
    void load_semanticError_namesFileAndDottedPath() {
      assertThatThrownBy(() -> load(SpecSource.of(DIR.resolve("api-missing-description.yaml"))))
          .isInstanceOf(SpecLoadException.class)
          .hasMessageContaining("api-missing-description.yaml")
          .hasMessageContaining("responses.200.description is missing");
    }

    @Test
    void load_noOperations_fails() {
      assertThatThrownBy(() -> load(SpecSource.of(DIR.resolve("api-no-operations.yaml"))))
          .hasMessage("No operations found in " + DIR.resolve("api-no-operations.yaml"));
    }

    @Test
    void load_remoteRef_isRefusedWithLine() {
      assertThatThrownBy(() -> load(SpecSource.of(DIR.resolve("api-remote-ref.yaml"))))
          .isInstanceOf(SpecLoadException.class)
          .hasMessageContaining("api-remote-ref.yaml: line 12")
          .hasMessageContaining("https://example.invalid/schemas/order.yaml")
          .hasMessageContaining("--allow-remote-refs");
    }

    @Test
    void load_duplicateRouteAcrossSpecs_namesBothFilesAndRoute() {
      assertThatThrownBy(() -> load(
              SpecSource.of(DIR.resolve("api-minimal.yaml")),
              SpecSource.of(DIR.resolve("api-duplicate-route.yaml"))))
          .isInstanceOf(SpecLoadException.class)
          .hasMessageContaining("GET /orders/{id}")
          .hasMessageContaining("api-minimal.yaml")
          .hasMessageContaining("api-duplicate-route.yaml")
          .hasMessageContaining("--mount");
    }

    @Test
    void load_missingFile_namesIt() {
      assertThatThrownBy(() -> load(SpecSource.of(DIR.resolve("nope.yaml"))))
          .hasMessageContaining("nope.yaml");
    }
  }

  @Test
  void parseMount_prefixAndPath() {
    SpecSource s = SpecSource.parseMount("/acme/=specs/acme.yaml");
    assertThat(s.mountPrefix()).isEqualTo("/acme");
    assertThat(s.path()).isEqualTo(Path.of("specs/acme.yaml"));
    assertThatThrownBy(() -> SpecSource.parseMount("acme.yaml")).isInstanceOf(IllegalArgumentException.class);
  }
}
