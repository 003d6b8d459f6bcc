package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registration, log-in by password and by signature, tokens. */
@ExtendWith(NoLeakedCourt.class)
class AuthTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            builder -> builder.clock(CourtClock.fixed(Instant.parse("2026-11-23T05:00:00Z"))));

    private static final SplittableRandom RANDOM = new SplittableRandom();
    private final CourtHttp http = CourtHttp.of(court);

    private NcaKey freshIndividualKey() {
        return court.court().testNca().issueIndividual(Iin.random(RANDOM), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
    }

    @Test
    void register_withSignedChallenge_takesIdentityFromTheCertificate_andLogsInBothWays() {
        NcaKey key = freshIndividualKey();
        String iin = key.profile().iin().orElseThrow().value();

        JsonNode user = http.register(key, "correct horse", "test@example.kz")
                .expect(201)
                .json();

        assertThat(user.path("login").asText()).isEqualTo(iin);
        assertThat(user.path("iin").asText()).isEqualTo(iin);
        assertThat(user.path("bin").isNull()).isTrue();
        assertThat(user.path("name").asText()).isEqualTo("ТЕСТОВ ТЕСТ ТЕСТОВИЧ");
        JsonNode session = http.logIn(iin, "correct horse").expect(201).json();
        assertThat(session.path("token").asText()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(Instant.parse(session.path("expiresAt").asText()))
                .isAfter(court.clock().instant());
        assertThat(session.path("user").path("userId").asText())
                .isEqualTo(user.path("userId").asText());
        JsonNode bySignature = http.logInWithKey(key).expect(201).json();
        assertThat(bySignature.path("user").path("login").asText()).isEqualTo(iin);
        assertThat(bySignature.path("token").asText())
                .isNotEqualTo(session.path("token").asText());
    }

    @Test
    void register_legalEntityKey_logsInByBin() {
        Bin bin = Bin.random(RANDOM);
        NcaKey key = court.court()
                .testNca()
                .issueLegalEntity(
                        Iin.random(RANDOM),
                        bin,
                        "ТОО «ТЕСТ»",
                        "ТЕСТОВ",
                        "ТЕСТ",
                        kz.officesud.signing.NcaRole.FIRST_HEAD);

        JsonNode user =
                http.register(key, "password-1", "org@example.kz").expect(201).json();

        assertThat(user.path("login").asText()).isEqualTo(bin.value());
        assertThat(user.path("bin").asText()).isEqualTo(bin.value());
        http.logIn(bin.value(), "password-1").expect(201);
    }

    @Test
    void register_twice_isConflict() {
        NcaKey key = freshIndividualKey();
        http.register(key, "password-1", "a@example.kz").expect(201);

        assertThat(http.register(key, "password-2", "b@example.kz")
                        .expect(409)
                        .json()
                        .path("code")
                        .asText())
                .isEqualTo("already_registered");
    }

    @Test
    void register_withEveryFieldWrong_reportsEveryViolationAtOnce_inKazakh() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("agreementAccepted", false);
        form.put("password", "short");
        form.put("passwordConfirmation", "other");
        form.put("email", "not-an-email");
        form.put("challengeId", "no-such-challenge");
        form.put("signature", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}));

        CourtHttp.Reply reply =
                http.postJson("/api/v1/users", form, "Accept-Language", "kk").expect(422);

        JsonNode problem = reply.json();
        assertThat(problem.path("code").asText()).isEqualTo("validation_failed");
        List<String> keys = new ArrayList<>();
        problem.path("violations").forEach(v -> keys.add(v.path("messageKey").asText()));
        assertThat(keys)
                .containsExactlyInAnyOrder(
                        "registration.agreement.required",
                        "registration.password.tooShort",
                        "registration.password.mismatch",
                        "registration.email.invalid",
                        "registration.challenge.invalid");
        JsonNode tooShort = problem.path("violations").get(1);
        assertThat(tooShort.path("message").asText()).isEqualTo("Құпиясөз кемінде 8 таңбадан тұруы керек");
        assertThat(tooShort.path("rejectedValue").isNull())
                .as("passwords are never echoed")
                .isTrue();
        assertThat(reply.header("Content-Language")).isEqualTo("kk");
    }

    @Test
    void register_withKeyOfAnUntrustedNca_isRefused() {
        NcaKey foreign = TestNca.generate().issueIndividual(Iin.random(RANDOM), "ЧУЖОЙ", "ТЕСТ", "ТЕСТОВИЧ");

        JsonNode problem =
                http.register(foreign, "password-1", "x@example.kz").expect(422).json();

        assertThat(problem.path("violations").get(0).path("messageKey").asText())
                .isEqualTo("registration.signature.invalid");
    }

    @Test
    void logIn_withWrongPassword_orUnknownLogin_is401WrongCredentials() {
        TestUser user = court.users().individual();

        JsonNode wrong =
                http.logIn(user.login(), user.password() + "x").expect(401).json();
        JsonNode unknown = http.logIn("000000000000", "whatever-1").expect(401).json();

        assertThat(wrong.path("code").asText()).isEqualTo("wrong_credentials");
        assertThat(unknown.path("code").asText()).isEqualTo("wrong_credentials");
        assertThat(wrong.path("detail").asText()).doesNotContain(user.password());
    }

    @Test
    void logIn_withKeyOfUnregisteredPerson_is401NotRegistered() {
        assertThat(http.logInWithKey(freshIndividualKey())
                        .expect(401)
                        .json()
                        .path("code")
                        .asText())
                .isEqualTo("not_registered");
    }

    @Test
    void challenge_isSingleUse() {
        TestUser user = court.users().individual();
        JsonNode challenge = http.challenge();
        byte[] bytes = Base64.getDecoder().decode(challenge.path("challenge").asText());
        Map<String, Object> form = Map.of(
                "challengeId", challenge.path("challengeId").asText(), "signature", CourtHttp.sign(user.key(), bytes));

        http.postJson("/api/v1/sessions/signature", form).expect(201);
        JsonNode replay =
                http.postJson("/api/v1/sessions/signature", form).expect(401).json();

        assertThat(replay.path("code").asText()).isEqualTo("challenge_invalid");
    }

    @Test
    void challenge_expiresOnTheCourtClock() {
        TestUser user = court.users().individual();
        JsonNode challenge = http.challenge();
        assertThat(Instant.parse(challenge.path("expiresAt").asText()))
                .isEqualTo(court.clock().instant().plus(Duration.ofMinutes(5)));
        byte[] bytes = Base64.getDecoder().decode(challenge.path("challenge").asText());

        court.clock().advance(Duration.ofMinutes(6));

        JsonNode expired = http.postJson(
                        "/api/v1/sessions/signature",
                        Map.of(
                                "challengeId",
                                challenge.path("challengeId").asText(),
                                "signature",
                                CourtHttp.sign(user.key(), bytes)))
                .expect(401)
                .json();
        assertThat(expired.path("code").asText()).isEqualTo("challenge_invalid");
    }

    @Test
    void signatureOverAnotherChallenge_is401() {
        TestUser user = court.users().individual();
        JsonNode challenge = http.challenge();

        JsonNode problem = http.postJson(
                        "/api/v1/sessions/signature",
                        Map.of(
                                "challengeId",
                                challenge.path("challengeId").asText(),
                                "signature",
                                CourtHttp.sign(user.key(), "other bytes".getBytes())))
                .expect(401)
                .json();

        assertThat(problem.path("code").asText()).isEqualTo("signature_invalid");
    }

    @Test
    void token_isRequired_andEndsWithLogOut() {
        TestUser user = court.users().individual();
        String token = http.token(user);
        http.get("/api/v1/filings", "Authorization", CourtHttp.bearer(token)).expect(200);

        http.send("DELETE", "/api/v1/sessions/current", null, "Authorization", CourtHttp.bearer(token))
                .expect(204);

        assertThat(http.get("/api/v1/filings", "Authorization", CourtHttp.bearer(token))
                        .expect(401)
                        .json()
                        .path("code")
                        .asText())
                .isEqualTo("unauthorized");
        assertThat(http.get("/api/v1/filings").expect(401).json().path("code").asText())
                .isEqualTo("unauthorized");
        assertThat(http.get("/api/v1/filings", "Authorization", "Bearer forged")
                        .expect(401)
                        .header("X-Request-Id"))
                .startsWith("req-");
    }
}
