package dev.paycontract.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Checks one OpenAPI 3.0 spec and returns every problem as a {@link Finding}: YAML syntax, Swagger
 * Parser messages, operationIds, named response examples, examples against their schemas, and a
 * record ({@code x-source} or {@code x-curation}) for every constraint.
 *
 * <pre>{@code
 * List<Finding> findings = new SpecChecker().check(Path.of("sezzle/sezzle.yaml"));
 * findings.forEach(f -> System.out.println(f.format()));
 * }</pre>
 */
public final class SpecChecker {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<SpecRule> rules = List.of(
        new ParserRule(), new OperationIdRule(), new NamedExampleRule(), new ExampleSchemaRule(),
        new ConstraintRecordRule());

    /** Checks the file, naming it in findings as given. */
    public List<Finding> check(Path file) {
        try {
            return check(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spec " + file, e);
        }
    }

    /** Checks spec text; {@code name} is how findings refer to the file. */
    public List<Finding> check(String name, String text) {
        YamlLocator locator;
        JsonNode tree;
        try {
            locator = YamlLocator.compose(text);
            tree = YAML.readTree(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            return List.of(new Finding(name, "", line, column, "yaml-syntax", problem + context));
        } catch (IOException e) {
            return List.of(new Finding(name, "", 0, 0, "yaml-syntax", e.getMessage()));
        }
        if (tree == null || !tree.isObject()) {
            return List.of(new Finding(name, "", 1, 1, "yaml-syntax", "the document is not a YAML mapping"));
        }
        SpecDocument spec = new SpecDocument(name, text, tree, locator);
        List<Finding> findings = new ArrayList<>();
        for (SpecRule rule : rules) {
            findings.addAll(rule.check(spec));
        }
        return List.copyOf(findings);
    }
}
