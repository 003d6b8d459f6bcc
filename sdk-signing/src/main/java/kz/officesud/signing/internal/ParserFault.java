package kz.officesud.signing.internal;

import java.io.Serial;
import java.util.Optional;
import kz.officesud.core.OfficesudException;

/**
 * An unchecked exception that reading untrusted bytes threw (a Bouncy Castle parser's, the JDK's, or this SDK's own
 * code's) and that no check of the SDK foresaw, caught at the boundary of the public entry point that was reading:
 * the entry point answers in its own type (a {@code MALFORMED} problem, a {@code SignatureFormatException}, an
 * {@code NcaKeyException}, a {@code SigningException}) and this fault is that answer's cause, the exception as
 * thrown its own cause.
 *
 * <p>Its message names the entry point, the exception's class and the class that threw it, never the exception's
 * message: a parser's message may quote the bytes it read, and those may be a document or a key. The cause keeps
 * everything for a developer. A typed answer whose cause chain holds a fault says that a reader has a gap a check
 * should close; the fuzz targets count them.
 */
public final class ParserFault extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String thrown;

    private ParserFault(String entryPoint, String thrown, RuntimeException cause) {
        super(entryPoint + ": " + thrown, cause);
        this.thrown = thrown;
    }

    /**
     * The fault for {@code exception}, caught at {@code entryPoint}'s boundary.
     *
     * @throws OfficesudException {@code exception} itself when it is one: an answer of the SDK's type already,
     *     which the boundary lets through
     */
    public static ParserFault of(String entryPoint, RuntimeException exception) {
        if (exception instanceof OfficesudException typed) {
            throw typed;
        }
        StackTraceElement[] trace = exception.getStackTrace();
        String where = trace.length == 0 ? "" : " in " + trace[0].getClassName();
        return new ParserFault(entryPoint, exception.getClass().getName() + where, exception);
    }

    /**
     * What was thrown and where, for the typed answer's message: {@code java.lang.IllegalStateException in
     * org.bouncycastle.asn1.ASN1TaggedObject}.
     */
    public String thrown() {
        return thrown;
    }

    /** The message of a typed answer given for this fault: {@code what} cannot be read, and why, in a phrase. */
    public String describe(String what) {
        return what + " cannot be read: it breaks a reader in a way no check foresaw (" + thrown + ")";
    }

    /** The exception as the reader threw it. */
    @Override
    public synchronized RuntimeException getCause() {
        return (RuntimeException) super.getCause();
    }

    /**
     * Throws {@code refusal} again when a fault is its cause: a step that turns a reader's refusal into a problem of
     * its own (an unreadable timestamp of a signer, say) lets a fault through to the entry point's boundary instead,
     * which answers for the whole input and keeps the fault.
     */
    public static void propagate(RuntimeException refusal) {
        if (in(refusal).isPresent()) {
            throw refusal;
        }
    }

    /** The fault in {@code throwable}'s cause chain (itself included), if any. */
    public static Optional<ParserFault> in(Throwable throwable) {
        Throwable t = throwable;
        for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
            if (t instanceof ParserFault fault) {
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }
}
