package kz.officesud.filing.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.officesud.signing.Cms;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.XmlDsig;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for NCALayer that speaks its protocol on loopback over {@code wss}: it greets with its version, signs
 * {@code basics.sign} (cms and xml) and {@code commonUtils.createCAdESFromBase64} / {@code signXml} requests with
 * one key, and can be told to behave as a user or an older NCALayer would (cancel, refuse, lack the basics module,
 * answer nonsense, close without answering, never answer). In sdk-filing's test-jar, in a package of its own, so
 * that other modules' tests (a portal in a browser) use it too.
 */
public final class FakeNcaLayer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How the fake answers the next requests. */
    public enum Mode {
        SIGN,
        CANCEL,
        REFUSE,
        NO_BASICS,
        NOT_A_CMS,
        CLOSE,
        SILENT
    }

    private final MockWebServer server = new MockWebServer();
    private final HeldCertificate certificate;
    private final NcaKey key;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.SIGN;

    public FakeNcaLayer(NcaKey key) throws IOException {
        this.key = key;
        // NCALayer's own certificate names NCALayer, not the loopback address: the client pins it
        this.certificate = new HeldCertificate.Builder()
                .commonName("NCALayer")
                .addSubjectAlternativeName("ncalayer.local")
                .build();
        HandshakeCertificates handshake =
                new HandshakeCertificates.Builder().heldCertificate(certificate).build();
        server.useHttps(handshake.sslSocketFactory());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder()
                        .webSocketUpgrade(new Listener())
                        .build();
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    /** {@code wss://127.0.0.1:<port>/}. */
    public URI address() {
        return URI.create("wss://127.0.0.1:" + server.getPort() + "/");
    }

    /** The certificate the fake serves TLS with: what a client pins. */
    public X509Certificate certificate() {
        return certificate.certificate();
    }

    public FakeNcaLayer mode(Mode mode) {
        this.mode = mode;
        return this;
    }

    /** Every request received, in order. */
    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private final class Listener extends WebSocketListener {
        @Override
        public void onOpen(WebSocket socket, Response response) {
            socket.send("{\"result\":{\"version\":\"1.4\"}}");
        }

        @Override
        public void onClosing(WebSocket socket, int code, String reason) {
            socket.close(1000, null);
        }

        @Override
        public void onMessage(WebSocket socket, String text) {
            JsonNode request;
            try {
                request = JSON.readTree(text);
            } catch (IOException e) {
                socket.send("{\"code\":\"500\",\"message\":\"bad json\"}");
                return;
            }
            requests.add(request);
            String module = request.path("module").asText();
            boolean basics = module.equals("kz.gov.pki.knca.basics");
            switch (mode) {
                case SILENT -> {}
                case CLOSE -> socket.close(1011, "gone");
                case NO_BASICS -> {
                    if (basics) {
                        socket.send("{\"success\":false,\"errorCode\":\"MODULE_NOT_FOUND\"}");
                    } else {
                        socket.send(answer(false, sign(request)));
                    }
                }
                case CANCEL ->
                    socket.send(
                            basics
                                    ? "{\"status\":true,\"body\":{}}"
                                    : "{\"code\":\"500\",\"message\":\"action.canceled\"}");
                case REFUSE ->
                    socket.send(
                            basics
                                    ? "{\"status\":false,\"code\":\"SIGNING_FAILURE\",\"message\":\"key is expired\","
                                            + "\"details\":\"\"}"
                                    : "{\"code\":\"500\",\"message\":\"key is expired\"}");
                case NOT_A_CMS -> socket.send(answer(basics, Base64.getEncoder().encodeToString(new byte[] {1, 2, 3})));
                case SIGN -> socket.send(answer(basics, sign(request)));
            }
        }

        private String sign(JsonNode request) {
            String method = request.path("method").asText();
            JsonNode args = request.path("args");
            if (method.equals("sign")) {
                String format = args.path("format").asText();
                String data = args.path("data").asText();
                if (format.equals("xml")) {
                    return signXml(data);
                }
                byte[] content = args.path("signingParams").path("decode").asBoolean()
                        ? Base64.getDecoder().decode(data)
                        : data.getBytes(StandardCharsets.UTF_8);
                return cms(
                        content, args.path("signingParams").path("encapsulate").asBoolean());
            }
            if (method.equals("createCAdESFromBase64")) {
                return cms(
                        Base64.getDecoder().decode(args.get(2).asText()),
                        args.get(3).asBoolean());
            }
            if (method.equals("signXml")) {
                return signXml(args.get(2).asText());
            }
            throw new IllegalArgumentException("the fake NCALayer does not know " + method);
        }

        private String cms(byte[] content, boolean attached) {
            byte[] cms = attached ? Cms.signAttached(key, content) : Cms.signDetached(key, content);
            return Base64.getMimeEncoder().encodeToString(cms); // with line breaks, as NCALayer's base64 may be
        }

        private String signXml(String xml) {
            return new String(XmlDsig.signEnveloped(key, xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }

        private String answer(boolean basics, @Nullable String result) {
            ObjectNode answer = JSON.createObjectNode();
            if (basics) {
                answer.put("status", true);
                answer.putObject("body").putArray("result").add(result);
            } else {
                answer.put("code", "200");
                answer.put("message", "");
                answer.put("responseObject", result);
            }
            return answer.toString();
        }
    }
}
