package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The control API obeys only its token, only {@code application/json}, and never a web page: a call without the
 * token, with {@code text/plain}, or from a foreign {@code Origin} is refused and changes nothing.
 */
@ExtendWith(NoLeakedCourt.class)
class ControlGuardTest {
    static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");

    @RegisterExtension
    static ReferenceCourtExtension court =
            ReferenceCourtExtension.inProcess(builder -> builder.clock(CourtClock.fixed(NOW)));

    private final CourtHttp anonymous = new CourtHttp(court.baseUrl());

    private static final byte[] ADVANCE = "{\"duration\": \"P30D\"}".getBytes(StandardCharsets.UTF_8);

    /** Asks the court, through the control API, to move its clock 30 days, with these headers. */
    private CourtHttp.Reply advance(String... headers) {
        return anonymous.send("POST", "/__admin/clock/advance", ADVANCE, headers);
    }

    private String bearer() {
        return "Bearer " + court.court().controlToken();
    }

    @Test
    void withoutTheToken_or_withAnotherToken_is401() {
        CourtHttp.Reply none = advance("Content-Type", "application/json");
        CourtHttp.Reply wrong = advance("Content-Type", "application/json", "Authorization", "Bearer nope");
        CourtHttp.Reply health = anonymous.get("/__admin/health");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().path("code").asText()).isEqualTo("control_token_required");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(health.status()).isEqualTo(401);
        assertThat(court.clock().instant()).isEqualTo(NOW);
    }

    @Test
    void textPlain_is415_evenWithTheToken() {
        CourtHttp.Reply reply = advance("Content-Type", "text/plain", "Authorization", bearer());
        CourtHttp.Reply none = anonymous.send("POST", "/__admin/reset", new byte[0], "Authorization", bearer());

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.json().path("code").asText()).isEqualTo("unsupported_media_type");
        assertThat(none.status()).isEqualTo(415);
        assertThat(court.clock().instant()).isEqualTo(NOW);
    }

    @Test
    void aForeignOrigin_is403_evenWithTheToken() {
        CourtHttp.Reply reply = advance(
                "Content-Type", "application/json", "Authorization", bearer(), "Origin", "https://attacker.example");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(court.clock().instant()).isEqualTo(NOW);
    }

    @Test
    void aWebPagesSimpleRequest_textPlainFromAForeignOrigin_isRefused() {
        CourtHttp.Reply reply = anonymous.send(
                "POST",
                "/__admin/reset",
                ADVANCE,
                "Content-Type",
                "text/plain;charset=UTF-8",
                "Origin",
                "http://evil.example");
        CourtHttp.Reply preflight = anonymous.send(
                "OPTIONS",
                "/__admin/reset",
                null,
                "Origin",
                "http://evil.example",
                "Access-Control-Request-Method",
                "POST");

        assertThat(reply.status()).isIn(401, 403, 415);
        assertThat(preflight.status()).isGreaterThanOrEqualTo(400);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(court.clock().instant()).isEqualTo(NOW);
    }

    @Test
    void theTokenJsonAndTheCourtsOwnOrigin_areObeyed() {
        String origin = court.baseUrl().toString().replaceAll("/$", "");

        CourtHttp.Reply reply =
                advance("Content-Type", "application/json; charset=utf-8", "Authorization", bearer(), "Origin", origin);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(court.clock().instant()).isEqualTo(NOW.plus(java.time.Duration.ofDays(30)));
    }

    @Test
    void theTokenCanBeSet_andIsNotInTheCourtsAnswers() {
        try (ReferenceCourt set = ReferenceCourt.builder()
                .controlToken("a-token-of-my-own-1234")
                .build()
                .start()) {
            CourtHttp http = new CourtHttp(set.baseUrl());
            assertThat(http.get("/__admin/health", "Authorization", "Bearer a-token-of-my-own-1234")
                            .status())
                    .isEqualTo(200);
            assertThat(http.get("/__admin/health").text()).doesNotContain("a-token-of-my-own-1234");
        }
    }
}
