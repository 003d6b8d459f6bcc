package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
            assertThat(court.dataDirectory()).isEqualTo(dataDirectory);
            assertThat(court.clerk().policy()).isEqualTo(Clerk.Policy.MANUAL);
            assertThat(court.baseUrl().toString()).startsWith("http://127.0.0.1:");
            new CourtHttp(court.baseUrl()).get("/__admin/health").expect(200);
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
        assertThat(ReferenceCourtMain.parse(new String[] {"--help"})).isNull();
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
