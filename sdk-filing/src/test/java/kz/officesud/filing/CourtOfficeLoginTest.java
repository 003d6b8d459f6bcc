package kz.officesud.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import kz.officesud.transport.AuthenticationException;
import kz.officesud.transport.CourtIoException;
import kz.officesud.transport.CourtServiceException;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

class CourtOfficeLoginTest extends CourtServerTestBase {

    @Test
    void loginWithPassword_postsLoginAndPassword_andOpensSession() throws Exception {
        server.enqueue(sessionAnswer());

        CourtSession session = office.login(" 123456789011 ", "s3cret".toCharArray());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/sessions");
        assertThat(request.getHeaders().get("Accept-Language")).isEqualTo("en");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
        JsonNode body = bodyJson(request);
        assertThat(body.get("login").asText()).isEqualTo("123456789011");
        assertThat(body.get("password").asText()).isEqualTo("s3cret");
        assertThat(session.user().userId()).isEqualTo("u-1");
        assertThat(session.user().iin()).hasToString("123456789011");
        assertThat(session.user().bin()).isNull();
        assertThat(session.toString()).doesNotContain("tok-secret-1");
    }

    @Test
    void loginWithPassword_whenWrong_throwsAuthenticationExceptionWithoutThePassword() {
        server.enqueue(problem(401, "wrong_credentials", "Неверный логин или пароль"));

        assertThatThrownBy(() -> office.login("123456789011", "hunter2".toCharArray()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("the login or password is wrong")
                .hasMessageContaining("req-wrong_credentials")
                .hasMessageNotContaining("hunter2")
                .satisfies(e -> {
                    AuthenticationException a = (AuthenticationException) e;
                    assertThat(a.statusCode()).isEqualTo(401);
                    assertThat(a.code()).isEqualTo("wrong_credentials");
                    assertThat(a.requestId()).contains("req-wrong_credentials");
                    assertThat(a.retryable()).isFalse();
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void loginWithPassword_whenConnectionDrops_isNotRepeated() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        server.enqueue(sessionAnswer());

        assertThatThrownBy(() -> office.login("123456789011", "pw".toCharArray()))
                .isInstanceOf(CourtIoException.class)
                .hasMessageContaining("log in with a password");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void loginWithPassword_when503_isNotRepeated() {
        server.enqueue(problem(503, "unavailable", "maintenance"));
        server.enqueue(sessionAnswer());

        assertThatThrownBy(() -> office.login("123456789011", "pw".toCharArray()))
                .isInstanceOfSatisfying(CourtServiceException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(503);
                    assertThat(e.retryable()).isTrue();
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void loginWithKey_signsTheChallenge_andPostsTheSignature() throws Exception {
        server.enqueue(challengeAnswer());
        server.enqueue(sessionAnswer());

        CourtSession session = office.login(key());

        RecordedRequest challenge = server.takeRequest();
        assertThat(challenge.getUrl().encodedPath()).isEqualTo("/api/v1/auth/challenges");
        assertThat(challenge.getMethod()).isEqualTo("POST");
        RecordedRequest login = server.takeRequest();
        assertThat(login.getUrl().encodedPath()).isEqualTo("/api/v1/sessions/signature");
        JsonNode body = bodyJson(login);
        assertThat(body.get("challengeId").asText()).isEqualTo("ch-1");
        byte[] cms = Base64.getDecoder().decode(body.get("signature").asText());
        assertThat(cms[0]).isEqualTo((byte) 0x30);
        assertThat(session.user().login()).isEqualTo("123456789011");
    }

    @Test
    void loginWithKey_whenChallengeAnswer503_repeatsTheChallenge() throws Exception {
        server.enqueue(problem(503, "unavailable", "busy"));
        server.enqueue(challengeAnswer());
        server.enqueue(sessionAnswer());

        office.login(key());

        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(second.getUrl().encodedPath()).isEqualTo("/api/v1/auth/challenges");
        assertThat(second.getHeaders().get("Idempotency-Key"))
                .isNotNull()
                .isEqualTo(first.getHeaders().get("Idempotency-Key"));
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void register_sendsAgreementPasswordEmailAndSignature() throws Exception {
        server.enqueue(challengeAnswer());
        server.enqueue(json(
                201,
                "{\"userId\":\"u-9\",\"login\":\"123456789011\",\"iin\":\"123456789011\",\"name\":\"ТЕСТОВ ТЕСТ\"}"));

        RegisteredUser user =
                office.register(key(), "Pa55word!".toCharArray(), "test@example.kz", UserAgreement.ACCEPTED);

        server.takeRequest();
        RecordedRequest register = server.takeRequest();
        assertThat(register.getUrl().encodedPath()).isEqualTo("/api/v1/users");
        JsonNode body = bodyJson(register);
        assertThat(body.get("agreementAccepted").asBoolean()).isTrue();
        assertThat(body.get("password").asText()).isEqualTo("Pa55word!");
        assertThat(body.get("email").asText()).isEqualTo("test@example.kz");
        assertThat(body.get("challengeId").asText()).isEqualTo("ch-1");
        assertThat(body.get("signature").asText()).isNotBlank();
        assertThat(user)
                .isEqualTo(new RegisteredUser(
                        "u-9",
                        "123456789011",
                        kz.officesud.core.model.Iin.ofUnverified("123456789011"),
                        null,
                        "ТЕСТОВ ТЕСТ"));
    }

    @Test
    void register_whenAlreadyRegistered_throwsServiceExceptionWithCode() {
        server.enqueue(challengeAnswer());
        server.enqueue(problem(409, "already_registered", "An account exists for this IIN"));

        assertThatThrownBy(() -> office.register(key(), "pw".toCharArray(), "a@b.kz", UserAgreement.ACCEPTED))
                .isInstanceOfSatisfying(CourtServiceException.class, e -> {
                    assertThat(e).isNotInstanceOf(AuthenticationException.class);
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("already_registered");
                    assertThat(e.detail()).contains("An account exists for this IIN");
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("register failed: HTTP 409 already_registered");
                });
    }

    @Test
    void close_logsOutWithTheBearerToken_once() throws Exception {
        CourtSession session = session();
        server.enqueue(new MockResponse.Builder().code(204).build());

        session.close();
        session.close();

        RecordedRequest logout = server.takeRequest();
        assertThat(logout.getMethod()).isEqualTo("DELETE");
        assertThat(logout.getUrl().encodedPath()).isEqualTo("/api/v1/sessions/current");
        assertThat(logout.getHeaders().get("Authorization")).isEqualTo("Bearer tok-secret-1");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThatThrownBy(session::myCases).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void close_whenTheCourtIsGone_doesNotThrow() throws Exception {
        CourtSession session = session();
        server.enqueue(problem(500, "internal", "boom"));
        server.enqueue(problem(500, "internal", "boom"));
        server.enqueue(problem(500, "internal", "boom"));

        session.close();

        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void loginWithKey_whenNoAccountExists_saysToRegisterFirst() {
        server.enqueue(challengeAnswer());
        server.enqueue(problem(401, "not_registered", "Нет учётной записи"));

        assertThatThrownBy(() -> office.login(key())).isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.code()).isEqualTo("not_registered");
            assertThat(e.getMessage()).contains("register first");
        });
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
