package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OpenAPI description and the routes the court registers are the same list of operations. */
@ExtendWith(NoLeakedCourt.class)
class OpenApiTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();

    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch|head|options):\\s*$");

    /** The operations of the YAML, read by its layout: paths at indent 2, methods at indent 4. */
    static List<String> documentedOperations() throws IOException {
        String yaml;
        try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi/officesud-court.yaml")) {
            assertThat(in).as("the bundled OpenAPI file").isNotNull();
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> operations = new ArrayList<>();
        boolean inPaths = false;
        String path = null;
        for (String line : yaml.split("\n")) {
            if (!line.startsWith(" ") && !line.isBlank()) {
                inPaths = line.startsWith("paths:");
                path = null;
                continue;
            }
            if (!inPaths) {
                continue;
            }
            Matcher pathMatch = PATH.matcher(line);
            if (pathMatch.matches()) {
                path = pathMatch.group(1);
                continue;
            }
            Matcher methodMatch = METHOD.matcher(line);
            if (methodMatch.matches() && path != null) {
                operations.add(methodMatch.group(1).toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        return operations;
    }

    @Test
    void everyRegisteredRoute_isDocumented_andEveryDocumentedOperation_isServed() throws IOException {
        List<String> documented = documentedOperations();

        assertThat(documented).hasSizeGreaterThanOrEqualTo(38).doesNotHaveDuplicates();
        assertThat(court.court().operations()).containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void everyControlOperation_isDocumented_withTheControlToken_andNoOtherOperationTakesIt() throws IOException {
        com.fasterxml.jackson.databind.JsonNode paths;
        try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi/officesud-court.yaml")) {
            paths = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                    .readTree(in)
                    .path("paths");
        }
        List<String> control = court.court().operations().stream()
                .filter(operation -> operation.contains(" /__admin/"))
                .toList();
        assertThat(control)
                .as("the control API: reset, snapshot, clock, clerk, faults, journal, outboxes, users, revocations")
                .hasSizeGreaterThanOrEqualTo(22);
        Set<String> operationIds = new java.util.HashSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            com.fasterxml.jackson.databind.JsonNode operation = method.getValue();
            String name = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            assertThat(operationIds.add(operation.path("operationId").asText()))
                    .as("operationId of %s is unique", name)
                    .isTrue();
            boolean controlToken = operation.path("security").toString().contains("controlToken");
            assertThat(controlToken)
                    .as("%s takes the control token exactly when it is a control operation", name)
                    .isEqualTo(path.getKey().startsWith("/__admin/"));
            List<String> statuses = new java.util.ArrayList<>();
            operation.path("responses").fieldNames().forEachRemaining(statuses::add);
            assertThat(statuses).as("%s documents its client errors", name).anySatisfy(status -> assertThat(status)
                    .startsWith("4"));
        }));
    }

    @Test
    void documentIsOpenApi31() throws IOException {
        try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi/officesud-court.yaml")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("openapi: 3.1.0\n");
        }
    }
}
