package kz.officesud.mockserver.internal.http;

import kz.officesud.mockserver.JournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per request on the logger {@value #LOGGER}: method, path, status, milliseconds, request id
 * ({@code POST /api/v1/filings 201 35 ms req-…}). Never a header, a query, a body or a token.
 */
public final class AccessLog implements ExchangeListener {
    public static final String LOGGER = "kz.officesud.mockserver.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void onExchange(JournalEntry exchange) {
        if (LOG.isInfoEnabled()) {
            LOG.info(
                    "{} {} {} {} ms {}",
                    exchange.method(),
                    exchange.path(),
                    exchange.status() == 0 ? "dropped" : String.valueOf(exchange.status()),
                    exchange.millis(),
                    exchange.requestId());
        }
    }
}
