package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.validation.FilingValidator;
import kz.officesud.core.validation.Violation;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A document's file name is judged by the one rule of sdk-core: a filing that names a document {@code NUL.pdf} (or
 * with a reserved character, a trailing dot) is refused by the court with 422 and the very key the SDK's local check
 * gives, and an upload under such a name is refused before a byte is stored.
 */
@ExtendWith(NoLeakedCourt.class)
class DocumentNamesTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            builder -> builder.clock(CourtClock.fixed(Instant.parse("2026-11-23T05:00:00Z"))));

    private final CourtHttp http = CourtHttp.of(court);

    @ParameterizedTest
    @CsvSource({
        "NUL.pdf, document.fileName.reserved",
        "con.docx, document.fileName.reserved",
        "LPT1 .pdf, document.fileName.reserved",
        "иск.pdf., document.fileName.trailing",
        "иск:копия.pdf, document.fileName.character"
    })
    void aFilingNamingADocumentBadly_isRefusedWith422_andTheKeyOfTheLocalCheck(String name, String key) {
        TestUser user = court.users().individual();
        String token = http.token(user);
        TestClaims.ClaimWithFiles claim =
                TestClaims.claimBy(user, "name " + UUID.randomUUID(), name, TestClaims.pdf("Иск " + name));
        List<Violation> local = FilingValidator.standard().validate(claim.claim()).violations().stream()
                .filter(v -> v.path().endsWith("fileName"))
                .toList();
        Map<String, String> uploads = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<Attachment, byte[]> file : claim.files().entrySet()) {
            // uploaded under a good name: the filing's manifest is what names the document
            String uploadId = http.upload(token, "document-" + n++ + ".pdf", "application/pdf", file.getValue())
                    .expect(201)
                    .json()
                    .path("uploadId")
                    .asText();
            uploads.put(file.getKey().sha256().hex(), uploadId);
        }
        byte[] manifest = CourtHttp.manifest(claim.claim(), user);

        CourtHttp.Reply reply = http.file(
                token,
                UUID.randomUUID().toString(),
                CourtHttp.filingBody(manifest, CourtHttp.sign(user.key(), manifest), uploads));

        assertThat(local)
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(org.assertj.core.api.Assertions.tuple("statement.fileName", key));
        assertThat(reply.status()).isEqualTo(422);
        JsonNode problem = reply.json();
        assertThat(problem.path("code").asText()).isEqualTo("validation_failed");
        assertThat(problem.path("violations")).hasSize(1);
        assertThat(problem.path("violations").get(0).path("messageKey").asText())
                .isEqualTo(key);
        assertThat(problem.path("violations").get(0).path("path").asText()).endsWith("statement.fileName");
        assertThat(http.myCases(token)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "NUL.pdf, document.fileName.reserved, ru, устройства Windows",
        "com1.docx, document.fileName.reserved, kk, Windows құрылғысының",
        "a%3Cb%3E.pdf, document.fileName.character, en, a character a file name cannot have",
        "claim.pdf., document.fileName.trailing, ru, оканчивается точкой"
    })
    void anUploadUnderABadName_is400_withTheRulesKeyAndMessage(
            String header, String key, String language, String text) {
        TestUser user = court.users().individual();

        CourtHttp.Reply reply = http.send(
                "POST",
                "/api/v1/uploads",
                TestClaims.pdf("x"),
                "Authorization",
                "Bearer " + http.token(user),
                "Content-Type",
                "application/pdf",
                "Accept-Language",
                language,
                "X-File-Name",
                header);

        assertThat(reply.status()).isEqualTo(400);
        JsonNode problem = reply.json();
        assertThat(problem.path("code").asText()).isEqualTo("file_name_invalid");
        assertThat(problem.path("violations").get(0).path("messageKey").asText())
                .isEqualTo(key);
        assertThat(problem.path("violations").get(0).path("message").asText()).contains(text);
    }

    @ParameterizedTest
    @CsvSource({"NUL.pdf", "решение.pdf.", "решение|копия.pdf"})
    void theCourtsOwnDocuments_areHeldToTheSameRule(String name) {
        TestUser user = court.users().individual();
        String filing = http.filedClaim(
                user, "act " + UUID.randomUUID(), UUID.randomUUID().toString());

        CourtHttp.Reply act = http.postJson(
                "/__admin/filings/" + filing + "/acts",
                Map.of(
                        "kind",
                        "DECISION",
                        "title",
                        "Решение",
                        "fileName",
                        name,
                        "content",
                        java.util.Base64.getEncoder().encodeToString(TestClaims.pdf("act"))),
                "Authorization",
                "Bearer " + court.court().controlToken());

        assertThat(act.status()).isEqualTo(400);
        assertThat(act.json().path("code").asText()).isEqualTo("file_name_invalid");
        assertThat(http.get("/api/v1/judicial-acts", "Authorization", "Bearer " + http.token(user))
                        .expect(200)
                        .json())
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"NUL.pdf", "решение.pdf.", "решение|копия.pdf"})
    void theCourtsOwnDocuments_issuedInProcess_areHeldToTheSameRule(String name) {
        TestUser user = court.users().individual();
        FilingId filing = FilingId.of(http.filedClaim(
                user, "act " + UUID.randomUUID(), UUID.randomUUID().toString()));

        assertThatThrownBy(() -> court.clerk()
                        .issueAct(
                                filing,
                                JudicialActKind.DECISION,
                                "Решение",
                                name,
                                "application/pdf",
                                TestClaims.pdf("act")))
                .isInstanceOfSatisfying(ReferenceCourtException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReferenceCourtException.Reason.INVALID);
                    assertThat(e.getMessage()).startsWith("file_name_invalid");
                });
        assertThat(court.clerk()
                        .issueAct(
                                filing,
                                JudicialActKind.DECISION,
                                "Решение",
                                "решение.pdf",
                                "application/pdf",
                                TestClaims.pdf("act"))
                        .fileName())
                .isEqualTo("решение.pdf");
        assertThat(http.get("/api/v1/judicial-acts", "Authorization", "Bearer " + http.token(user))
                        .expect(200)
                        .json())
                .hasSize(1);
    }
}
