package kz.officesud.mockserver;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import kz.officesud.mockserver.internal.http.Messages;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the court's JSON endpoints in process, over loopback: any body, sent to any of them with or without a user's
 * session, as JSON or as text, in any of the court's languages or none it knows, gets a typed answer — a 2xx, or a 4xx
 * that is {@code application/problem+json} with a code whose kk, ru and en titles exist — never a 5xx, and within
 * {@value #ANSWER_SECONDS} seconds (a slower answer is a hang).
 *
 * <p>The input's first byte picks the endpoint ({@link #ENDPOINTS}), the second how it is sent (bit 0: with the
 * session, bit 1: as {@code text/plain}, bits 2–3: {@code Accept-Language}), the rest is the body. One court, started
 * by the first input (after Jazzer's agent is in: classes it loaded before would not be instrumented alike), serves every
 * input until it is closed after the class; on a loaded machine its start can take the first input past the profile's
 * 30 s timeout, hence {@code -Dfuzz.timeout=120} (an answer slower than 20 s is a finding of the target itself). Seeds: {@code FuzzSeeds}, a sample body of each endpoint's
 * wire type.
 */
class JsonEndpointsFuzzTest {
    static final int ANSWER_SECONDS = 20;

    /** A JSON endpoint fuzzed: its method and path. */
    record Endpoint(String method, String path) {}

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/sessions"),
            new Endpoint("POST", "/api/v1/users"),
            new Endpoint("POST", "/api/v1/sessions/signature"),
            new Endpoint("POST", "/api/v1/state-fee/calculations"),
            new Endpoint("POST", "/api/v1/case-searches"),
            new Endpoint("POST", "/api/v1/observations"),
            new Endpoint("POST", "/api/v1/access-requests"),
            new Endpoint("POST", "/api/v1/judicial-acts/legitimacy-checks"),
            new Endpoint("POST", "/api/v1/filings"),
            new Endpoint("POST", "/api/v1/filings/dry-runs"),
            new Endpoint("POST", "/api/v1/filings/xml"),
            new Endpoint("POST", "/api/v1/drafts"),
            new Endpoint("POST", "/gateway/payments"),
            new Endpoint("POST", "/__admin/clock/advance"),
            new Endpoint("PUT", "/__admin/clerk/policy"));

    private static final String[] LANGUAGES = {"kk", "ru", "en", "de;q=x, *"};

    private static volatile boolean loopbackAllowed;

    /**
     * The target talks to the court over loopback, which Jazzer's server-side request forgery detector would report as a
     * finding of its own: connections to this machine are allowed, any other stays a finding. Set at the first input,
     * once Jazzer's agent is in (before it, there is no detector to tell).
     */
    private static void allowLoopback() {
        if (loopbackAllowed) {
            return;
        }
        try {
            @SuppressWarnings({"resource", "unused"})
            SilentCloseable loopbackOnly = BugDetectors.allowNetworkConnections(
                    (host, port) -> host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1"));
        } catch (IllegalStateException noDetector) {
            // replayed without Jazzer's agent: nothing to allow
        }
        loopbackAllowed = true;
    }

    /** The court, a session and a client, made for the first input and kept until closed. */
    private static final class Court {
        final ReferenceCourt court = ReferenceCourt.builder().build().start();
        final HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        final String token;

        Court() {
            TestUser user = court.users().individual();
            token = CourtHttp.of(court).token(user);
        }
    }

    private static @org.jspecify.annotations.Nullable Court current;

    private static synchronized Court court() {
        if (current == null) {
            current = new Court();
        }
        return current;
    }

    @AfterAll
    static synchronized void closeTheCourt() {
        if (current != null) {
            current.court.close();
            current = null;
        }
    }

    @FuzzTest
    void endpoints(byte[] input) {
        if (input.length < 2) {
            return;
        }
        allowLoopback();
        Court c = court();
        Endpoint endpoint = ENDPOINTS.get(Byte.toUnsignedInt(input[0]) % ENDPOINTS.size());
        int how = input[1];
        byte[] body = Arrays.copyOfRange(input, 2, input.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(c.court.baseUrl() + endpoint.path().substring(1)))
                .timeout(Duration.ofSeconds(ANSWER_SECONDS))
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", (how & 2) == 0 ? "application/json" : "text/plain")
                .header("Accept-Language", LANGUAGES[(how >> 2) & 3]);
        if (endpoint.path().startsWith("/__admin/")) {
            request.header("Authorization", "Bearer " + c.court.controlToken());
        } else if ((how & 1) != 0) {
            request.header("Authorization", "Bearer " + c.token);
        }
        HttpResponse<byte[]> response;
        try {
            response = c.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new AssertionError("no answer in " + ANSWER_SECONDS + " s from " + endpoint, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int status = response.statusCode();
        if (status >= 500) {
            throw new AssertionError(
                    endpoint + " answered " + status + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                throw new AssertionError(endpoint + " answered " + status + " as " + type);
            }
            JsonNode problem;
            try {
                problem = CourtHttp.MAPPER.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError(endpoint + " answered " + status + " with a problem that is not JSON", e);
            }
            String code = problem.path("code").asText();
            if (!Messages.has("problem." + code) || problem.path("status").asInt() != status) {
                throw new AssertionError(endpoint + " answered " + status + " with an untyped problem: " + problem);
            }
        } else if (status < 200 || status >= 300) {
            throw new AssertionError(endpoint + " answered " + status);
        }
    }
}
