package kz.officesud.mockserver.internal.http;

import kz.officesud.mockserver.JournalEntry;

/**
 * Told of every request the court answered or dropped, just before the answer is written: the access log and the
 * request journal listen. No headers, no query, no body: never a secret or a document's content. Must be quick and
 * must not throw.
 */
@FunctionalInterface
public interface ExchangeListener {
    void onExchange(JournalEntry exchange);
}
