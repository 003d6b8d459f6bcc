package kz.officesud.mockserver.internal.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import kz.officesud.mockserver.JournalEntry;
import kz.officesud.mockserver.internal.http.Exchange;

/** The request journal: the last {@value #CAPACITY} exchanges outside the control API. Thread-safe. */
public final class Journal implements Exchange.Listener {
    public static final int CAPACITY = 10_000;

    private final String controlPrefix;
    private final Deque<JournalEntry> entries = new ArrayDeque<>();

    public Journal(String controlPrefix) {
        this.controlPrefix = controlPrefix;
    }

    @Override
    public void onExchange(Exchange exchange) {
        if (exchange.path().startsWith(controlPrefix)) {
            return;
        }
        JournalEntry entry = new JournalEntry(
                exchange.at(),
                exchange.requestId(),
                exchange.method(),
                exchange.path(),
                exchange.operation(),
                exchange.status(),
                exchange.millis());
        synchronized (entries) {
            if (entries.size() >= CAPACITY) {
                entries.removeFirst();
            }
            entries.addLast(entry);
        }
    }

    public List<JournalEntry> entries() {
        synchronized (entries) {
            return new ArrayList<>(entries);
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
