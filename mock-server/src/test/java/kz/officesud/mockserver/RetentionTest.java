package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import kz.officesud.core.model.FiledDocument;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.wire.FilingView;
import kz.officesud.mockserver.TestClaims.ClaimWithFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The copies of uploaded documents are kept six months after upload, then deleted; the records stay. */
@ExtendWith(NoLeakedCourt.class)
class RetentionTest {
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
                    builder -> builder.clock(CourtClock.fixed(MONDAY_10)).clerkPolicy(Clerk.Policy.IMMEDIATE))
            .onDisk();

    @Test
    void sixMonthsAfterUpload_theCopiesAreDeleted_andTheFilingsRecordStays() throws Exception {
        CourtHttp http = CourtHttp.of(court);
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles claim = TestClaims.claimBy(user, "retention");
        byte[] manifest = CourtHttp.manifest(claim.claim(), user);
        String filingId = http.file(
                        token,
                        "retention",
                        CourtHttp.filingBody(
                                manifest, CourtHttp.sign(user.key(), manifest), http.uploadAll(token, claim.files())))
                .expect(201)
                .json()
                .path("filingId")
                .asText();
        FilingView before = view(http, token, filingId);
        Instant sixMonths = ZonedDateTime.ofInstant(MONDAY_10, CourtClock.KAZAKHSTAN)
                .plusMonths(6)
                .toInstant();
        assertThat(before.documents()).hasSize(2).allSatisfy(d -> {
            assertThat(d.keptUntil()).isEqualTo(sixMonths);
            assertThat(d.deletedAt()).isNull();
        });
        java.nio.file.Path blob = court.dataDirectory()
                .resolve("blobs")
                .resolve(before.documents().get(0).sha256().hex().substring(0, 2))
                .resolve(before.documents().get(0).sha256().hex());
        assertThat(blob).exists();

        court.clock().advance(Duration.between(MONDAY_10, sixMonths).minusMinutes(1));
        assertThat(blob).exists();
        court.clock().advance(Duration.ofMinutes(1));

        FilingView after = view(http, http.token(user), filingId); // a new session: the old one expired
        assertThat(Files.exists(blob)).isFalse();
        assertThat(after.documents()).extracting(FiledDocument::deletedAt).containsOnly(sixMonths);
        assertThat(after.documents())
                .extracting(FiledDocument::fileName)
                .containsExactlyElementsOf(
                        before.documents().stream().map(FiledDocument::fileName).toList());
        assertThat(after.status()).isEqualTo(FilingStatus.REGISTERED);
        assertThat(after.talon()).isEqualTo(before.talon());
        JsonNode run = http.postJson("/__admin/retention/run", java.util.Map.of())
                .expect(200)
                .json();
        assertThat(run.path("purgedUploads")).isEmpty();
    }

    private static FilingView view(CourtHttp http, String token, String filingId) throws Exception {
        return CourtHttp.MAPPER.readValue(
                http.get("/api/v1/filings/" + filingId, "Authorization", CourtHttp.bearer(token))
                        .expect(200)
                        .body(),
                FilingView.class);
    }
}
