package kz.officesud.mockserver.internal.http;

import kz.officesud.mockserver.JournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per request on the logger {@value #LOGGER}: method, path, status, milliseconds, request id
 * ({@code POST /api/v1/filings 201 35 ms req-…}). Never a header, a query, a body or a token. The method and path
 * are the client's: the method is written at most {@value #MAX_METHOD} characters long and the path at most
 * {@value #MAX_FIELD} (longer ones are cut, with their length), with every character outside printable ASCII as a {@code \\uXXXX} escape, so one request writes one
 * short line and cannot forge another.
 */
public final class AccessLog implements ExchangeListener {
    public static final String LOGGER = "kz.officesud.mockserver.access";
    static final int MAX_FIELD = 200;
    static final int MAX_METHOD = 16;
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void onExchange(JournalEntry exchange) {
        if (LOG.isInfoEnabled()) {
            LOG.info(
                    "{} {} {} {} ms {}",
                    printable(exchange.method(), MAX_METHOD),
                    printable(exchange.path(), MAX_FIELD),
                    exchange.status() == 0 ? "dropped" : String.valueOf(exchange.status()),
                    exchange.millis(),
                    exchange.requestId());
        }
    }

    /** {@code text} as one short line of printable ASCII, at most {@value #MAX_FIELD} characters of it. */
    static String printable(String text) {
        return printable(text, MAX_FIELD);
    }

    private static String printable(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 24);
        int end = Math.min(text.length(), max);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        if (text.length() > max) {
            out.append("...(").append(text.length()).append(" characters)");
        }
        return out.toString();
    }
}
