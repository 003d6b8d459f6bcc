package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceCourtMainTest {
    @TempDir
    Path dataDirectory;

    @Test
    void parse_buildsACourtFromTheCommandLine() {
        ReferenceCourt.Builder builder = ReferenceCourtMain.parse(
                new String[] {"--port", "0", "--data-dir", dataDirectory.toString(), "--clerk", "manual"});

        try (ReferenceCourt court = builder.build().start()) {
            assertThat(court.dataDirectory()).contains(dataDirectory);
            assertThat(court.clerk().policy()).isEqualTo(Clerk.Policy.MANUAL);
            assertThat(court.baseUrl().toString()).startsWith("http://127.0.0.1:");
            CourtHttp.of(court).get("/__admin/health").expect(200);
        }
    }

    @Test
    void parse_refusesUnknownOptions_andAnswersHelp() {
        assertThatThrownBy(() -> ReferenceCourtMain.parse(new String[] {"--verbose", "yes"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--verbose");
        assertThatThrownBy(() -> ReferenceCourtMain.parse(new String[] {"--port"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReferenceCourtMain.parse(new String[] {"--clerk", "sometimes"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReferenceCourtMain.parse(new String[] {"--port", "70000"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ReferenceCourtMain.parse(new String[] {"--help"})).isNull();
    }

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReferenceCourtMain.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void oneErrorLine(Run run, String mentioning) {
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines().toList())
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("error: ").contains(mentioning));
    }

    @Test
    void aBadOption_isOneLine_andStatus2() throws Exception {
        oneErrorLine(run("--prot", "8080"), "--prot");
        oneErrorLine(run("--port", "eighty"), "--port");
        oneErrorLine(run("--test-trust-dir", dataDirectory.resolve("absent").toString()), "absent");
    }

    @Test
    void aPortInUse_isOneLine_andStatus2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            oneErrorLine(
                    run("--port", String.valueOf(taken.getLocalPort()), "--in-memory"),
                    String.valueOf(taken.getLocalPort()));
        }
    }

    @Test
    void aDataDirectoryThatIsAFile_isOneLine_andStatus2() throws Exception {
        Path file = Files.writeString(dataDirectory.resolve("a-file"), "not a directory");

        oneErrorLine(run("--port", "0", "--data-dir", file.toString()), "a-file");
    }

    @Test
    void theDefaultDataDirectory_isCourtData_andGitIgnored() throws Exception {
        ReferenceCourt.Builder builder = ReferenceCourtMain.parse(new String[] {"--port", "0"});
        Path gitignore = Path.of("..", ".gitignore");

        try (ReferenceCourt court = builder.build()) {
            assertThat(court.dataDirectory()).contains(Path.of("court-data"));
        }
        assertThat(Files.readAllLines(gitignore)).contains("court-data/");
    }

    @Test
    void startUpLines_giveTheApiControlAndOpenApiAddresses() {
        try (ReferenceCourt court = ReferenceCourt.builder().build().start()) {
            List<String> lines = ReferenceCourtMain.startUpLines(court);

            String base = court.baseUrl().toString();
            assertThat(lines)
                    .anySatisfy(line -> assertThat(line).contains("API:").endsWith(base + "api/v1"))
                    .anySatisfy(line -> assertThat(line).contains("OpenAPI:").endsWith(base + "api/v1/openapi.yaml"))
                    .anySatisfy(line -> assertThat(line).contains("Control:", base + "__admin", court.controlToken()))
                    .anySatisfy(line -> assertThat(line).contains("in memory"));
        }
    }

    @Test
    void parse_theDefaultClerkIsWithinOneWorkingDay_andACalendarFileExtendsTheCalendar() throws Exception {
        java.nio.file.Path calendar = dataDirectory.resolve("2030.json");
        java.nio.file.Files.writeString(
                calendar,
                "{\"years\": {\"2030\": {\"holidays\": [{\"date\": \"2030-02-04\", \"name\": \"Тест\", \"kind\": \"STATE\"}]}}}");

        ReferenceCourt.Builder builder = ReferenceCourtMain.parse(new String[] {
            "--port", "0", "--data-dir", dataDirectory.resolve("data").toString(), "--calendar", calendar.toString()
        });

        try (ReferenceCourt court = builder.build().start()) {
            assertThat(court.clerk().policy()).isEqualTo(Clerk.Policy.WITHIN_ONE_WORKING_DAY);
            assertThat(court.clock().calendar().isWorkingDay(java.time.LocalDate.of(2030, 2, 4)))
                    .isFalse();
        }
        assertThatThrownBy(() -> ReferenceCourtMain.parse(new String[] {
                    "--calendar", dataDirectory.resolve("none.json").toString()
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none.json");
    }
}
