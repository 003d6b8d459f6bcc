package kz.officesud.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar for long work (uploads, hashing, inspecting big files), on the error stream so that results on
 * standard output stay clean for scripts. On a terminal it is one line redrawn in place (at most ten times a second);
 * elsewhere — a log, a pipe, CI — it degrades to a plain line at the start and at each quarter. Not thread-safe: one
 * thread reports.
 */
final class Progress implements AutoCloseable {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long SHOWN_FROM_BYTES = 8L * 1024 * 1024;

    private final PrintWriter err;
    private final boolean inPlace;
    private final Texts texts;
    private final String label;
    private long total;
    private long done;
    private long lastDrawn = Long.MIN_VALUE;
    private int lastQuarter = -1;
    private boolean drawn;
    private boolean closed;
    private final boolean silent;

    private Progress(Context context, String label, long total, boolean silent) {
        this.silent = silent;
        this.err = context.err();
        this.inPlace = context.terminal().interactive();
        this.texts = context.texts();
        this.label = label;
        this.total = Math.max(0, total);
    }

    /** Starts a bar for {@code total} bytes of work named {@code label}. */
    static Progress start(Context context, String label, long total) {
        return new Progress(context, label, total, false);
    }

    /** A bar for local work on {@code total} bytes (hashing, inspecting): shown only from 8 MiB, where it takes time. */
    static Progress forBytes(Context context, String label, long total) {
        Progress progress = new Progress(context, label, total, total < SHOWN_FROM_BYTES);
        progress.draw(false); // the work is known: say it has begun
        return progress;
    }

    /** {@code bytes} more are done. */
    void advance(long bytes) {
        update(done + bytes, total);
    }

    /** {@code doneBytes} of {@code totalBytes} are done (an upload that starts over goes back). */
    void update(long doneBytes, long totalBytes) {
        total = Math.max(0, totalBytes);
        done = Math.max(0, Math.min(doneBytes, total));
        draw(false);
    }

    /** A stream that reports every byte read from {@code in} here. */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    advance(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    advance(n);
                }
                return n;
            }
        };
    }

    private void draw(boolean last) {
        if (silent) {
            return;
        }
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        if (inPlace) {
            long now = System.nanoTime();
            if (!last && drawn && now - lastDrawn < REDRAW_NANOS) {
                return;
            }
            lastDrawn = now;
            int filled = total == 0 ? WIDTH : (int) (done * WIDTH / total);
            err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                    + String.format(Locale.ROOT, "%3d%%", percent) + " " + amount());
            if (last) {
                err.println();
            }
            err.flush();
            drawn = true;
        } else {
            int quarter = percent / 25;
            if (quarter > lastQuarter) {
                lastQuarter = quarter;
                err.println(label + ": " + percent + "% " + amount());
                err.flush();
            }
        }
    }

    private String amount() {
        if (total < 1024 * 1024) {
            return texts.get("progress.amountKb", (done + 1023) / 1024, (total + 1023) / 1024);
        }
        return texts.get("progress.amount", megabytes(done), megabytes(total));
    }

    /** Bytes as megabytes (1024 × 1024) with one decimal. */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** Draws the end state (all done, or where it stopped) and ends the line. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (inPlace) {
            draw(true);
        }
    }
}
