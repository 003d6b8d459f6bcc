package kz.officesud.filing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Objects;
import kz.officesud.signing.HttpTransport;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The NCA's OCSP responder, TSA and CRL servers reached through OkHttp: the same client (connection pool,
 * proxy, TLS and timeouts) an application already configured for the court office.
 *
 * <pre>{@code
 * TsaClient tsa = TsaClient.builder().transport(OkHttpPkiTransport.of(okHttpClient)).build();
 * }</pre>
 *
 * <p>Answers are capped (64 MiB by default: a CRL is tens of megabytes, an OCSP or TSA answer a few
 * kilobytes). Thread-safe.
 */
public final class OkHttpPkiTransport implements HttpTransport {
    private static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final OkHttpClient client;
    private final long maxBytes;

    private OkHttpPkiTransport(OkHttpClient client, long maxBytes) {
        this.client = Objects.requireNonNull(client, "client");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public static OkHttpPkiTransport of(OkHttpClient client) {
        return new OkHttpPkiTransport(client, DEFAULT_MAX_BYTES);
    }

    /** Refuses answers longer than {@code maxBytes}. */
    public static OkHttpPkiTransport of(OkHttpClient client, long maxBytes) {
        return new OkHttpPkiTransport(client, maxBytes);
    }

    @Override
    public byte[] get(URI uri) throws IOException {
        return send(new Request.Builder().url(uri.toString()).get().build());
    }

    @Override
    public byte[] post(URI uri, String contentType, byte[] body) throws IOException {
        RequestBody requestBody = RequestBody.create(body, MediaType.get(contentType));
        return send(new Request.Builder().url(uri.toString()).post(requestBody).build());
    }

    private byte[] send(Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code() + " from " + request.url());
            }
            ResponseBody body = response.body();
            try (InputStream in = body.byteStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new IOException("the answer of " + request.url() + " exceeds " + maxBytes + " bytes");
                }
                return bytes;
            }
        }
    }

    @Override
    public String toString() {
        return "OkHttpPkiTransport[max " + maxBytes + " bytes]";
    }
}
