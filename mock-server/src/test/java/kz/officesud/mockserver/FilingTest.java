package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.StatusChange;
import kz.officesud.core.model.Talon;
import kz.officesud.core.wire.FilingView;
import kz.officesud.mockserver.TestClaims.ClaimWithFiles;
import kz.officesud.signing.revocation.RevocationReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A claim from manifest to talon to the clerk's decision, over real HTTP. */
@ExtendWith(NoLeakedCourt.class)
class FilingTest {
    /** Monday 2026-11-23 10:00 in Astana. */
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            builder -> builder.clock(CourtClock.fixed(MONDAY_10)).clerkPolicy(Clerk.Policy.IMMEDIATE));

    private final CourtHttp http = CourtHttp.of(court);

    @AfterEach
    void backToImmediateClerk() {
        court.clerk().immediate();
    }

    /** A claim by {@code user}, its documents uploaded, signed by {@code signer}: the request body. */
    private Map<String, Object> signedFiling(TestUser user, TestUser signer, ClaimWithFiles claim, String token) {
        Map<String, String> uploads = http.uploadAll(token, claim.files());
        byte[] manifest = CourtHttp.manifest(claim.claim(), signer);
        return CourtHttp.filingBody(manifest, CourtHttp.sign(signer.key(), manifest), uploads);
    }

    /** Files and returns the new filing's id (the desk answers 201). */
    private String filed(String token, String idempotencyKey, Map<String, Object> body) {
        return http.file(token, idempotencyKey, body)
                .expect(201)
                .json()
                .path("filingId")
                .asText();
    }

    private JsonNode onlyFiling(String token, String filingId) {
        return http.get("/api/v1/filings/" + filingId, "Authorization", CourtHttp.bearer(token))
                .expect(200)
                .json();
    }

    static FilingStatus status(JsonNode filing) throws Exception {
        return CourtHttp.MAPPER.treeToValue(filing.path("status"), FilingStatus.class);
    }

    @Test
    void file_whenSignedByTheUser_answersTalonAndIsRegistered() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles claim = TestClaims.claimBy(user, "e2e");
        Instant now = court.clock().instant();

        CourtHttp.Reply reply = http.file(token, "key-e2e", signedFiling(user, user, claim, token))
                .expect(201);

        Talon talon = CourtHttp.MAPPER.readValue(reply.body(), FilingView.class).talon();
        assertThat(talon.number()).matches("T-2026-\\d{6}");
        assertThat(talon.sentAt().toInstant()).isEqualTo(now);
        assertThat(talon.sentAt().getOffset()).isEqualTo(ZoneOffset.ofHours(5));
        assertThat(talon.sender().iin()).isEqualTo(user.iin());
        assertThat(talon.sender().name()).isEqualTo(user.name());
        assertThat(talon.sender().bin()).isNull();
        assertThat(talon.recipient().courtCode()).isEqualTo(TestClaims.COURT_CODE);
        assertThat(talon.recipient().courtName()).isNotBlank();
        assertThat(reply.header("Location"))
                .isEqualTo("/api/v1/filings/" + talon.filingId().value());

        List<JsonNode> cases = http.myCases(token);
        assertThat(cases).hasSize(1);
        JsonNode listed = cases.get(0);
        assertThat(listed.path("filingId").asText()).isEqualTo(talon.filingId().value());
        assertThat(listed.path("service").asText()).isEqualTo("CLAIM");
        assertThat(listed.path("court").asText()).isEqualTo(TestClaims.COURT_CODE);
        assertThat(listed.path("talon").path("number").asText()).isEqualTo(talon.number());
        assertThat(status(listed)).isEqualTo(FilingStatus.REGISTERED);
        List<StatusChange> history = new ArrayList<>();
        for (JsonNode change : listed.path("history")) {
            history.add(CourtHttp.MAPPER.treeToValue(change, StatusChange.class));
        }
        assertThat(history)
                .extracting(StatusChange::status)
                .containsExactly(FilingStatus.SENT, FilingStatus.REGISTERED);
        assertThat(history).extracting(StatusChange::at).containsOnly(now);

        JsonNode fetchedTalon = http.get(
                        "/api/v1/filings/" + talon.filingId().value() + "/talon",
                        "Authorization",
                        CourtHttp.bearer(token))
                .expect(200)
                .json();
        assertThat(CourtHttp.MAPPER.treeToValue(fetchedTalon, Talon.class)).isEqualTo(talon);
    }

    @Test
    void file_byLegalEntity_talonCarriesTheBin() throws Exception {
        TestUser user = court.users().legalEntity();
        String token = http.token(user);
        ClaimWithFiles claim = TestClaims.claimBy(user, "legal entity");

        Talon talon = CourtHttp.MAPPER
                .readValue(
                        http.file(token, "key-legal", signedFiling(user, user, claim, token))
                                .expect(201)
                                .body(),
                        FilingView.class)
                .talon();

        assertThat(talon.sender().bin()).isEqualTo(user.bin());
        assertThat(talon.sender().iin()).isEqualTo(user.iin());
        assertThat(status(onlyFiling(token, talon.filingId().value()))).isEqualTo(FilingStatus.REGISTERED);
    }

    @Test
    void file_whenAnAuthenticDocumentCannotBeRead_isRefusedUnreadableAttachment() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        byte[] whole = TestClaims.pdf("Исковое заявление");
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2); // signed as it is: authentic, unreadable
        ClaimWithFiles claim = TestClaims.claimBy(user, "truncated", truncated);

        String filingId = filed(token, "key-truncated", signedFiling(user, user, claim, token));

        JsonNode filing = onlyFiling(token, filingId);
        assertThat(status(filing)).isEqualTo(FilingStatus.refused(RefusalGround.UNREADABLE_ATTACHMENT));
        assertThat(filing.path("history").get(1).path("note").asText())
                .contains("исковое заявление.pdf")
                .containsAnyOf("TRUNCATED", "CORRUPT");
    }

    @Test
    void file_whenADocumentIsAnotherFormatThanItsName_isRefusedUnreadableAttachment() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        byte[] zip = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}; // an empty zip named .pdf
        ClaimWithFiles claim = TestClaims.claimBy(user, "disguised", zip);

        String filingId = filed(token, "key-disguised", signedFiling(user, user, claim, token));

        assertThat(status(onlyFiling(token, filingId)))
                .isEqualTo(FilingStatus.refused(RefusalGround.UNREADABLE_ATTACHMENT));
    }

    @Test
    void file_whenUploadedBytesDifferFromTheSignedHash_isRefusedSignatureNotAuthentic() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles claim = TestClaims.claimBy(user, "tampered");
        Map<Attachment, byte[]> tampered = new LinkedHashMap<>();
        claim.files().forEach((attachment, bytes) -> tampered.put(attachment, bytes));
        Attachment statement = claim.claim().statement();
        tampered.put(statement, TestClaims.pdf("a different statement"));
        Map<String, String> uploads = http.uploadAll(token, tampered);
        byte[] manifest = CourtHttp.manifest(claim.claim(), user);

        String filingId = filed(
                token, "key-tampered", CourtHttp.filingBody(manifest, CourtHttp.sign(user.key(), manifest), uploads));

        JsonNode filing = onlyFiling(token, filingId);
        assertThat(status(filing)).isEqualTo(FilingStatus.refused(RefusalGround.SIGNATURE_NOT_AUTHENTIC));
        assertThat(filing.path("history").get(1).path("note").asText()).contains("исковое заявление.pdf");
    }

    @Test
    void file_whenSignedBySomeoneElse_isRefusedSignatureNotAuthentic() throws Exception {
        TestUser user = court.users().individual();
        TestUser stranger = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles claim = TestClaims.claimBy(user, "stranger");

        String filingId = filed(token, "key-stranger", signedFiling(user, stranger, claim, token));

        JsonNode filing = onlyFiling(token, filingId);
        assertThat(status(filing)).isEqualTo(FilingStatus.refused(RefusalGround.SIGNATURE_NOT_AUTHENTIC));
        assertThat(filing.path("history").get(1).path("note").asText())
                .contains("signer.NOT_ACCOUNT_HOLDER")
                .contains("someone other than the account holder");
    }

    @Test
    void file_whenSignedByARevokedKey_isRefusedSignatureNotAuthentic_withTheReason() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles claim = TestClaims.claimBy(user, "revoked key");
        Map<String, Object> body = signedFiling(user, user, claim, token);
        court.court().revoke(user.key(), RevocationReason.KEY_COMPROMISE);

        String filingId = filed(token, "key-revoked", body);

        JsonNode filing = onlyFiling(token, filingId);
        assertThat(status(filing)).isEqualTo(FilingStatus.refused(RefusalGround.SIGNATURE_NOT_AUTHENTIC));
        assertThat(filing.path("history").get(1).path("note").asText())
                .contains("REVOKED")
                .contains("key_compromise");
    }

    @Test
    void logInBySignature_withARevokedKey_is401() {
        TestUser user = court.users().individual();
        court.court().revoke(user.key(), RevocationReason.KEY_COMPROMISE);
        JsonNode challenge = http.challenge();
        byte[] bytes =
                java.util.Base64.getDecoder().decode(challenge.path("challenge").asText());

        http.postJson(
                        "/api/v1/sessions/signature",
                        Map.of(
                                "challengeId",
                                challenge.path("challengeId").asText(),
                                "signature",
                                CourtHttp.sign(user.key(), bytes)))
                .expect(401);
    }

    @Test
    void file_whenSignatureIsOverOtherBytes_isRefusedSignatureNotAuthentic() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles claim = TestClaims.claimBy(user, "bad signature");
        Map<String, String> uploads = http.uploadAll(token, claim.files());
        byte[] manifest = CourtHttp.manifest(claim.claim(), user);
        String signatureOverOther = CourtHttp.sign(user.key(), "something else".getBytes());

        String filingId =
                filed(token, "key-bad-signature", CourtHttp.filingBody(manifest, signatureOverOther, uploads));

        assertThat(status(onlyFiling(token, filingId)))
                .isEqualTo(FilingStatus.refused(RefusalGround.SIGNATURE_NOT_AUTHENTIC));
    }

    @Test
    void file_whenAnAnnexIsNotUploaded_isRefusedMissingAnnex() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles claim = TestClaims.claimBy(user, "missing annex");
        Map<Attachment, byte[]> onlyStatement = Map.of(
                claim.claim().statement(), claim.files().get(claim.claim().statement()));
        Map<String, String> uploads = http.uploadAll(token, onlyStatement);
        byte[] manifest = CourtHttp.manifest(claim.claim(), user);

        String filingId = filed(
                token, "key-missing", CourtHttp.filingBody(manifest, CourtHttp.sign(user.key(), manifest), uploads));

        JsonNode filing = onlyFiling(token, filingId);
        assertThat(status(filing)).isEqualTo(FilingStatus.refused(RefusalGround.MISSING_ANNEX));
        assertThat(filing.path("history").get(1).path("note").asText()).contains("договор подряда.pdf");
    }

    @Test
    void file_sameManifestUnderANewKey_isRefusedAsDuplicate() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        Map<String, Object> body = signedFiling(user, user, TestClaims.claimBy(user, "duplicate"), token);
        http.file(token, "key-original", body).expect(201);

        String second = filed(token, "key-second-send", body);

        assertThat(status(onlyFiling(token, second))).isEqualTo(FilingStatus.refused(RefusalGround.DUPLICATE));
    }

    @Test
    void file_sameContentSignedAgainLater_underANewKey_isStillADuplicate() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles claim = TestClaims.claimBy(user, "duplicate later");
        Map<String, String> uploads = http.uploadAll(token, claim.files());
        byte[] monday = CourtHttp.manifest(claim.claim(), user, Instant.parse("2026-11-23T10:00:00Z"));
        byte[] friday = CourtHttp.manifest(claim.claim(), user, Instant.parse("2026-11-27T16:30:00Z"));
        http.file(token, "key-monday", CourtHttp.filingBody(monday, CourtHttp.sign(user.key(), monday), uploads))
                .expect(201);

        String second =
                filed(token, "key-friday", CourtHttp.filingBody(friday, CourtHttp.sign(user.key(), friday), uploads));

        assertThat(friday).isNotEqualTo(monday);
        assertThat(status(onlyFiling(token, second))).isEqualTo(FilingStatus.refused(RefusalGround.DUPLICATE));
    }

    @Test
    void file_resubmittedUnderTheSameKey_signedAgainLater_isTheSameFiling() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles claim = TestClaims.claimBy(user, "resumed");
        Map<String, String> uploads = http.uploadAll(token, claim.files());
        byte[] first = CourtHttp.manifest(claim.claim(), user, Instant.parse("2026-11-23T10:00:00Z"));
        byte[] again = CourtHttp.manifest(claim.claim(), user, Instant.parse("2026-11-23T10:05:00Z"));
        CourtHttp.Reply filed = http.file(
                        token, "key-resumed", CourtHttp.filingBody(first, CourtHttp.sign(user.key(), first), uploads))
                .expect(201);

        CourtHttp.Reply resumed = http.file(
                        token, "key-resumed", CourtHttp.filingBody(again, CourtHttp.sign(user.key(), again), uploads))
                .expect(200);

        assertThat(resumed.json().path("filingId").asText())
                .isEqualTo(filed.json().path("filingId").asText());
        assertThat(resumed.json().path("talon")).isEqualTo(filed.json().path("talon"));
        assertThat(http.myCases(token)).hasSize(1);
    }

    @Test
    void file_retriedWithTheSameKeyAndBody_answersTheSameTalonOnce() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        Map<String, Object> body = signedFiling(user, user, TestClaims.claimBy(user, "retry"), token);

        CourtHttp.Reply first = http.file(token, "key-retry", body).expect(201);
        CourtHttp.Reply retry = http.file(token, "key-retry", body).expect(200);

        assertThat(CourtHttp.MAPPER.readValue(retry.body(), FilingView.class))
                .isEqualTo(CourtHttp.MAPPER.readValue(first.body(), FilingView.class));
        assertThat(http.myCases(token)).hasSize(1);
    }

    @Test
    void file_sameKeyWithAnotherBody_isConflict() {
        TestUser user = court.users().individual();
        String token = http.token(user);
        http.file(token, "key-conflict", signedFiling(user, user, TestClaims.claimBy(user, "one"), token))
                .expect(201);

        CourtHttp.Reply conflict = http.file(
                        token, "key-conflict", signedFiling(user, user, TestClaims.claimBy(user, "two"), token))
                .expect(409);

        assertThat(conflict.header("Content-Type")).startsWith("application/problem+json");
        assertThat(conflict.json().path("code").asText()).isEqualTo("idempotency_conflict");
        assertThat(http.myCases(token)).hasSize(1);
    }

    @Test
    void file_withoutIdempotencyKey_isBadRequest() {
        TestUser user = court.users().individual();
        String token = http.token(user);
        Map<String, Object> body = signedFiling(user, user, TestClaims.claimBy(user, "no key"), token);

        CourtHttp.Reply reply = http.postJson("/api/v1/filings", body, "Authorization", CourtHttp.bearer(token))
                .expect(400);

        assertThat(reply.json().path("code").asText()).isEqualTo("idempotency_key_required");
    }

    @Test
    void file_whenClaimIsInvalid_is422WithEveryViolationInRussianAndKazakh_andNothingStored() {
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles valid = TestClaims.claimBy(user, "invalid");
        Claim invalid = new Claim(
                valid.claim().court(),
                null,
                null,
                valid.claim().nature(),
                List.of(),
                valid.claim().claimAmount(),
                valid.claim().stateFee(),
                valid.claim().summary(),
                valid.claim().statement(),
                valid.claim().annexes(),
                List.of());
        Map<String, String> uploads = http.uploadAll(token, valid.files());
        byte[] manifest = CourtHttp.manifest(invalid, user);
        Map<String, Object> body = CourtHttp.filingBody(manifest, CourtHttp.sign(user.key(), manifest), uploads);

        CourtHttp.Reply ru = http.postJson(
                        "/api/v1/filings",
                        body,
                        "Authorization",
                        CourtHttp.bearer(token),
                        "Idempotency-Key",
                        "key-invalid",
                        "Accept-Language",
                        "ru-RU,ru;q=0.9")
                .expect(422);
        CourtHttp.Reply kk = http.postJson(
                        "/api/v1/filings",
                        body,
                        "Authorization",
                        CourtHttp.bearer(token),
                        "Idempotency-Key",
                        "key-invalid",
                        "Accept-Language",
                        "kk")
                .expect(422);

        assertThat(ru.json().path("code").asText()).isEqualTo("validation_failed");
        List<String> paths = new ArrayList<>();
        ru.json().path("violations").forEach(v -> paths.add(v.path("path").asText()));
        assertThat(paths).contains("filing.proceedings", "filing.category", "filing.participants");
        assertThat(ru.json().path("violations")).hasSizeGreaterThanOrEqualTo(4);
        List<String> ruMessages = new ArrayList<>();
        ru.json()
                .path("violations")
                .forEach(v -> ruMessages.add(v.path("message").asText()));
        List<String> kkMessages = new ArrayList<>();
        kk.json()
                .path("violations")
                .forEach(v -> kkMessages.add(v.path("message").asText()));
        assertThat(ruMessages).allSatisfy(message -> assertThat(message).containsPattern("[А-Яа-я]"));
        assertThat(kkMessages).hasSameSizeAs(ruMessages).isNotEqualTo(ruMessages);
        assertThat(ru.json().path("title").asText()).isEqualTo("Запрос содержит ошибки");
        assertThat(kk.json().path("title").asText()).isEqualTo("Сұрауда қателер бар");
        assertThat(http.myCases(token)).isEmpty();
    }

    @Test
    void file_referencingAnotherUsersUpload_is422() {
        TestUser user = court.users().individual();
        TestUser other = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles claim = TestClaims.claimBy(user, "foreign upload");
        Map<String, String> foreign = http.uploadAll(http.token(other), claim.files());
        byte[] manifest = CourtHttp.manifest(claim.claim(), user);

        CourtHttp.Reply reply = http.file(
                        token,
                        "key-foreign",
                        CourtHttp.filingBody(manifest, CourtHttp.sign(user.key(), manifest), foreign))
                .expect(422);

        assertThat(reply.json().path("violations").get(0).path("messageKey").asText())
                .isEqualTo("filing.upload.unknown");
        assertThat(http.myCases(token)).isEmpty();
    }

    @Test
    void manualClerk_leavesFilingSentUntilItRuns_atTheCourtClocksTime() throws Exception {
        court.clerk().manual();
        TestUser user = court.users().individual();
        String token = http.token(user);
        String filingId =
                filed(token, "key-manual", signedFiling(user, user, TestClaims.claimBy(user, "manual"), token));
        assertThat(status(onlyFiling(token, filingId))).isEqualTo(FilingStatus.SENT);

        Instant before = court.clock().instant();
        court.clock().advanceWorkingDays(1);
        assertThat(status(onlyFiling(token, filingId))).isEqualTo(FilingStatus.SENT);
        assertThat(court.clerk().run()).contains(FilingId.of(filingId));

        JsonNode filing = onlyFiling(token, filingId);
        assertThat(status(filing)).isEqualTo(FilingStatus.REGISTERED);
        Instant registeredAt =
                Instant.parse(filing.path("history").get(1).path("at").asText());
        assertThat(registeredAt).isAfter(before);
        assertThat(java.time.Duration.between(before, registeredAt))
                .isGreaterThanOrEqualTo(java.time.Duration.ofDays(1));
    }

    @Test
    void withinOneWorkingDay_registersWhenTheClockReachesTheNextWorkingDay() throws Exception {
        court.clerk().withinOneWorkingDay();
        TestUser user = court.users().individual();
        String token = http.token(user);
        String filingId =
                filed(token, "key-within", signedFiling(user, user, TestClaims.claimBy(user, "within"), token));

        court.clock().advance(java.time.Duration.ofHours(3));
        assertThat(status(onlyFiling(token, filingId))).isEqualTo(FilingStatus.SENT);
        court.clock().advanceWorkingDays(1);

        assertThat(status(onlyFiling(token, filingId))).isEqualTo(FilingStatus.REGISTERED);
    }

    @Test
    void clerk_refuseNext_forcesTheGround() throws Exception {
        court.clerk().refuseNext(RefusalGround.UNREADABLE_ATTACHMENT);
        TestUser user = court.users().individual();
        String token = http.token(user);

        String filingId =
                filed(token, "key-forced", signedFiling(user, user, TestClaims.claimBy(user, "forced"), token));

        assertThat(status(onlyFiling(token, filingId)))
                .isEqualTo(FilingStatus.refused(RefusalGround.UNREADABLE_ATTACHMENT));
    }

    @Test
    void clerk_movesARegisteredFilingIntoProceedings_butNotBackToSent() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        FilingId filingId = FilingId.of(http.file(
                        token,
                        "key-proceedings",
                        signedFiling(user, user, TestClaims.claimBy(user, "proceedings"), token))
                .expect(201)
                .json()
                .path("filingId")
                .asText());

        court.clerk().moveTo(filingId, FilingStatus.of(FilingState.IN_PROCEEDINGS), "принято к производству");

        assertThat(status(onlyFiling(token, filingId.value()))).isEqualTo(FilingStatus.IN_PROCEEDINGS);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> court.clerk().moveTo(filingId, FilingStatus.SENT, "back"))
                .isInstanceOf(ReferenceCourtException.class);
    }

    @Test
    void filing_ofAnotherUser_isNotFound() {
        TestUser user = court.users().individual();
        TestUser other = court.users().individual();
        String token = http.token(user);
        String filingId =
                filed(token, "key-private", signedFiling(user, user, TestClaims.claimBy(user, "private"), token));

        CourtHttp.Reply reply = http.get(
                        "/api/v1/filings/" + filingId, "Authorization", CourtHttp.bearer(http.token(other)))
                .expect(404);

        assertThat(reply.json().path("code").asText()).isEqualTo("not_found");
    }
}
