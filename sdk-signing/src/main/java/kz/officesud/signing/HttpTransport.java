package kz.officesud.signing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * How the SDK talks to the NCA's OCSP responder, TSA and CRL servers: a GET or a POST of a few bytes,
 * returning the body. The default is the JDK's {@link HttpClient}; tests plug in a local loopback server
 * or recorded responses, and an application can route through its own HTTP stack or proxy.
 */
public interface HttpTransport {

    /**
     * Fetches {@code uri}.
     *
     * @throws IOException on a network failure or a non-2xx status
     */
    byte[] get(URI uri) throws IOException;

    /**
     * Posts {@code body} with the {@code Content-Type} header, returning the response body.
     *
     * @throws IOException on a network failure or a non-2xx status
     */
    byte[] post(URI uri, String contentType, byte[] body) throws IOException;

    /** The JDK's HTTP client with this timeout per request (connect and response); bodies up to 64 MiB. */
    static HttpTransport jdk(Duration timeout) {
        return jdk(timeout, 64L * 1024 * 1024);
    }

    /**
     * The JDK's HTTP client with this timeout per request, refusing response bodies longer than
     * {@code maxBytes} (a CRL is tens of megabytes at most; an OCSP or TSA answer a few kilobytes).
     */
    static HttpTransport jdk(Duration timeout, long maxBytes) {
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        return new HttpTransport() {
            @Override
            public byte[] get(URI uri) throws IOException {
                return send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
            }

            @Override
            public byte[] post(URI uri, String contentType, byte[] body) throws IOException {
                return send(HttpRequest.newBuilder(uri)
                        .timeout(timeout)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build());
            }

            private byte[] send(HttpRequest request) throws IOException {
                try {
                    HttpResponse<java.io.InputStream> response =
                            client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                    try (java.io.InputStream body = response.body()) {
                        if (response.statusCode() / 100 != 2) {
                            throw new IOException("HTTP " + response.statusCode() + " from " + request.uri());
                        }
                        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                        if (bytes.length > maxBytes) {
                            throw new IOException("the answer of " + request.uri() + " exceeds " + maxBytes + " bytes");
                        }
                        return bytes;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted waiting for " + request.uri(), e);
                }
            }

            @Override
            public String toString() {
                return "HttpTransport.jdk[" + timeout + "]";
            }
        };
    }

    /** {@link #jdk(Duration)} with a 10-second timeout. */
    static HttpTransport jdk() {
        return jdk(Duration.ofSeconds(10));
    }
}
