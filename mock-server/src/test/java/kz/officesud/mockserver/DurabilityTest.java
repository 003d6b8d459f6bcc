package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.signing.revocation.RevocationReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the court decided survives a restart on the same data directory: filings, revocations, the clock, the
 * clerk's policy and pending decisions; what was left SENT is decided at start; a damaged record is set aside.
 */
class DurabilityTest {
    /** Monday 2026-11-23 10:00 in Astana. */
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");

    @TempDir
    Path dataDirectory;

    private ReferenceCourt start() {
        return ReferenceCourt.builder()
                .dataDirectory(dataDirectory)
                .clock(CourtClock.fixed(MONDAY_10))
                .clerkPolicy(Clerk.Policy.IMMEDIATE)
                .build()
                .start();
    }

    private static FilingStatus status(CourtHttp http, String token, String filingId) throws IOException {
        JsonNode filing = http.get("/api/v1/filings/" + filingId, "Authorization", CourtHttp.bearer(token))
                .expect(200)
                .json();
        return CourtHttp.MAPPER.treeToValue(filing.path("status"), FilingStatus.class);
    }

    @Test
    void restart_bringsBackTheClock_theClerk_itsPendingDecisions_andRevocations() throws IOException {
        TestUser revoked;
        Instant advanced;
        try (ReferenceCourt court = start()) {
            revoked = court.control().newIndividual();
            court.control().revoke(revoked.key().certificate(), RevocationReason.KEY_COMPROMISE);
            advanced = court.control().advanceWorkingDays(2);
            court.control().clerkPolicy(Clerk.Policy.MANUAL);
            court.control().clerkNext(FilingStatus.refused(RefusalGround.DUPLICATE), "повторное обращение");
        }

        try (ReferenceCourt court = start()) {
            CourtHttp http = CourtHttp.of(court);
            assertThat(advanced).isEqualTo(Instant.parse("2026-11-25T05:00:00Z"));
            assertThat(court.control().now()).isEqualTo(advanced);
            assertThat(court.control().clerkPolicy()).isEqualTo(Clerk.Policy.MANUAL);
            // the key was issued by the test NCA of the first run: still revoked for log-in
            http.logInWithKey(revoked.key()).expect(401);
            assertThat(http.get("/__admin/revocations").expect(200).json().findValuesAsText("serialNumber"))
                    .containsExactly(
                            revoked.key().certificate().getSerialNumber().toString(16));
            http.logIn(revoked.login(), revoked.password()).expect(201);

            TestUser user = court.control().newIndividual();
            String filingId = http.filedClaim(user, "after restart", "key-after");
            assertThat(status(http, http.token(user), filingId)).isEqualTo(FilingStatus.SENT);
            court.control().runClerk();
            assertThat(status(http, http.token(user), filingId))
                    .isEqualTo(FilingStatus.refused(RefusalGround.DUPLICATE));
        }
    }

    @Test
    void whatWasLeftSent_isDecidedAtStart() throws IOException {
        TestUser user;
        String filingId;
        try (ReferenceCourt court = start()) {
            court.control().clerkPolicy(Clerk.Policy.MANUAL);
            user = court.control().newIndividual();
            filingId = CourtHttp.of(court).filedClaim(user, "left sent", "key-left");
            // the clerk would decide at once now, but the court stops before it looks again (as a crash would)
            court.control().clerkPolicy(Clerk.Policy.IMMEDIATE);
        }

        try (ReferenceCourt court = start()) {
            CourtHttp http = CourtHttp.of(court);
            assertThat(status(http, http.token(user), filingId)).isEqualTo(FilingStatus.REGISTERED);
        }
    }

    @Test
    void aDamagedRecord_isSetAside_andTheCourtStarts() throws IOException {
        TestUser user;
        String filingId;
        try (ReferenceCourt court = start()) {
            user = court.control().newIndividual();
            filingId = CourtHttp.of(court).filedClaim(user, "kept", "key-kept");
        }
        Path filings = dataDirectory.resolve("filings");
        Files.writeString(filings.resolve("F-truncated.json"), "{\"filingId\":\"F-truncated\",\"userId\":");
        Files.writeString(filings.resolve("F-null.json"), "null");
        Files.writeString(filings.resolve("F-wrong.json"), "{\"filingId\": 42}");
        Files.writeString(dataDirectory.resolve("users").resolve("U-broken.json"), "\u0000\u0001garbage");

        try (ReferenceCourt court = start()) {
            CourtHttp http = CourtHttp.of(court);
            assertThat(http.myCases(http.token(user)))
                    .extracting(filing -> filing.path("filingId").asText())
                    .containsExactly(filingId);
        }
        try (Stream<Path> left = Files.list(filings)) {
            assertThat(left.map(file -> file.getFileName().toString())).containsExactly(filingId + ".json");
        }
        try (Stream<Path> aside = Files.walk(dataDirectory.resolve("damaged"))) {
            List<String> names = aside.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .toList();
            assertThat(names)
                    .hasSize(4)
                    .anySatisfy(name -> assertThat(name).startsWith("F-truncated.json"))
                    .anySatisfy(name -> assertThat(name).startsWith("U-broken.json"));
        }
    }

    @Test
    void aDamagedStateFile_isSetAside_andTheCourtStartsFromItsDefaults() throws IOException {
        try (ReferenceCourt court = start()) {
            court.control().advanceWorkingDays(1);
        }
        Path state = dataDirectory.resolve("state").resolve("court.json");
        Files.writeString(state, "{\"clockOffset\": ");

        try (ReferenceCourt court = start()) {
            assertThat(court.control().now()).isEqualTo(MONDAY_10);
            assertThat(court.control().health().status()).isEqualTo("UP");
        }
        try (Stream<Path> files = Files.list(state.getParent())) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).startsWith("court.json.damaged."));
        }
    }
}
