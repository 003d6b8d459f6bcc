package kz.officesud.filing.live.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import kz.officesud.transport.CourtIoException;
import kz.officesud.transport.CourtServiceException;
import kz.officesud.transport.internal.FileDownload;
import kz.officesud.transport.internal.Sleeper;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP of one live-cabinet session: its own cookies, the User-Agent, one request at a time and at least the pace
 * apart, redirects followed by hand (a GET after a post), answers bounded in size. Never repeats a request: a failure
 * is the caller's to judge. Logs method and path at DEBUG, never bodies, cookies or form values.
 */
final class WebClient {
    static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;
    private static final int MAX_REDIRECTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger("kz.officesud.filing.live");

    /** A page or partial response as it arrived. */
    record Fetched(HttpUrl url, int status, String body) {}

    private final OkHttpClient http;
    private final HttpUrl base;
    private final String userAgent;
    private final Duration pace;
    private final Sleeper sleeper;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);
    private long lastRequestNanos;
    private boolean first = true;

    WebClient(OkHttpClient shared, URI base, String userAgent, Duration pace, Sleeper sleeper) {
        this.http = shared.newBuilder()
                .cookieJar(new SessionCookies())
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        HttpUrl url = HttpUrl.get(base.toString());
        this.base = url;
        this.userAgent = userAgent;
        this.pace = pace;
        this.sleeper = sleeper;
    }

    HttpUrl resolve(String pathAndQuery) {
        HttpUrl url = base.resolve(pathAndQuery);
        if (url == null || !url.host().equals(base.host()) || url.port() != base.port()) {
            throw new CourtIoException("the live cabinet pointed to another site: " + pathAndQuery);
        }
        return url;
    }

    Fetched get(String operation, HttpUrl url) {
        return follow(operation, send(operation, new Request.Builder().url(url).get()));
    }

    /** Posts; a redirect is followed with a GET (as a browser does after a form post). */
    Fetched post(String operation, HttpUrl url, RequestBody body, boolean partial) {
        Request.Builder request = new Request.Builder().url(url).post(body);
        if (partial) {
            request.header("Faces-Request", "partial/ajax");
        }
        return follow(operation, send(operation, request));
    }

    private Fetched follow(String operation, Fetched fetched) {
        Fetched current = fetched;
        for (int i = 0; current.status() / 100 == 3; i++) {
            if (i == MAX_REDIRECTS) {
                throw new CourtIoException(
                        operation + ": the live cabinet redirected more than " + MAX_REDIRECTS + " times");
            }
            String location = current.body();
            HttpUrl next = current.url().resolve(location);
            if (next == null || !next.host().equals(base.host())) {
                throw new CourtIoException(operation + ": the live cabinet redirected to another site");
            }
            current = send(operation, new Request.Builder().url(next).get());
        }
        if (current.status() >= 400) {
            throw new CourtServiceException(
                    operation + ": the live cabinet answered HTTP " + current.status() + " at "
                            + current.url().encodedPath(),
                    current.status(),
                    "page_error",
                    null,
                    null);
        }
        return current;
    }

    /**
     * Downloads a file the page links to into {@code download} (streamed, checked against what the page listed); a
     * redirect (to the log-in page, a session that ended) or an error status is refused, nothing is written.
     */
    FileDownload.Saved download(String operation, HttpUrl url, FileDownload download) {
        Request request = new Request.Builder()
                .url(url)
                .get()
                .header("User-Agent", userAgent)
                .header("Accept", "*/*")
                .build();
        oneAtATime.lock();
        try {
            waitForPace();
            LOG.debug("{}: GET {}", operation, url.encodedPath());
            try (Response response = http.newCall(request).execute()) {
                lastRequestNanos = System.nanoTime();
                if (response.code() != 200) {
                    throw new CourtServiceException(
                            operation + ": the live cabinet answered HTTP " + response.code() + " at "
                                    + url.encodedPath() + (response.isRedirect() ? " (the session has ended?)" : ""),
                            response.code(),
                            response.isRedirect() ? "session_ended" : "page_error",
                            null,
                            null);
                }
                ResponseBody body = response.body();
                return download.consume(response.headers(), body.contentLength(), body.byteStream());
            } catch (FileDownload.NotAsListed e) {
                lastRequestNanos = System.nanoTime();
                throw new CourtIoException(
                        operation + ": the live cabinet sent other bytes than it listed: " + e.getMessage()
                                + "; nothing was written",
                        e);
            } catch (IOException e) {
                lastRequestNanos = System.nanoTime();
                throw new CourtIoException(operation + ": the download failed: " + e.getMessage(), e);
            }
        } finally {
            oneAtATime.unlock();
        }
    }

    /** One request, paced; a redirect's body is its Location. */
    private Fetched send(String operation, Request.Builder builder) {
        Request request = builder.header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "ru")
                .build();
        oneAtATime.lock();
        try {
            waitForPace();
            LOG.debug("{}: {} {}", operation, request.method(), request.url().encodedPath());
            try (Response response = http.newCall(request).execute()) {
                lastRequestNanos = System.nanoTime();
                if (response.isRedirect()) {
                    String location = response.header("Location");
                    if (location == null) {
                        throw new CourtIoException(operation + ": the live cabinet redirected without a Location");
                    }
                    return new Fetched(request.url(), response.code(), location);
                }
                return new Fetched(request.url(), response.code(), read(operation, response.body()));
            } catch (IOException e) {
                lastRequestNanos = System.nanoTime();
                throw new CourtIoException(operation + ": the live cabinet could not be reached: " + e.getMessage(), e);
            }
        } finally {
            oneAtATime.unlock();
        }
    }

    private void waitForPace() {
        if (first) {
            first = false;
            return;
        }
        long wait = pace.toNanos() - (System.nanoTime() - lastRequestNanos);
        if (wait > 0) {
            try {
                sleeper.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CourtIoException("interrupted while pacing requests to the live cabinet", e);
            }
        }
    }

    private static String read(String operation, ResponseBody body) throws IOException {
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
            if (bytes.length > MAX_PAGE_BYTES) {
                throw new CourtIoException(
                        operation + ": a page of the live cabinet is larger than " + MAX_PAGE_BYTES + " bytes");
            }
            var type = body.contentType();
            var charset = type == null ? null : type.charset();
            return new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset);
        }
    }

    /** This session's cookies: kept in memory, for the cabinet's host only, dropped when they expire. */
    private static final class SessionCookies implements CookieJar {
        private final List<Cookie> cookies = new ArrayList<>();

        @Override
        public synchronized void saveFromResponse(HttpUrl url, List<Cookie> received) {
            for (Cookie cookie : received) {
                cookies.removeIf(c -> c.name().equals(cookie.name())
                        && c.domain().equals(cookie.domain())
                        && c.path().equals(cookie.path()));
                if (cookie.expiresAt() > System.currentTimeMillis()) {
                    cookies.add(cookie);
                }
            }
        }

        @Override
        public synchronized List<Cookie> loadForRequest(HttpUrl url) {
            long now = System.currentTimeMillis();
            cookies.removeIf(c -> c.expiresAt() <= now);
            List<Cookie> matching = new ArrayList<>();
            for (Cookie c : cookies) {
                if (c.matches(url)) {
                    matching.add(c);
                }
            }
            return matching;
        }
    }
}
