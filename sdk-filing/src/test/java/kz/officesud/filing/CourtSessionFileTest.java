package kz.officesud.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Talon;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.transport.AuthenticationException;
import kz.officesud.transport.CourtIoException;
import kz.officesud.transport.CourtServiceException;
import kz.officesud.transport.CourtTimeoutException;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

class CourtSessionFileTest extends CourtServerTestBase {

    @Test
    void file_uploadsEachDocument_signsTheManifest_andReturnsTheTalon() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        server.enqueue(filed(201));
        List<FilingProgress> progress = new ArrayList<>();

        Talon talon = session.file(claim, key(), progress::add);

        assertThat(talon).isEqualTo(talon());
        List<RecordedRequest> requests = takeAll();
        assertThat(requests)
                .extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
                .containsExactly("POST /api/v1/uploads", "POST /api/v1/uploads", "POST /api/v1/filings");

        RecordedRequest statement = requests.get(0);
        Attachment statementDoc = claim.documents().get(0).attachment();
        assertThat(statement.getHeaders().get("Authorization")).isEqualTo("Bearer tok-secret-1");
        assertThat(statement.getHeaders().get("Content-Type")).isEqualTo("application/pdf");
        assertThat(statement.getHeaders().get("X-File-Name"))
                .isEqualTo(
                        "%D0%B8%D1%81%D0%BA%D0%BE%D0%B2%D0%BE%D0%B5%20%D0%B7%D0%B0%D1%8F%D0%B2%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5.pdf");
        assertThat(requests.get(1).getHeaders().get("X-File-Name"))
                .isEqualTo("%D0%B4%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%20%2B%20%D0%B0%D0%BA%D1%82.pdf");
        assertThat(statement.getBody().toByteArray()).isEqualTo(Files.readAllBytes(statementFile));
        assertThat(statement.getBodySize()).isEqualTo(statementDoc.size());

        RecordedRequest filing = requests.get(2);
        assertThat(filing.getHeaders().get("Idempotency-Key")).isNotBlank();
        JsonNode body = bodyJson(filing);
        byte[] manifest = Base64.getDecoder().decode(body.get("manifest").asText());
        JsonNode m = JSON.readTree(manifest);
        assertThat(m.get("version").asInt()).isEqualTo(2);
        assertThat(m.get("service").asText()).isEqualTo("CLAIM");
        assertThat(m.get("signer").get("iin").asText()).isEqualTo("123456789011");
        assertThat(m.get("signer").get("bin").isNull()).isTrue();
        assertThat(m.get("createdAt").asText()).isEqualTo("2025-03-10T04:05:06Z");
        assertThat(m.get("filing").get("court").asText()).isEqualTo(court().code());
        // The manifest is exactly the canonical JSON of what it says (sorted keys, no whitespace).
        assertThat(manifest).isEqualTo(OfficesudJson.canonicalBytes(JSON.treeToValue(m, Object.class)));
        assertThat(Manifest.parse(manifest).filing()).isEqualTo(claim);
        assertThat(new String(manifest, StandardCharsets.UTF_8)).doesNotContain("\n", ": ");
        assertThat(m.get("filing").toString()).contains(statementDoc.sha256().hex());
        assertThat(body.get("uploads").get(statementDoc.sha256().hex()).asText())
                .isEqualTo("up-1");
        assertThat(body.get("uploads")
                        .get(claim.documents().get(1).attachment().sha256().hex())
                        .asText())
                .isEqualTo("up-2");
        assertThat(Base64.getDecoder().decode(body.get("signature").asText())[0])
                .isEqualTo((byte) 0x30);

        long total =
                claim.documents().stream().mapToLong(d -> d.attachment().size()).sum();
        assertThat(progress.get(0)).isEqualTo(new FilingProgress(0, total));
        assertThat(progress.get(progress.size() - 1)).isEqualTo(new FilingProgress(total, total));
        assertThat(progress.get(progress.size() - 1).fraction()).isEqualTo(1.0);
        assertThat(progress).extracting(FilingProgress::bytesUploaded).isSorted();
    }

    @Test
    void file_whenTheSameBytesAreAttachedTwice_uploadsThemOnce() throws Exception {
        Claim.Builder builder = claimBuilder();
        java.nio.file.Path copy = dir.resolve("copy.pdf");
        Files.copy(statementFile, copy);
        Claim claim = builder.attachment(copy).build();
        CourtSession session = session();
        server.enqueue(uploadAnswer("up-1", claim.documents().get(0).attachment()));
        server.enqueue(uploadAnswer("up-2", claim.documents().get(1).attachment()));
        server.enqueue(filed(201));

        session.file(claim, key());

        List<RecordedRequest> requests = takeAll();
        assertThat(requests)
                .extracting(r -> r.getUrl().encodedPath())
                .containsExactly("/api/v1/uploads", "/api/v1/uploads", "/api/v1/filings");
        JsonNode uploads = bodyJson(requests.get(2)).get("uploads");
        assertThat(uploads.size()).isEqualTo(2);
        assertThat(uploads.get(claim.documents().get(2).attachment().sha256().hex())
                        .asText())
                .isEqualTo("up-1");
    }

    @Test
    void file_whenTheLocalCheckFails_throwsWithEveryViolation_beforeAnyUpload() throws Exception {
        claim();
        Claim incomplete = Claim.builder().document(statementFile).build();
        CourtSession session = session();

        assertThatThrownBy(() -> session.file(incomplete, key()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.checkedByCourt()).isFalse();
                    ValidationReport report = e.report();
                    assertThat(report.violations())
                            .extracting(v -> v.path())
                            .contains("court", "proceedings", "category", "participants", "stateFee");
                    assertThat(e.messages()).hasSize(report.violations().size());
                    assertThat(e.getMessage()).startsWith("the filing fails the court's rules: ");
                });
        assertThat(server.getRequestCount()).isEqualTo(1); // the log-in only
    }

    @Test
    void file_whenADocumentChangesAfterTheClaimWasBuilt_filesNothing() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        byte[] edited = Files.readAllBytes(annexFile);
        edited[edited.length / 2] ^= 1; // same size, other bytes
        Files.write(annexFile, edited);
        enqueueUploads(claim);
        enqueueUploads(claim);
        server.enqueue(filed(201));

        assertThatThrownBy(() -> session.file(claim, key()))
                .isInstanceOfSatisfying(DocumentChangedException.class, e -> {
                    assertThat(e.fileName()).isEqualTo("договор + акт.pdf");
                    assertThat(e.expectedSha256())
                            .isEqualTo(claim.documents().get(1).attachment().sha256());
                    assertThat(e.actualSize()).isEqualTo(e.expectedSize());
                    assertThat(e.actualSha256()).isPresent().get().isNotEqualTo(e.expectedSha256());
                    assertThat(e.getMessage()).contains("changed after the filing was built");
                });
        assertThat(takeAll()).extracting(r -> r.getUrl().encodedPath()).doesNotContain("/api/v1/filings");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void file_whenADocumentGrew_stopsReadingAndFilesNothing() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        Files.write(statementFile, new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
        enqueueUploads(claim);
        enqueueUploads(claim);
        server.enqueue(filed(201));

        assertThatThrownBy(() -> session.file(claim, key()))
                .isInstanceOfSatisfying(DocumentChangedException.class, e -> {
                    assertThat(e.fileName()).isEqualTo("исковое заявление.pdf");
                    assertThat(e.actualSha256()).isEmpty();
                    assertThat(e.actualSize()).isGreaterThan(e.expectedSize());
                });
        assertThat(takeAll()).extracting(r -> r.getUrl().encodedPath()).doesNotContain("/api/v1/filings");
    }

    @Test
    void file_whenSubmissionAnswers503_repeatsWithTheSameIdempotencyKey() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        server.enqueue(problem(503, "unavailable", "busy"));
        server.enqueue(problem(502, "bad_gateway", "proxy"));
        server.enqueue(filed(201));

        Talon talon = session.file(claim, key());

        assertThat(talon.number()).isEqualTo("T-2025-000123");
        List<RecordedRequest> filings = takeAll().stream()
                .filter(r -> r.getUrl().encodedPath().equals("/api/v1/filings"))
                .toList();
        assertThat(filings).hasSize(3);
        assertThat(filings)
                .extracting(r -> r.getHeaders().get("Idempotency-Key"))
                .containsOnly(filings.get(0).getHeaders().get("Idempotency-Key"));
        assertThat(filings)
                .extracting(r -> r.getBody().utf8())
                .containsOnly(filings.get(0).getBody().utf8());
        // Full jitter within the capped exponential bounds: [0, 100 ms], then [0, 200 ms].
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(100));
        assertThat(sleeps.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(200));
    }

    @Test
    void file_when429WithRetryAfter_waitsAsAskedThenRepeats() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        server.enqueue(problem(429, "too_many_requests", "slow down")
                .newBuilder()
                .addHeader("Retry-After", "3")
                .build());
        server.enqueue(filed(201));

        session.file(claim, key());

        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
        assertThat(server.getRequestCount()).isEqualTo(1 + 2 + 2);
    }

    @Test
    void file_whenRetryAfterExceedsTheCallTimeout_failsAtOnce() throws Exception {
        office.close();
        office = officeBuilder().callTimeout(Duration.ofSeconds(5)).build();
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        server.enqueue(problem(429, "too_many_requests", "slow down")
                .newBuilder()
                .addHeader("Retry-After", "60")
                .build());

        assertThatThrownBy(() -> session.file(claim, key())).isInstanceOfSatisfying(CourtServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(429);
            assertThat(e.retryable()).isTrue();
        });
        assertThat(sleeps).isEmpty();
    }

    @Test
    void file_whenTheConnectionDropsAfterTheCourtTookTheFiling_theRetryGetsTheSameTalon() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        server.enqueue(filed(200)); // the court's answer to a repeated key: 200, the same talon

        Talon talon = session.file(claim, key());

        assertThat(talon).isEqualTo(talon());
        List<RecordedRequest> filings = takeAll().stream()
                .filter(r -> r.getUrl().encodedPath().equals("/api/v1/filings"))
                .toList();
        assertThat(filings).hasSizeGreaterThanOrEqualTo(2);
        assertThat(filings)
                .extracting(r -> r.getHeaders().get("Idempotency-Key"))
                .containsOnly(filings.get(0).getHeaders().get("Idempotency-Key"));
    }

    @Test
    void file_whenTheUploadConnectionDrops_streamsTheDocumentAgain() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        enqueueUploads(claim);
        server.enqueue(filed(201));

        session.file(claim, key());

        List<RecordedRequest> uploads = takeAll().stream()
                .filter(r -> r.getUrl().encodedPath().equals("/api/v1/uploads"))
                .toList();
        assertThat(uploads).hasSize(3);
        assertThat(uploads.get(0).getBody()).isEqualTo(uploads.get(1).getBody());
        assertThat(uploads.get(1).getBody().toByteArray()).isEqualTo(Files.readAllBytes(statementFile));
        assertThat(uploads.get(0).getHeaders().get("Idempotency-Key"))
                .isEqualTo(uploads.get(1).getHeaders().get("Idempotency-Key"))
                .isNotEqualTo(uploads.get(2).getHeaders().get("Idempotency-Key"));
    }

    @Test
    void file_whenTheCourtRejectsTheForm_throwsValidationExceptionWithItsMessages() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        server.enqueue(problem(
                422,
                "validation_failed",
                "The filing fails validation",
                ",\"violations\":[{\"path\":\"participants[1].party.iin\",\"rejectedValue\":\"000000000000\","
                        + "\"messageKey\":\"iin.checksum\",\"message\":\"IIN 000000000000 has a wrong check digit\"},"
                        + "{\"path\":\"claimAmount\",\"rejectedValue\":null,\"messageKey\":\"claim.claimAmount.required\","
                        + "\"message\":\"The claim amount is required\"}]"));

        assertThatThrownBy(() -> session.file(claim, key())).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.checkedByCourt()).isTrue();
            assertThat(e.requestId()).contains("req-validation_failed");
            assertThat(e.report().violations())
                    .extracting(v -> v.messageKey())
                    .containsExactly("iin.checksum", "claim.claimAmount.required");
            assertThat(e.report().violations().get(0).rejectedValue()).isEqualTo("000000000000");
            assertThat(e.messages())
                    .containsExactly(
                            "participants[1].party.iin: IIN 000000000000 has a wrong check digit",
                            "claimAmount: The claim amount is required");
            assertThat(e.getMessage()).contains("2 violations").contains("IIN 000000000000 has a wrong check digit");
        });
        assertThat(sleeps).isEmpty();
    }

    @Test
    void file_whenADocumentIsTooLarge_throws413NotRepeated() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        server.enqueue(problem(413, "payload_too_large", "Files are limited to 64 MiB"));

        assertThatThrownBy(() -> session.file(claim, key())).isInstanceOfSatisfying(CourtServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(413);
            assertThat(e.code()).isEqualTo("payload_too_large");
            assertThat(e.retryable()).isFalse();
        });
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void file_whenTheKeyWasReusedForAnotherBody_throwsConflict() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        server.enqueue(problem(409, "idempotency_conflict", "The key was used for another filing"));

        assertThatThrownBy(() -> session.file(claim, key())).isInstanceOfSatisfying(CourtServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("idempotency_conflict");
            assertThat(e.requestId()).contains("req-idempotency_conflict");
            assertThat(e.getMessage()).contains("submit the filing failed: HTTP 409 idempotency_conflict");
        });
    }

    @Test
    void file_whenTheSessionExpired_throwsAuthenticationException() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        server.enqueue(problem(401, "unauthorized", "token expired"));

        assertThatThrownBy(() -> session.file(claim, key()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("did not accept the session")
                .hasMessageNotContaining("tok-secret-1");
    }

    @Test
    void file_whenRetriesRunOut_throwsTheLastServiceError() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        for (int i = 0; i < 3; i++) {
            server.enqueue(problem(503, "unavailable", "down " + i));
        }

        assertThatThrownBy(() -> session.file(claim, key())).isInstanceOfSatisfying(CourtServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e.detail()).contains("down 2");
        });
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void file_whenTheCourtIsSlowerThanTheCallTimeout_throwsTimeout() throws Exception {
        office.close();
        office = officeBuilder()
                .callTimeout(Duration.ofMillis(400))
                .attemptTimeout(Duration.ofSeconds(10))
                .build();
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        server.enqueue(filed(201).newBuilder().headersDelay(5, TimeUnit.SECONDS).build());

        assertThatThrownBy(() -> session.file(claim, key()))
                .isInstanceOf(CourtTimeoutException.class)
                .hasMessageContaining("did not complete within the call timeout of PT0.4S");
    }

    @Test
    void prepareThenSubmit_signsElsewhere_andSubmittingTwiceRepeatsTheKey() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        server.enqueue(filed(201));
        server.enqueue(filed(200));

        PreparedFiling prepared = session.prepare(claim);
        byte[] data = prepared.dataToSign();
        assertThat(Base64.getDecoder().decode(prepared.dataToSignBase64())).isEqualTo(data);
        JsonNode manifest = JSON.readTree(data);
        assertThat(manifest.get("signer").get("iin").asText()).isEqualTo("123456789011");
        byte[] cms = kz.officesud.signing.Cms.signDetached(key(), new java.io.ByteArrayInputStream(data));

        Talon first = session.submit(prepared, cms);
        Talon second = session.submit(prepared, Base64.getMimeEncoder().encodeToString(cms));

        assertThat(first).isEqualTo(second).isEqualTo(talon());
        List<RecordedRequest> filings = takeAll().stream()
                .filter(r -> r.getUrl().encodedPath().equals("/api/v1/filings"))
                .toList();
        assertThat(filings).hasSize(2);
        assertThat(filings.get(0).getHeaders().get("Idempotency-Key"))
                .isEqualTo(filings.get(1).getHeaders().get("Idempotency-Key"));
        assertThat(bodyJson(filings.get(0)).get("manifest").asText()).isEqualTo(prepared.dataToSignBase64());
    }

    @Test
    void submit_whenGivenBase64TextAsBytes_isRejectedBeforeSending() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        PreparedFiling prepared = session.prepare(claim);

        assertThatThrownBy(() -> session.submit(prepared, "MIIB".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a DER-encoded CMS");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void check_reportsViolationsInTheOfficesLanguage_withoutNetwork() throws Exception {
        office.close();
        office = officeBuilder().locale(Locale.forLanguageTag("ru")).build();
        Claim claim = Claim.builder()
                .document(claimBuilder().build().statement() == null ? null : statementFile)
                .build();

        ValidationReport report = office.check(claim);

        assertThat(report.isValid()).isFalse();
        assertThat(report.violations()).extracting(v -> v.path()).contains("court", "proceedings");
        assertThat(report.violations().get(0).message(office.locale())).matches(".*\\p{IsCyrillic}.*");
        assertThat(office.check(claim())).matches(ValidationReport::isValid);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void file_whenADocumentHasNoContentBound_failsBeforeSendingIt() throws Exception {
        Claim claim = claim();
        Attachment statement = claim.documents().get(0).attachment();
        Claim fromJson = claim.toBuilder()
                .statement(Attachment.metadata(
                        statement.fileName(), statement.mediaType(), statement.size(), statement.sha256()))
                .build();
        CourtSession session = session();
        enqueueUploads(claim);

        assertThatThrownBy(() -> session.file(fromJson, key()))
                .isInstanceOf(kz.officesud.core.model.ContentNotBoundException.class);
        assertThat(sleeps).isEmpty();
        assertThat(takeAll()).extracting(r -> r.getUrl().encodedPath()).doesNotContain("/api/v1/filings");
    }

    @Test
    void file_whenTheThreadIsInterrupted_stopsWithoutRetrying_andKeepsTheInterrupt() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        server.enqueue(filed(201));

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> session.file(claim, key()))
                    .isInstanceOf(CourtIoException.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(sleeps).isEmpty();
    }

    @Test
    void file_withAnotherPersonsKey_isRejectedBeforeAnyUpload() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        kz.officesud.signing.NcaKey someoneElse = kz.officesud.signing.testnca.TestNca.generate()
                .issueIndividual(kz.officesud.core.model.Iin.ofUnverified("987654321098"), "ДРУГОЙ", "ЧЕЛОВЕК", "");

        assertThatThrownBy(() -> session.file(claim, someoneElse))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.report().at("signer"))
                                .extracting(v -> v.messageKey())
                                .containsExactly("signer.NOT_ACCOUNT_HOLDER"))
                .hasMessageContaining("someone other than the account holder")
                .hasMessageNotContaining("987654321098");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
