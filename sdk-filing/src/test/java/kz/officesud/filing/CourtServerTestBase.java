package kz.officesud.filing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseCategory;
import kz.officesud.core.model.CaseKind;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.FilingDocument;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.StatusChange;
import kz.officesud.core.model.Talon;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.wire.FilingView;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.testnca.TestNca;
import kz.officesud.transport.RetryPolicy;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A MockWebServer standing in for the court, an office pointed at it (with a client the test owns, so that
 * leaked connections show), and fixtures: a test-NCA key, a claim with two documents on disk, a talon.
 */
abstract class CourtServerTestBase {
    static final ObjectMapper JSON = OfficesudJson.newMapper();
    static final Iin SIGNER_IIN = Iin.ofUnverified("123456789011");
    static final Instant NOW = Instant.parse("2025-03-10T04:05:06Z");
    private static NcaKey key;

    @TempDir
    Path dir;

    MockWebServer server;
    OkHttpClient client;
    CourtOffice office;
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    static synchronized NcaKey key() {
        if (key == null) {
            // issued on the office's fixed clock: the local signature check finds the certificate valid at NOW
            key = TestNca.generate(Clock.fixed(NOW, ZoneOffset.UTC))
                    .issueIndividual(SIGNER_IIN, "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        }
        return key;
    }

    @BeforeEach
    void startCourt() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(5, 1, TimeUnit.MINUTES))
                .readTimeout(Duration.ofSeconds(10))
                .build();
        office = officeBuilder().build();
    }

    CourtOffice.Builder officeBuilder() {
        return CourtOffice.builder()
                .baseUrl(URI.create(server.url("/").toString()))
                .httpClient(client)
                .locale(Locale.forLanguageTag("en"))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1)))
                .attemptTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(30))
                .sleeper(sleeps::add)
                .random(new Random(7))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                // These tests are about the wire: their PDFs are sized byte soup. DocumentCheckTest covers the
                // default, where documents are opened and judged before anything is sent.
                .checkDocuments(false);
    }

    @AfterEach
    void noConnectionLeaked() {
        office.close();
        ConnectionPool pool = client.connectionPool();
        // Every connection the client opened is back in the pool (idle) or closed: none left in use.
        assertThat(pool.connectionCount() - pool.idleConnectionCount())
                .as("connections still in use")
                .isZero();
        server.close();
        client.dispatcher().executorService().shutdown();
        pool.evictAll();
    }

    /**
     * Asserts that the call cancelled ended: OkHttp's dispatcher runs no call within 2 s and nothing more reaches the
     * court.
     */
    void assertCancelledAndNothingMoreSent(java.util.concurrent.CompletableFuture<?> future, String what)
            throws InterruptedException {
        for (int i = 0; i < 200 && client.dispatcher().runningCallsCount() > 0; i++) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(client.dispatcher().runningCallsCount()).as(what).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(future::join)
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(server.takeRequest(300, TimeUnit.MILLISECONDS))
                .as("nothing more sent")
                .isNull();
    }

    // ---- court answers ----

    static MockResponse json(int status, Object body) {
        try {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            return new MockResponse.Builder()
                    .code(status)
                    .addHeader("Content-Type", "application/json")
                    .addHeader("X-Request-Id", "req-" + status)
                    .body(text)
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MockResponse problem(int status, String code, String detail) {
        return problem(status, code, detail, "");
    }

    static MockResponse problem(int status, String code, String detail, String extra) {
        String body = "{\"type\":\"https://officesud.kz/problems/" + code + "\",\"title\":\"" + code + "\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"" + extra + "}";
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/problem+json")
                .addHeader("X-Request-Id", "req-" + code)
                .body(body)
                .build();
    }

    static MockResponse sessionAnswer() {
        return json(
                201,
                "{\"token\":\"tok-secret-1\",\"expiresAt\":\"2025-03-10T05:05:06Z\",\"user\":{\"userId\":\"u-1\","
                        + "\"login\":\"123456789011\",\"iin\":\"123456789011\",\"bin\":null,\"name\":\"ТЕСТОВ ТЕСТ\"}}");
    }

    static MockResponse challengeAnswer() {
        return json(
                201,
                "{\"challengeId\":\"ch-1\",\"challenge\":\"AQIDBAUGBwg=\",\"expiresAt\":\"2025-03-10T04:10:06Z\"}");
    }

    static MockResponse uploadAnswer(String id, Attachment a) {
        return json(
                201,
                "{\"uploadId\":\"" + id + "\",\"fileName\":\"" + a.fileName() + "\",\"mediaType\":\"" + a.mediaType()
                        + "\",\"size\":" + a.size() + ",\"sha256\":\""
                        + a.sha256().hex() + "\"}");
    }

    static Talon talon() {
        Court court = court();
        return new Talon(
                "T-2025-000123",
                new FilingId("F-1"),
                OffsetDateTime.of(2025, 3, 10, 9, 5, 7, 0, ZoneOffset.ofHours(5)),
                new Talon.Sender("ТЕСТОВ ТЕСТ ТЕСТОВИЧ", SIGNER_IIN, null),
                Talon.Recipient.of(court));
    }

    /** The filing as the court answers {@code POST /filings}: its talon, status and history. */
    static FilingView filingView() {
        return new FilingView(
                new FilingId("F-1"),
                CourtService.CLAIM,
                talon(),
                court(),
                FilingStatus.SENT,
                List.of(new StatusChange(FilingStatus.SENT, NOW, null)),
                null,
                "key-1",
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** The court's answer to a filing: 201 filed now, 200 filed before under the same key. */
    static MockResponse filed(int status) {
        return json(status, filingView());
    }

    /** A court that hears civil cases at first instance, as a claim needs. */
    static Court court() {
        return Courts.standard().hearing(CaseKind.CIVIL_FIRST_INSTANCE).get(0);
    }

    /** The court's answers to uploading each of the claim's documents. */
    void enqueueUploads(Claim claim) {
        List<FilingDocument> docs = claim.documents();
        for (int i = 0; i < docs.size(); i++) {
            server.enqueue(uploadAnswer("up-" + (i + 1), docs.get(i).attachment()));
        }
    }

    /** Logs in with a password (one request). */
    CourtSession session() throws InterruptedException {
        server.enqueue(sessionAnswer());
        CourtSession session = office.login("123456789011", "pw".toCharArray());
        server.takeRequest();
        return session;
    }

    // ---- a claim ----

    Path statementFile;
    Path annexFile;

    Claim claim() throws IOException {
        return claimBuilder().build();
    }

    Claim.Builder claimBuilder() throws IOException {
        statementFile = dir.resolve("исковое заявление.pdf");
        annexFile = dir.resolve("договор + акт.pdf");
        Files.write(statementFile, pdf("statement", 70_000));
        Files.write(annexFile, pdf("annex", 150_000));
        Random random = new Random(1);
        return Claim.builder()
                .court(court())
                .proceedings(Proceedings.ACTION)
                .category(CaseCategory.of("142030001200070000"))
                .nature("о взыскании задолженности")
                .plaintiff(Party.legalEntity(Bin.random(random), "ТОО «Альфа»"))
                .defendant(Party.individual(Iin.random(random), "Иванов Иван Иванович"))
                .claimAmount(Tenge.of(1_500_000))
                .stateFee(StateFee.paidOnline(Tenge.of(45_000)))
                .summary("Взыскать долг по договору подряда")
                .document(statementFile)
                .attachment(annexFile);
    }

    static byte[] pdf(String label, int size) {
        byte[] bytes = new byte[size];
        byte[] head = ("%PDF-1.7\n% " + label + "\n").getBytes(StandardCharsets.US_ASCII);
        new Random(label.hashCode()).nextBytes(bytes);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    List<RecordedRequest> takeAll() throws InterruptedException {
        List<RecordedRequest> all = new ArrayList<>();
        RecordedRequest r;
        while ((r = server.takeRequest(50, TimeUnit.MILLISECONDS)) != null) {
            all.add(r);
        }
        return all;
    }

    static JsonNode bodyJson(RecordedRequest r) throws IOException {
        return JSON.readTree(r.getBody().utf8());
    }
}
