package kz.officesud.transport.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.officesud.core.OfficesudException;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.core.validation.Violation;
import kz.officesud.core.wire.Problem;
import kz.officesud.transport.AuthenticationException;
import kz.officesud.transport.CourtServiceException;
import org.jspecify.annotations.Nullable;

/** Turns a court's error answer into the SDK's typed exception. */
public final class ErrorMapper {
    private ErrorMapper() {}

    static OfficesudException map(
            ApiRequest request, Answer answer, ObjectMapper mapper, @Nullable ErrorTranslator translator) {
        Problem problem = Problems.read(answer, mapper);
        if (translator != null) {
            OfficesudException translated = translator.translate(request, answer, problem);
            if (translated != null) {
                return translated;
            }
        }
        int status = answer.status();
        String code = Problems.codeOrDefault(problem);
        String rid = answer.requestId();
        String suffix = rid == null ? "" : " (request id " + rid + ")";
        String detail = detail(problem);

        if (status == 401) {
            String message =
                    switch (code) {
                        case "wrong_credentials", "wrong_password" -> "the login or password is wrong";
                        case "not_registered" -> "no account is registered for this certificate: register first";
                        case "signature_invalid" -> "the court did not accept the signature of the challenge";
                        case "challenge_invalid" -> "the challenge expired or was already used: log in again";
                        default ->
                            request.bearerToken() != null
                                    ? "the court office did not accept the session (expired or logged out)"
                                    : "the court office did not accept the credentials";
                    };
            return new AuthenticationException(
                    request.operation() + " failed: " + message + suffix, status, code, detail, rid);
        }
        if (status == 422 && request.validationErrors() == ApiRequest.ValidationErrors.FILING) {
            List<Violation> violations = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            for (Problem.ProblemViolation v : problem.violationsOrEmpty()) {
                Map<String, Object> args = v.args() == null ? Map.of() : v.args();
                violations.add(new Violation(v.path(), v.rejectedValue(), v.messageKey(), args));
                String text = v.message() != null ? v.message() : v.messageKey();
                messages.add(v.path().isEmpty() ? text : v.path() + ": " + text);
            }
            if (messages.isEmpty() && detail != null) {
                messages.add(detail);
            }
            return ValidationException.byCourt(new ValidationReport(violations), messages, rid);
        }
        return new CourtServiceException(message(request, answer, problem), status, code, detail, rid);
    }

    /**
     * The message of a service error: {@code <operation> failed: HTTP <status> <code>: <detail>; <violations> (request
     * id …)}.
     */
    public static String message(ApiRequest request, Answer answer, Problem problem) {
        String detail = detail(problem);
        StringBuilder message = new StringBuilder(request.operation())
                .append(" failed: HTTP ")
                .append(answer.status())
                .append(' ')
                .append(Problems.codeOrDefault(problem));
        if (detail != null) {
            message.append(": ").append(detail);
        }
        for (Problem.ProblemViolation v : problem.violationsOrEmpty()) {
            message.append("; ")
                    .append(v.path())
                    .append(": ")
                    .append(v.message() != null ? v.message() : v.messageKey());
        }
        if (answer.requestId() != null) {
            message.append(" (request id ").append(answer.requestId()).append(')');
        }
        return message.toString();
    }

    /** The problem's detail, else its title. */
    public static @Nullable String detail(Problem problem) {
        return problem.detail() != null ? problem.detail() : problem.title();
    }
}
