package kz.officesud.filing.ncalayer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import kz.officesud.core.OfficesudException;
import kz.officesud.filing.DetachedCmsSigner;
import kz.officesud.filing.XmlSigner;
import kz.officesud.filing.ncalayer.NcaLayerException.Reason;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NCALayer on the user's machine: signs with a key the user chooses in NCALayer's own dialog, so that the key and
 * its password never reach the application.
 *
 * <pre>{@code
 * try (NcaLayer ncaLayer = NcaLayer.builder().trust(ncaLayerCertificate).build()) {
 *     PreparedFiling prepared = session.prepare(claim);
 *     Talon talon = session.submit(prepared, ncaLayer.detachedSigner(SignRequest.signing().withIin(iin)));
 * }
 * }</pre>
 *
 * <p>Each operation opens its own WebSocket to NCALayer ({@value #DEFAULT_ADDRESS} by default), reads NCALayer's
 * greeting, sends one request and closes. It asks the {@code kz.gov.pki.knca.basics} module's {@code sign} first
 * and, when an older NCALayer has no such module, the {@code kz.gov.pki.knca.commonUtils} method that does the same
 * ({@code createCAdESFromBase64}, {@code signXml}). Every failure is an {@link NcaLayerException} with its {@link
 * NcaLayerException.Reason}: NCALayer not running, the user's cancel, NCALayer's refusal, a time-out.
 *
 * <p>NCALayer serves {@code wss} with a certificate of its own, which its installer adds to the operating
 * system's trust store — not to Java's. {@link Builder#trust} pins that certificate (export it once from the
 * system store), or give an {@link Builder#httpClient} configured as the application needs. Only loopback
 * addresses are accepted: NCALayer runs on the user's machine. Immutable and thread-safe; {@link #close()} releases
 * the HTTP client it built.
 */
public final class NcaLayer implements AutoCloseable {
    /** Where NCALayer listens. */
    public static final String DEFAULT_ADDRESS = "wss://127.0.0.1:13579/";

    static final String BASICS = "kz.gov.pki.knca.basics";
    static final String COMMON_UTILS = "kz.gov.pki.knca.commonUtils";
    private static final String HEARTBEAT = "--heartbeat--";
    private static final Logger LOG = LoggerFactory.getLogger("kz.officesud.filing.ncalayer");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI address;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final Duration timeout;
    private final String locale;

    private NcaLayer(Builder b, OkHttpClient http, boolean ownsHttp) {
        this.address = Objects.requireNonNull(b.address);
        this.http = http;
        this.ownsHttp = ownsHttp;
        this.timeout = b.timeout;
        this.locale = b.locale;
    }

    public static Builder builder() {
        return new Builder();
    }

    public URI address() {
        return address;
    }

    /**
     * The version NCALayer reports when a connection opens (its greeting).
     *
     * @throws NcaLayerException NCALayer is not running or does not greet
     */
    public String version() {
        return await(exchange(null));
    }

    /**
     * A CMS over {@code data} by a key the user chooses in NCALayer (detached unless {@code request} asks for the
     * data attached), as DER.
     *
     * @throws NcaLayerException NCALayer did not sign: not running, the user cancelled, refused, timed out
     */
    public byte[] signCms(byte[] data, SignRequest request) {
        return await(signCmsAsync(data, request));
    }

    /**
     * {@link #signCms} without blocking: the future completes with the CMS, or exceptionally with an {@link
     * NcaLayerException}. Cancelling the future closes the connection (NCALayer's dialog stays until the user
     * closes it).
     */
    public CompletableFuture<byte[]> signCmsAsync(byte[] data, SignRequest request) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(request, "request");
        String base64 = Base64.getEncoder().encodeToString(data);
        ObjectNode basics = basicsSign("cms", base64, true, request);
        ObjectNode common = call(COMMON_UTILS, "createCAdESFromBase64")
                .set("args", array(request.singleStorage(), request.keyType(), base64, request.attached()));
        return exchange(new Exchange(basics, common)).thenApply(NcaLayer::cms);
    }

    /**
     * The XML signed by a key the user chooses (an enveloped XMLDSig, as NCALayer's {@code signXml} makes it).
     *
     * @throws NcaLayerException NCALayer did not sign
     */
    public String signXml(String xml, SignRequest request) {
        return await(signXmlAsync(xml, request));
    }

    /** {@link #signXml} without blocking. */
    public CompletableFuture<String> signXmlAsync(String xml, SignRequest request) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(request, "request");
        ObjectNode basics = basicsSign("xml", xml, false, request);
        ObjectNode common = call(COMMON_UTILS, "signXml")
                .set("args", array(request.singleStorage(), request.keyType(), xml, "", ""));
        return exchange(new Exchange(basics, common));
    }

    /**
     * The court office's signer for {@code request}: {@code CourtOffice.login(ncaLayer.detachedSigner(…))} and
     * {@code CourtSession.submit(prepared, ncaLayer.detachedSigner(…))} sign in NCALayer.
     */
    public DetachedCmsSigner detachedSigner(SignRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.attached()) {
            throw new IllegalArgumentException("the court office takes detached signatures");
        }
        return data -> signCms(data, request);
    }

    /**
     * This NCALayer as an {@link XmlSigner}: the live cabinet's log-in ({@code CourtOffice.loginSigningXml}) and a
     * filing's XML ({@code CourtSession.fileSigningXml}) are signed by {@link #signXml}, the user choosing the key.
     */
    public XmlSigner xmlSigner(SignRequest request) {
        Objects.requireNonNull(request, "request");
        return xml -> signXml(new String(xml, java.nio.charset.StandardCharsets.UTF_8), request)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Releases the HTTP client this object built (a caller's client is left open). */
    @Override
    public void close() {
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "NcaLayer[" + address + "]";
    }

    // ---------------------------------------------------------------------------------------------------

    private ObjectNode basicsSign(String format, String data, boolean decode, SignRequest request) {
        ObjectNode args = JSON.createObjectNode();
        if (request.storages().isEmpty()) {
            args.putNull("allowedStorages");
        } else {
            ArrayNode storages = args.putArray("allowedStorages");
            request.storages().forEach(storages::add);
        }
        args.put("format", format);
        args.put("data", data);
        ObjectNode signing = args.putObject("signingParams");
        signing.put("decode", decode);
        signing.put("encapsulate", request.attached());
        signing.put("digested", false);
        signing.putNull("tsaProfile");
        ObjectNode signer = args.putObject("signerParams");
        signer.putArray("extKeyUsageOids").add(request.extendedKeyUsage());
        signer.put("iin", request.iin() == null ? "" : request.iin().value());
        signer.put("bin", request.bin() == null ? "" : request.bin().value());
        signer.put("serialNumber", "");
        signer.putNull("chain");
        args.put("locale", locale);
        return call(BASICS, "sign").set("args", args);
    }

    private static ObjectNode call(String module, String method) {
        ObjectNode call = JSON.createObjectNode();
        call.put("module", module);
        call.put("method", method);
        return call;
    }

    private static ArrayNode array(Object... values) {
        ArrayNode array = JSON.createArrayNode();
        for (Object value : values) {
            if (value instanceof Boolean b) {
                array.add(b);
            } else {
                array.add(String.valueOf(value));
            }
        }
        return array;
    }

    /** A request, and the request to try when this NCALayer has no module for the first. */
    private record Exchange(ObjectNode request, ObjectNode fallback) {}

    /**
     * Opens a connection, waits for the greeting, then sends {@code exchange}'s request and completes with its
     * answer's result; with no exchange, completes with the greeting's version.
     */
    private CompletableFuture<String> exchange(@Nullable Exchange exchange) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Conversation conversation = new Conversation(exchange, result);
        WebSocket socket =
                http.newWebSocket(new Request.Builder().url(address.toString()).build(), conversation);
        result.whenComplete((value, failure) -> {
            // a cancel of the caller's future, a time-out or the end of the exchange: close the socket
            if (failure != null) {
                socket.cancel();
            } else {
                socket.close(1000, null);
            }
        });
        return result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(translate(failure)));
    }

    private Throwable translate(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (cause instanceof NcaLayerException || cause instanceof CancellationException) {
            return cause;
        }
        if (cause instanceof TimeoutException) {
            return new NcaLayerException(
                    Reason.TIMEOUT, null, "NCALayer did not answer within " + timeout + " (is its dialog open?)");
        }
        return new NcaLayerException(
                Reason.PROTOCOL, null, "the exchange with NCALayer failed: " + cause.getMessage(), cause);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new NcaLayerException(Reason.PROTOCOL, null, "interrupted while waiting for NCALayer", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OfficesudException officesud) {
                throw officesud;
            }
            throw new NcaLayerException(Reason.PROTOCOL, null, "NCALayer failed: " + e.getCause(), e.getCause());
        }
    }

    /** The DER of a CMS NCALayer returned as base64 (PEM armour allowed). */
    private static byte[] cms(String text) {
        String body = text;
        int begin = body.indexOf("-----BEGIN");
        if (begin >= 0) {
            int start = body.indexOf('\n', begin);
            int end = body.indexOf("-----END", start < 0 ? begin : start);
            if (start < 0 || end < 0) {
                throw new NcaLayerException(Reason.PROTOCOL, null, "NCALayer returned a PEM block without its end");
            }
            body = body.substring(start + 1, end);
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(body.strip());
            if (der.length == 0 || (der[0] & 0xff) != 0x30) {
                throw new NcaLayerException(Reason.PROTOCOL, null, "NCALayer returned something that is not a CMS");
            }
            return der;
        } catch (IllegalArgumentException e) {
            throw new NcaLayerException(Reason.PROTOCOL, null, "NCALayer returned a CMS that is not base64", e);
        }
    }

    /** One connection's conversation: greeting, request, answer (and the fallback request once). */
    private static final class Conversation extends WebSocketListener {
        private final @Nullable Exchange exchange;
        private final CompletableFuture<String> result;
        private final AtomicBoolean greeted = new AtomicBoolean();
        private final AtomicBoolean fellBack = new AtomicBoolean();

        Conversation(@Nullable Exchange exchange, CompletableFuture<String> result) {
            this.exchange = exchange;
            this.result = result;
        }

        @Override
        public void onMessage(WebSocket socket, String text) {
            if (result.isDone() || text.equals(HEARTBEAT) || text.isBlank()) {
                return;
            }
            JsonNode answer;
            try {
                answer = JSON.readTree(text);
            } catch (IOException e) {
                result.completeExceptionally(
                        new NcaLayerException(Reason.PROTOCOL, null, "NCALayer's answer is not JSON"));
                return;
            }
            if (answer == null || !answer.isObject() || answer.isEmpty()) {
                return; // a keep-alive
            }
            if (!greeted.get()) {
                JsonNode version = answer.path("result").path("version");
                if (!version.isTextual()) {
                    result.completeExceptionally(new NcaLayerException(
                            Reason.PROTOCOL, null, "NCALayer did not greet with its version: is it NCALayer?"));
                    return;
                }
                greeted.set(true);
                LOG.debug("NCALayer {} greeted", version.asText());
                if (exchange == null) {
                    result.complete(version.asText());
                } else {
                    send(socket, exchange.request());
                }
                return;
            }
            try {
                result.complete(Answers.result(answer));
            } catch (NcaLayerException e) {
                if (e.reason() == Reason.UNSUPPORTED && exchange != null && fellBack.compareAndSet(false, true)) {
                    LOG.debug("NCALayer has no {} module; asking {}", BASICS, COMMON_UTILS);
                    send(socket, exchange.fallback());
                } else {
                    result.completeExceptionally(e);
                }
            }
        }

        private void send(WebSocket socket, ObjectNode request) {
            LOG.debug(
                    "asking NCALayer: {}.{}",
                    request.path("module").asText(),
                    request.path("method").asText());
            if (!socket.send(request.toString())) {
                result.completeExceptionally(
                        new NcaLayerException(Reason.PROTOCOL, null, "the connection to NCALayer is closing"));
            }
        }

        @Override
        public void onClosing(WebSocket socket, int code, String reason) {
            socket.close(1000, null);
            result.completeExceptionally(new NcaLayerException(
                    Reason.PROTOCOL, null, "NCALayer closed the connection without answering (" + code + ")"));
        }

        @Override
        public void onFailure(WebSocket socket, Throwable failure, @Nullable Response response) {
            if (result.isDone()) {
                return;
            }
            if (failure instanceof ConnectException) {
                result.completeExceptionally(new NcaLayerException(
                        Reason.NOT_RUNNING,
                        null,
                        "NCALayer is not running (nothing answers at its address); start NCALayer and try again",
                        failure));
            } else if (failure instanceof SSLPeerUnverifiedException
                    || failure instanceof javax.net.ssl.SSLHandshakeException) {
                result.completeExceptionally(new NcaLayerException(
                        Reason.PROTOCOL,
                        null,
                        "NCALayer's certificate is not trusted: pin it with NcaLayer.Builder.trust ("
                                + failure.getMessage() + ")",
                        failure));
            } else {
                result.completeExceptionally(new NcaLayerException(
                        Reason.PROTOCOL, null, "the connection to NCALayer failed: " + failure, failure));
            }
        }
    }

    /** Builds an {@link NcaLayer}. Not thread-safe. */
    public static final class Builder {
        private @Nullable URI address = URI.create(DEFAULT_ADDRESS);
        private @Nullable OkHttpClient httpClient;
        private final List<X509Certificate> trusted = new ArrayList<>();
        private Duration timeout = Duration.ofMinutes(5);
        private String locale = "ru";

        private Builder() {}

        /** Where NCALayer listens (default {@value #DEFAULT_ADDRESS}); a loopback address. */
        public Builder address(URI address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /** An HTTP client configured as the application needs (its TLS trust); never closed by this object. */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /** Pins NCALayer's own certificate: only a peer presenting one of these is NCALayer. */
        public Builder trust(X509Certificate... certificates) {
            trusted.addAll(Arrays.asList(Objects.requireNonNull(certificates, "certificates")));
            return this;
        }

        /**
         * How long one operation may take, the user's choice of key and password included (default 5 minutes).
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** The language of NCALayer's dialog: kk, ru (the default) or en. */
        public Builder locale(Locale locale) {
            String language = Objects.requireNonNull(locale, "locale").getLanguage();
            if (!List.of("kk", "ru", "en").contains(language)) {
                throw new IllegalArgumentException("NCALayer speaks kk, ru or en, not " + locale.toLanguageTag());
            }
            this.locale = language;
            return this;
        }

        /**
         * @throws IllegalArgumentException the address is not a ws(s) URL of this machine
         */
        public NcaLayer build() {
            URI uri = Objects.requireNonNull(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("wss") && !scheme.equals("ws")) {
                throw new IllegalArgumentException("NCALayer's address is a ws(s) URL, not " + uri);
            }
            if (!isLoopback(uri.getHost())) {
                throw new IllegalArgumentException(
                        "NCALayer runs on the user's machine: its address must be a loopback one, not " + uri);
            }
            if (httpClient != null) {
                return new NcaLayer(this, httpClient, false);
            }
            OkHttpClient.Builder client = new OkHttpClient.Builder().readTimeout(Duration.ZERO);
            if (!trusted.isEmpty()) {
                X509TrustManager trust = trustManager(List.copyOf(trusted));
                client.sslSocketFactory(sslContext(trust).getSocketFactory(), trust)
                        .hostnameVerifier(pinned(List.copyOf(trusted)));
            }
            return new NcaLayer(this, client.build(), true);
        }

        private static boolean isLoopback(@Nullable String host) {
            if (host == null) {
                return false;
            }
            String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            if (h.equalsIgnoreCase("localhost")) {
                return true;
            }
            if (!h.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
                return false;
            }
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }

        /** Only the pinned certificates. */
        private static X509TrustManager trustManager(List<X509Certificate> pinned) {
            try {
                TrustManagerFactory factory =
                        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init((KeyStore) null);
                X509TrustManager system = null;
                for (TrustManager manager : factory.getTrustManagers()) {
                    if (manager instanceof X509TrustManager x509) {
                        system = x509;
                    }
                }
                X509TrustManager jdk = Objects.requireNonNull(system, "the JDK has no X.509 trust manager");
                return new X509TrustManager() {
                    @Override
                    public void checkClientTrusted(X509Certificate[] chain, String authType)
                            throws CertificateException {
                        jdk.checkClientTrusted(chain, authType);
                    }

                    @Override
                    public void checkServerTrusted(X509Certificate[] chain, String authType)
                            throws CertificateException {
                        if (chain.length == 0 || !pinned.contains(chain[0])) {
                            throw new CertificateException("the peer is not the pinned NCALayer");
                        }
                    }

                    @Override
                    public X509Certificate[] getAcceptedIssuers() {
                        return jdk.getAcceptedIssuers();
                    }
                };
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK's trust store cannot be read", e);
            }
        }

        private static SSLContext sslContext(X509TrustManager trust) {
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {trust}, null);
                return context;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("TLS is not available", e);
            }
        }

        /**
         * With certificates pinned, the peer must present one of them (NCALayer's certificate names itself, not
         * the loopback address).
         */
        private static HostnameVerifier pinned(List<X509Certificate> pinned) {
            return (String host, SSLSession session) -> {
                try {
                    var peer = session.getPeerCertificates();
                    return peer.length > 0 && pinned.contains(peer[0]);
                } catch (SSLPeerUnverifiedException e) {
                    return false;
                }
            };
        }
    }
}
