package kz.officesud.mockserver.internal.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import kz.officesud.mockserver.internal.http.Guard;
import kz.officesud.mockserver.internal.http.JsonMediaType;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.http.Request;

/**
 * What every control request passes: the control token ({@code Authorization: Bearer <token>}, compared in
 * constant time; 401 without it), no foreign {@code Origin} (403: a web page cannot steer the court, not even a
 * "simple" {@code text/plain} POST that a browser sends without asking), and a body, when the method carries one,
 * declared as {@link JsonMediaType} demands ({@code application/json} in UTF-8; 415 otherwise) — which a cross-origin page cannot send without a preflight that the
 * court never grants.
 */
public final class ControlGuard implements Guard {
    private final byte[] token;

    public ControlGuard(String token) {
        this.token = Objects.requireNonNull(token, "token").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void check(Request request) {
        byte[] given = request.bearerToken()
                .map(value -> value.getBytes(StandardCharsets.UTF_8))
                .orElse(new byte[0]);
        if (!MessageDigest.isEqual(given, token)) {
            throw ProblemException.unauthorized(
                    "control_token_required",
                    "the control API needs 'Authorization: Bearer <control token>' (printed at start)");
        }
        String origin = request.header("Origin").orElse(null);
        if (origin != null && !sameOrigin(origin, request)) {
            throw new ProblemException(403, "forbidden", "the control API refuses cross-origin requests");
        }
        if (request.header("Sec-Fetch-Site")
                .map(site -> site.equalsIgnoreCase("cross-site"))
                .orElse(false)) {
            throw new ProblemException(403, "forbidden", "the control API refuses cross-origin requests");
        }
        String method = request.method();
        boolean carriesBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        if (carriesBody
                || request.header("Content-Type")
                        .filter(type -> !type.isBlank())
                        .isPresent()) {
            JsonMediaType.require(request);
        }
    }

    /** The court's own origin, as the request's {@code Host} names it (http or https). */
    private static boolean sameOrigin(String origin, Request request) {
        String host = request.header("Host").orElse("");
        return !host.isEmpty()
                && (origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host));
    }
}
