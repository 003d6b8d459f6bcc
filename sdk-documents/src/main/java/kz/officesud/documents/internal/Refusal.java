package kz.officesud.documents.internal;

import java.io.IOException;
import java.io.Serial;
import kz.officesud.documents.DocumentProblem;

/**
 * Thrown inside the readers when a file is refused (unreadable or hostile). An {@link IOException} so that it passes
 * through stream layers; {@link #find(Throwable)} digs it out of wrappers (StAX, PDFBox).
 */
public final class Refusal extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final DocumentProblem problem;
    private final @org.jspecify.annotations.Nullable String variant;

    public Refusal(DocumentProblem problem, String detail) {
        this(problem, detail, null);
    }

    /** A refusal whose message is the problem's {@code variant} (e.g. {@code certificate}). */
    public Refusal(DocumentProblem problem, String detail, @org.jspecify.annotations.Nullable String variant) {
        super(detail);
        this.problem = problem;
        this.variant = variant;
    }

    /** The message variant, or null for the problem's own message. */
    public @org.jspecify.annotations.Nullable String variant() {
        return variant;
    }

    public DocumentProblem problem() {
        return problem;
    }

    public String detail() {
        String m = getMessage();
        return m == null ? problem.name() : m;
    }

    /** The refusal in {@code t}'s cause chain, or null. */
    public static @org.jspecify.annotations.Nullable Refusal find(Throwable t) {
        int guard = 0;
        for (Throwable c = t; c != null && guard < 32; c = c.getCause(), guard++) {
            if (c instanceof Refusal r) {
                return r;
            }
        }
        return null;
    }
}
