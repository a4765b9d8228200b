package dev.paycontract.specs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each check, on a tiny spec that breaks exactly that check. */
class SpecCheckerTest {

    private final SpecChecker checker = new SpecChecker();

    private List<Finding> check(String resource) {
        return checker.check(resource, Fixtures.resource(resource));
    }

    @Test
    void check_validSpecWithNullsRefsAndParameterExamples_hasNoFindings() {
        assertThat(check("valid/nullable-and-refs.yaml")).isEmpty();
    }

    @Nested
    class ExampleSchema {

        @Test
        void check_exampleBelowMinimum_reportsValueWithLine() {
            assertThat(check("broken/example-breaks-schema.yaml"))
                .extracting(Finding::file, Finding::pointer, Finding::line, Finding::column, Finding::rule)
                .containsExactly(tuple("broken/example-breaks-schema.yaml",
                    "/paths/~1orders/post/requestBody/content/application~1json/examples/tooSmall/value/amount",
                    17, 19, "example-schema"));
        }

        @Test
        void check_exampleBelowMinimum_messageNamesExampleSchemaAndKeyword() {
            assertThat(check("broken/example-breaks-schema.yaml")).singleElement()
                .extracting(Finding::message).asString()
                .contains("example 'tooSmall'")
                .contains("/paths/~1orders/post/requestBody/content/application~1json/schema")
                .contains("(minimum)");
        }

        @Test
        void check_badUuidEmailAndDateTime_reportsEachFormat() {
            String get = "/paths/~1orders~1{id}/get";
            String media = get + "/responses/200/content/application~1json/examples";
            assertThat(check("broken/bad-formats.yaml"))
                .extracting(Finding::pointer, Finding::line, Finding::rule)
                .containsExactlyInAnyOrder(
                    tuple(get + "/parameters/0/example", 18, "example-schema"),
                    tuple(media + "/badEmail/value/email", 29, "example-schema"),
                    tuple(media + "/badDate/value/createdAt", 32, "example-schema"));
            assertThat(check("broken/bad-formats.yaml"))
                .allSatisfy(f -> assertThat(f.message()).contains("(format)"));
        }
    }

    @Nested
    class ConstraintRecord {

        @Test
        void check_constraintWithoutRecord_reportsFilePointerAndLine() {
            assertThat(check("broken/unrecorded-constraint.yaml"))
                .extracting(Finding::file, Finding::pointer, Finding::line, Finding::column, Finding::rule, Finding::message)
                .containsExactly(tuple("broken/unrecorded-constraint.yaml",
                    "/components/schemas/Order/properties/quantity/minimum", 31, 11, "constraint-record",
                    "minimum 1 has no record: quote the provider document under x-source.minimum"
                        + " or state the decision under x-curation.minimum"));
        }

        @Test
        void check_recordsThatDoNotHold_reportEachProblemWhereItIs() {
            String order = "/components/schemas/Order";
            assertThat(check("broken/bad-constraint-records.yaml"))
                .extracting(Finding::pointer, Finding::line, Finding::rule)
                .containsExactlyInAnyOrder(
                    tuple("/paths/~1orders/post/parameters/0/required", 14, "constraint-record"),
                    tuple(order + "/required/1", 29, "constraint-record"),
                    tuple(order + "/properties/intent/enum/2", 35, "constraint-record"),
                    tuple(order + "/properties/amount/x-curation/minimum", 41, "constraint-record"),
                    tuple(order + "/properties/currency/x-source/pattern", 46, "constraint-record"),
                    tuple(order + "/properties/note/x-source/maxLength", 51, "constraint-record"));
        }

        @Test
        void check_recordsThatDoNotHold_sayWhatIsWrong() {
            assertThat(check("broken/bad-constraint-records.yaml"))
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                    "required true has no record: quote the provider document under x-source.required"
                        + " or state the decision under x-curation.required",
                    "required value 'amount' is not named in its x-source or x-curation record",
                    "enum value 'VOID' is not named in its x-source or x-curation record",
                    "x-curation records 'minimum', which this node does not constrain;"
                        + " remove the record with the constraint",
                    "x-source entry must read '<document>: ... \"<the document's words>\" ...'",
                    "x-source entry names document 'update', which info.x-documents does not list [create]");
        }
    }

    @Test
    void check_operationWithoutOperationId_reportsOperation() {
        assertThat(check("broken/missing-operation-id.yaml"))
            .extracting(Finding::file, Finding::pointer, Finding::line, Finding::column, Finding::rule, Finding::message)
            .containsExactly(tuple("broken/missing-operation-id.yaml", "/paths/~1orders~1{id}/get", 13, 5,
                "operation-id", "GET /orders/{id} has no operationId"));
    }

    @Test
    void check_yamlSyntaxError_reportsOnlyTheSyntaxErrorWithLine() {
        assertThat(check("broken/yaml-syntax-error.yaml"))
            .extracting(Finding::file, Finding::pointer, Finding::line, Finding::column, Finding::rule, Finding::message)
            .containsExactly(tuple("broken/yaml-syntax-error.yaml", "", 9, 6, "yaml-syntax",
                "expected <block end>, but found '<block mapping start>' (while parsing a block mapping)"));
    }

    @Test
    void check_responseMediaTypeWithUnnamedExample_reportsMediaType() {
        assertThat(check("broken/unnamed-response-example.yaml"))
            .extracting(Finding::pointer, Finding::line, Finding::column, Finding::rule)
            .containsExactly(tuple("/paths/~1orders/get/responses/200/content/application~1json", 13, 13,
                "named-example"));
    }

    @Test
    void check_parserMessages_becomePointersWithLines() {
        assertThat(check("broken/parser-message.yaml"))
            .extracting(Finding::pointer, Finding::line, Finding::rule)
            .containsExactlyInAnyOrder(
                tuple("/info/title", 2, "parser"),
                tuple("/paths/~1orders/get/responses/204/description", 9, "parser"),
                tuple("/paths/~1orders/get/responses/204/summary", 10, "parser"));
    }

    @Test
    void format_finding_namesFileLineColumnPointerAndRule() {
        Finding finding = new Finding("sezzle/sezzle.yaml", "/paths/~1x/get", 12, 7, "operation-id", "GET /x has no operationId");

        assertThat(finding.format())
            .isEqualTo("sezzle/sezzle.yaml:12:7 /paths/~1x/get [operation-id] GET /x has no operationId");
    }
}
