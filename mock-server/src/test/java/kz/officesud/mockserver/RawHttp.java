package kz.officesud.mockserver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 as a hostile client speaks it: the request's bytes exactly as given (no client library normalises the
 * target, the headers or the framing), written at once, dribbled, or left unfinished; the answer read by hand. Each
 * request on a connection of its own.
 */
final class RawHttp {
    /** How a request's bytes go out. */
    enum Pace {
        /** All at once. */
        AT_ONCE,
        /** The head at once, then the body one byte every 100 ms. */
        SLOW_BODY,
        /** The head one byte every 20 ms, then the body at once. */
        SLOW_HEAD,
        /** The head and half the body, then nothing more (the connection left open). */
        STALL
    }

    /** An answer: 0 when the court closed the connection without one. */
    record Answer(int status, Map<String, String> headers, byte[] body, long millis) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {}

    /** Sends {@code head} (request line and headers, ending in an empty line) and {@code body}; reads the answer. */
    static Answer exchange(URI base, byte[] head, byte[] body, Pace pace, int timeoutMillis) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            try {
                switch (pace) {
                    case AT_ONCE -> {
                        out.write(head);
                        out.write(body);
                    }
                    case SLOW_HEAD -> {
                        for (byte b : head) {
                            out.write(b);
                            out.flush();
                            sleep(20);
                        }
                        out.write(body);
                    }
                    case SLOW_BODY -> {
                        out.write(head);
                        for (byte b : body) {
                            out.flush();
                            sleep(100);
                            out.write(b);
                        }
                    }
                    case STALL -> {
                        out.write(head);
                        out.write(body, 0, body.length / 2);
                    }
                }
                out.flush();
            } catch (IOException closedByTheCourt) {
                // the court may answer and close before the rest arrives (a 413, a 431): its answer is read below
            }
            return read(socket.getInputStream(), start);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer read(InputStream in, long start) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int c;
        int matched = 0;
        try {
            while (matched < 4 && (c = in.read()) != -1) {
                head.write(c);
                if (c == (matched % 2 == 0 ? '\r' : '\n')) {
                    matched++;
                } else {
                    matched = c == '\r' ? 1 : 0;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            if (head.size() == 0) {
                return new Answer(0, Map.of(), new byte[0], millis(start));
            }
            throw e;
        }
        if (head.size() == 0) {
            return new Answer(0, Map.of(), new byte[0], millis(start));
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = Integer.parseInt(statusLine[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body;
        String length = headers.get("content-length");
        if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, headers, body, millis(start));
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
