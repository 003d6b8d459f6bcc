package kz.officesud.examples.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Function;
import kz.officesud.core.OfficesudException;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Talon;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.PreparedFiling;

/**
 * A legal portal whose users sign in their browser with NCALayer: the Java side prepares the filing (uploads its
 * documents, makes the manifest), the page has NCALayer sign the manifest on the user's machine, and the Java side
 * checks the signature and submits it. The key never reaches the portal.
 *
 * <p>The page ({@code index.html}, {@code portal.js}) speaks NCALayer's protocol itself; the portal serves it and
 * two calls: {@code POST api/prepare} (the filing's data to sign, base64) and {@code POST api/submit} (the signature;
 * answers the talon). One court session serves the portal's account.
 */
public final class PortalExample implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESOURCES = "/kz/officesud/examples/portal/";

    private final HttpServer server;
    private final CourtSession session;
    private final Function<String, Filing> filings;
    private final URI ncaLayer;
    private final Map<String, PreparedFiling> prepared = new ConcurrentHashMap<>();

    private PortalExample(HttpServer server, CourtSession session, Function<String, Filing> filings, URI ncaLayer) {
        this.server = server;
        this.session = session;
        this.filings = filings;
        this.ncaLayer = ncaLayer;
    }

    /**
     * Serves the portal on loopback.
     *
     * @param session the court session of the portal's account
     * @param filings the filing the user's summary makes
     * @param ncaLayer where the page finds NCALayer ({@code wss://127.0.0.1:13579/} on a user's machine)
     * @param port the port, 0 for any free one
     */
    public static PortalExample start(CourtSession session, Function<String, Filing> filings, URI ncaLayer, int port)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PortalExample portal = new PortalExample(server, session, filings, ncaLayer);
        server.createContext("/", portal::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return portal;
    }

    /** The portal's page. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            switch (exchange.getRequestMethod() + " " + path) {
                case "GET /", "GET /index.html" -> page(exchange);
                case "GET /portal.js" -> send(exchange, 200, "text/javascript; charset=utf-8", resource("portal.js"));
                case "POST /api/prepare" -> prepare(exchange);
                case "POST /api/submit" -> submit(exchange);
                default ->
                    send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void page(HttpExchange exchange) throws IOException {
        String html = new String(resource("index.html"), StandardCharsets.UTF_8)
                .replace("__NCALAYER__", ncaLayer.toString().replace("\"", ""));
        send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private void prepare(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readNBytes(64 * 1024));
        String summary = body.path("summary").asText("");
        try {
            PreparedFiling filing = session.prepare(filings.apply(summary));
            String id = UUID.randomUUID().toString();
            prepared.put(id, filing);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("preparedId", id);
            answer.put("dataToSign", filing.dataToSignBase64());
            answer.put("iin", filing.manifest().signer().iin().value());
            json(exchange, 200, answer);
        } catch (ValidationException e) {
            json(exchange, 422, Map.of("messages", e.messages()));
        }
    }

    private void submit(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readNBytes(256 * 1024));
        PreparedFiling filing = prepared.get(body.path("preparedId").asText(""));
        String signature = body.path("signature").asText("");
        if (filing == null || signature.isEmpty()) {
            json(exchange, 400, Map.of("error", "unknown preparedId or no signature"));
            return;
        }
        try {
            // checked before it leaves the portal: the signature, the signer, the bytes it covers
            Talon talon = session.submit(filing, signature);
            prepared.remove(body.path("preparedId").asText());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("talon", talon.number());
            answer.put("sentAt", talon.sentAt().toString());
            answer.put(
                    "status",
                    session.myCases().filing(talon.filingId()).status().toString());
            json(exchange, 200, answer);
        } catch (ValidationException e) {
            json(exchange, 422, Map.of("messages", e.messages()));
        } catch (IllegalArgumentException | OfficesudException e) {
            json(exchange, 400, Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PortalExample.class.getResourceAsStream(RESOURCES + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }

    private static void json(HttpExchange exchange, int status, Object value) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
