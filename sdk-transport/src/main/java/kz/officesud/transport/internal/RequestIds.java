package kz.officesud.transport.internal;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The client's {@code X-Request-Id}: one per logical call, with the attempt number appended ({@code 9f2c…e1-2} is the
 * second attempt of a call), so that a court's log ties the retries of one call together. The court answers the id
 * it was given, which the SDK's exceptions and logs then name.
 */
public final class RequestIds {
    /** The header, sent on every request and answered by the court. */
    public static final String HEADER = "X-Request-Id";

    private RequestIds() {}

    /** A new call's id: 16 random hex digits (not a secret, only unique enough to find a call in a log). */
    public static String newCallId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /** The id of one attempt of a call. */
    public static String ofAttempt(String callId, int attempt) {
        return callId + "-" + attempt;
    }
}
