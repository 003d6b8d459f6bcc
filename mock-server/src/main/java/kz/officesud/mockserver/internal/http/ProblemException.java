package kz.officesud.mockserver.internal.http;

import java.io.Serial;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.officesud.core.wire.Problem;

/**
 * Answers the request with an {@code application/problem+json} body (RFC 9457). The {@code code} is the machine
 * code of the wire protocol; the title is localized from it, the detail is English and never carries secrets.
 */
public final class ProblemException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<Problem.ProblemViolation> violations;
    private final transient Map<String, String> headers;

    public ProblemException(int status, String code, String detail) {
        this(status, code, detail, List.of(), Map.of());
    }

    public ProblemException(
            int status,
            String code,
            String detail,
            List<Problem.ProblemViolation> violations,
            Map<String, String> headers) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.violations = List.copyOf(violations);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(400, code, detail);
    }

    public static ProblemException unauthorized(String code, String detail) {
        return new ProblemException(401, code, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not_found", detail);
    }

    public static ProblemException validation(List<Problem.ProblemViolation> violations) {
        return new ProblemException(
                422, "validation_failed", violations.size() + " violation(s); see 'violations'", violations, Map.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public List<Problem.ProblemViolation> violations() {
        return violations;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
