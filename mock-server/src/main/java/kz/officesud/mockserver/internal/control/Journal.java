package kz.officesud.mockserver.internal.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import kz.officesud.mockserver.JournalEntry;
import kz.officesud.mockserver.internal.http.ExchangeListener;

/** The request journal: the last {@value #CAPACITY} exchanges outside the control API. Thread-safe. */
public final class Journal implements ExchangeListener {
    public static final int CAPACITY = 10_000;

    private final String controlPrefix;
    private final Deque<JournalEntry> entries = new ArrayDeque<>();

    public Journal(String controlPrefix) {
        this.controlPrefix = controlPrefix;
    }

    @Override
    public void onExchange(JournalEntry exchange) {
        if (exchange.path().startsWith(controlPrefix)) {
            return;
        }
        synchronized (entries) {
            if (entries.size() >= CAPACITY) {
                entries.removeFirst();
            }
            entries.addLast(exchange);
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
