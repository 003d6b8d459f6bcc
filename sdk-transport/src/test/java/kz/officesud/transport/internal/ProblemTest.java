package kz.officesud.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.officesud.core.OfficesudException;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.wire.Problem;
import kz.officesud.transport.AuthenticationException;
import kz.officesud.transport.CourtServiceException;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class ProblemTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Answer answer(int status, String body) {
        return new Answer(status, Headers.of(), body.getBytes(StandardCharsets.UTF_8), "rid-1");
    }

    private static ApiRequest request(ApiRequest.ValidationErrors mode) {
        return ApiRequest.builder("do a thing", "POST", "things")
                .validationErrors(mode)
                .build();
    }

    @Test
    void read_aFullProblem() {
        Problem p = Problems.read(
                answer(
                        404,
                        "{\"type\":\"t\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No such\",\"instance\":\"/x\","
                                + "\"code\":\"not_found\",\"extension\":{\"a\":1}}"),
                MAPPER);

        assertThat(p).isEqualTo(new Problem("t", "Not Found", 404, "No such", "/x", "not_found", null, null));
    }

    @Test
    void read_whenTheBodyIsNotAProblem_keepsOnlyTheStatus() {
        assertThat(Problems.codeOrDefault(Problems.read(answer(502, "<html>Bad Gateway</html>"), MAPPER)))
                .isEqualTo("http_502");
        assertThat(Problems.read(answer(500, ""), MAPPER).detail()).isNull();
        assertThat(Problems.read(answer(500, "[1,2]"), MAPPER).code()).isNull();
    }

    @Test
    void map_aServiceErrorWithoutProblem_usesTheHttpStatusAsCode() {
        OfficesudException e =
                ErrorMapper.map(request(ApiRequest.ValidationErrors.SERVICE), answer(502, "<html/>"), MAPPER, null);

        assertThat(e).isInstanceOfSatisfying(CourtServiceException.class, s -> {
            assertThat(s.code()).isEqualTo("http_502");
            assertThat(s.retryable()).isTrue();
            assertThat(s.detail()).isEmpty();
            assertThat(s.getMessage()).isEqualTo("do a thing failed: HTTP 502 http_502 (request id rid-1)");
        });
    }

    @Test
    void map_422OutsideAFiling_isAServiceErrorNamingTheViolations() {
        OfficesudException e = ErrorMapper.map(
                request(ApiRequest.ValidationErrors.SERVICE),
                answer(
                        422,
                        "{\"code\":\"validation_failed\",\"detail\":\"bad\",\"violations\":[{\"path\":\"email\","
                                + "\"messageKey\":\"email.invalid\",\"message\":\"not an e-mail\"}]}"),
                MAPPER,
                null);

        assertThat(e).isExactlyInstanceOf(CourtServiceException.class).hasMessageContaining("email: not an e-mail");
    }

    @Test
    void map_422OfAFiling_isAValidationException() {
        OfficesudException e = ErrorMapper.map(
                request(ApiRequest.ValidationErrors.FILING),
                answer(422, "{\"code\":\"validation_failed\",\"detail\":\"The form is invalid\"}"),
                MAPPER,
                null);

        assertThat(e).isInstanceOfSatisfying(ValidationException.class, v -> {
            assertThat(v.report().isValid()).isTrue(); // the court named no violation...
            assertThat(v.messages()).containsExactly("The form is invalid"); // ...but said why
        });
    }

    @Test
    void map_asksTheClientsTranslatorFirst_andFallsBackWhenItDeclines() {
        ApiRequest request = request(ApiRequest.ValidationErrors.SERVICE);
        Answer locked = answer(429, "{\"code\":\"locked\",\"detail\":\"wait\"}");
        ErrorTranslator translator = (r, a, problem) -> "locked".equals(problem.code())
                ? new CourtServiceException("translated", a.status(), "locked", problem.detail(), a.requestId())
                : null;

        assertThat(ErrorMapper.map(request, locked, MAPPER, translator)).hasMessage("translated");
        assertThat(ErrorMapper.map(request, answer(503, "{}"), MAPPER, translator))
                .isExactlyInstanceOf(CourtServiceException.class)
                .hasMessageStartingWith("do a thing failed: HTTP 503");
    }

    @Test
    void map_401_isAnAuthenticationException() {
        assertThat(ErrorMapper.map(request(ApiRequest.ValidationErrors.SERVICE), answer(401, "{}"), MAPPER, null))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("did not accept the credentials");
    }

    @Test
    void retryAfter_readsSecondsAndHttpDates() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-10T10:00:00Z"), ZoneOffset.UTC);

        assertThat(RetryAfter.parse("7", clock)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("Mon, 10 Mar 2025 10:00:30 GMT", clock)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Mon, 10 Mar 2025 09:00:00 GMT", clock)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999999999999", clock)).isEmpty();
    }
}
