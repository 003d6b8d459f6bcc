package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.wire.FilingView;
import kz.officesud.mockserver.TestClaims.ClaimWithFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registration within one working day (the 2018 rules, §23) on Kazakhstan's calendar: across a weekend, and across
 * Nauryz with its moved days off, on the court's virtual clock; and the calendar's data against its facts.
 */
@ExtendWith(NoLeakedCourt.class)
class RegistrationCalendarTest {
    /** Friday 2026-03-20 10:00 in Astana: Nauryz (21–23 March) and its moved days off (24, 25 March) follow. */
    static final Instant FRIDAY_BEFORE_NAURYZ = Instant.parse("2026-03-20T05:00:00Z");

    /** Friday 2026-11-20 10:00: a plain weekend follows. */
    static final Instant FRIDAY_IN_NOVEMBER = Instant.parse("2026-11-20T05:00:00Z");

    private static FilingView fileOne(ReferenceCourt court) throws Exception {
        CourtHttp http = CourtHttp.of(court);
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles claim = TestClaims.claimBy(user, "calendar " + user.iin());
        byte[] manifest = CourtHttp.manifest(claim.claim(), user);
        JsonNode filed = http.file(
                        token,
                        "calendar-" + user.iin(),
                        CourtHttp.filingBody(
                                manifest, CourtHttp.sign(user.key(), manifest), http.uploadAll(token, claim.files())))
                .expect(201)
                .json();
        return CourtHttp.MAPPER.treeToValue(filed, FilingView.class);
    }

    private static FilingStatus statusOf(ReferenceCourt court, FilingView filing) {
        return court.clerk().card(filing.filingId()).registrationNumber() == null
                ? FilingStatus.SENT
                : FilingStatus.REGISTERED;
    }

    @Test
    void theDefaultClerk_registersOnTheNextWorkingDay_acrossAWeekend(@TempDir Path dir) throws Exception {
        try (ReferenceCourt court = ReferenceCourt.builder()
                .dataDirectory(dir)
                .clock(CourtClock.fixed(FRIDAY_IN_NOVEMBER))
                .build()
                .start()) {
            assertThat(court.clerk().policy()).isEqualTo(Clerk.Policy.WITHIN_ONE_WORKING_DAY);
            FilingView filing = fileOne(court);
            assertThat(filing.status()).isEqualTo(FilingStatus.SENT);

            court.clock().advance(Duration.ofHours(71)); // Monday 09:00
            assertThat(statusOf(court, filing)).isEqualTo(FilingStatus.SENT);
            court.clock().advance(Duration.ofHours(1)); // Monday 10:00, one working day after Friday 10:00

            assertThat(statusOf(court, filing)).isEqualTo(FilingStatus.REGISTERED);
            assertThat(court.clerk().card(filing.filingId()).registeredAt())
                    .isEqualTo(Instant.parse("2026-11-23T05:00:00Z"));
        }
    }

    @Test
    void theDefaultClerk_registersAfterNauryzAndItsMovedDaysOff(@TempDir Path dir) throws Exception {
        try (ReferenceCourt court = ReferenceCourt.builder()
                .dataDirectory(dir)
                .clock(CourtClock.fixed(FRIDAY_BEFORE_NAURYZ))
                .build()
                .start()) {
            FilingView filing = fileOne(court);

            court.clock().advance(Duration.ofDays(5)); // Wednesday 25 March, a moved day off
            assertThat(statusOf(court, filing)).isEqualTo(FilingStatus.SENT);
            court.clock().advance(Duration.ofDays(1)); // Thursday 26 March 10:00: the next working day

            assertThat(statusOf(court, filing)).isEqualTo(FilingStatus.REGISTERED);
            assertThat(ZonedDateTime.ofInstant(
                                    court.clerk().card(filing.filingId()).registeredAt(), CourtClock.KAZAKHSTAN)
                            .toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 26));
        }
    }

    @Test
    void theImmediateClerk_isAChoice() throws Exception {
        assertThat(ReferenceCourtMain.parse(new String[] {"--clerk", "immediate"}))
                .isNotNull();
    }

    @Test
    void calendar_facts2024to2026_followTheLabourCodesRule_and2027IsDerived() {
        KazakhstanCalendar calendar = KazakhstanCalendar.standard();
        for (int year = 2024; year <= 2026; year++) {
            KazakhstanCalendar.Year data = calendar.year(year).orElseThrow();
            assertThat(data.derived()).isFalse();
            assertThat(KazakhstanCalendar.derivedTransfers(data.holidays(), data.swaps()))
                    .as("the transfers of %s by the rule", year)
                    .isEqualTo(data.transfers());
        }
        assertThat(calendar.year(2027).orElseThrow().derived()).isTrue();
        assertThat(calendar.year(2027).orElseThrow().transfers())
                .containsEntry(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 4))
                .containsEntry(LocalDate.of(2027, 3, 21), LocalDate.of(2027, 3, 24))
                .containsEntry(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 3))
                .containsEntry(LocalDate.of(2027, 5, 9), LocalDate.of(2027, 5, 10))
                .doesNotContainKey(LocalDate.of(2027, 5, 16)); // Kurban ait on a Sunday does not move
        // a government swap: Friday 3 January 2025 off, Sunday 5 January worked
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 5))).isTrue();
        // Kurban ait 2026 (a Wednesday), Orthodox Christmas
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 27))).isFalse();
        assertThat(calendar.dayOffReason(LocalDate.of(2026, 5, 27)))
                .hasValueSatisfying(r -> assertThat(r).contains("Курбан"));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 20), 1)).isEqualTo(LocalDate.of(2026, 3, 26));
        // a year the data does not cover: the fixed-date holidays by the same rule
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 12, 16))).isFalse();
    }

    @Test
    void calendar_matchesTheSharedFacts_whenPresent() throws Exception {
        Path facts = Path.of("..", "..", "shared", "testdata", "kz", "holidays_kz_2024_2026.json");
        if (!Files.isRegularFile(facts)) {
            facts = Path.of("..", "shared", "testdata", "kz", "holidays_kz_2024_2026.json");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(facts), "shared test data absent");
        JsonNode root = new ObjectMapper().readTree(facts.toFile());
        KazakhstanCalendar calendar = KazakhstanCalendar.standard();
        for (String year : new String[] {"2024", "2025", "2026"}) {
            KazakhstanCalendar.Year data = calendar.year(Integer.parseInt(year)).orElseThrow();
            java.util.List<String> published = new java.util.ArrayList<>();
            root.path(year).path("holidays").forEach(h -> published.add(h.asText()));
            assertThat(data.holidays().stream().map(h -> h.date().toString()).toList())
                    .isNotEmpty()
                    .containsExactlyElementsOf(published);
            Map<String, String> transfers = new TreeMap<>();
            root.path(year)
                    .path("transfer_to")
                    .properties()
                    .forEach(e -> transfers.put(e.getKey(), e.getValue().asText()));
            Map<String, String> ours = new TreeMap<>();
            data.transfers().forEach((k, v) -> ours.put(k.toString(), v.toString()));
            assertThat(ours).isEqualTo(transfers);
        }
    }

    @Test
    void calendar_extendedFromAFile_andABadFileIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("2028.json");
        Files.writeString(
                file,
                "{\"years\": {\"2028\": {\"holidays\": [{\"date\": \"2028-01-03\", \"name\": \"Тест\", \"kind\": \"STATE\"}],"
                        + " \"swaps\": [{\"dayOff\": \"2028-01-04\", \"workingDay\": \"2028-01-08\", \"basis\": \"test\"}]}}}",
                StandardCharsets.UTF_8);
        KazakhstanCalendar extended = KazakhstanCalendar.standard().withFile(file);

        assertThat(extended.years()).contains(2024, 2027, 2028);
        assertThat(extended.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2028, 1, 4))).isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2028, 1, 8))).isTrue();

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"years\": {\"2028\": {\"holidays\": [{\"date\": \"2028-13-01\"}]}}}");
        assertThatThrownBy(() -> KazakhstanCalendar.standard().withFile(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("years.2028.holidays[0].date");
    }
}
