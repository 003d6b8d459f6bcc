package kz.officesud.transport.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import kz.officesud.core.wire.Problem;

/**
 * Reads an error answer as the court's {@link Problem}, leniently: an answer that is not a problem (an HTML page
 * from a proxy, an empty body, JSON of another shape) yields a problem with only the answer's status.
 */
public final class Problems {
    private Problems() {}

    static Problem read(Answer answer, ObjectMapper mapper) {
        byte[] body = answer.body();
        if (body.length == 0) {
            return empty(answer.status());
        }
        Problem problem;
        try {
            problem = mapper.readerFor(Problem.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(body);
        } catch (IOException | RuntimeException notAProblem) {
            return empty(answer.status());
        }
        if (problem == null) {
            return empty(answer.status());
        }
        // the status line is what happened; a body's own status may be stale or missing
        return new Problem(
                problem.type(),
                problem.title(),
                answer.status(),
                problem.detail(),
                problem.instance(),
                problem.code(),
                problem.requestId(),
                problem.violations());
    }

    /** The court's code, or {@code http_<status>} when it sent none. */
    public static String codeOrDefault(Problem problem) {
        return problem.code() != null ? problem.code() : "http_" + problem.status();
    }

    private static Problem empty(int status) {
        return new Problem(null, null, status, null, null, null, null, null);
    }
}
