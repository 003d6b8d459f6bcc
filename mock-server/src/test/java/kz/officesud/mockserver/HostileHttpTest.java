package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import kz.officesud.core.model.Sha256;
import kz.officesud.documents.DocumentInspector;
import kz.officesud.documents.DocumentProblem;
import kz.officesud.documents.RuleSets;
import kz.officesud.documents.corpus.AcceptanceCorpus;
import kz.officesud.mockserver.internal.http.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile HTTP corpus ({@code hostile/http-cases.tsv}: malformed and oversized bodies, bad JSON, huge numbers,
 * traversal and reserved file names, huge and broken headers, broken framing, wrong methods, slow clients) and the
 * document corpus of the document rules, sent as uploads and filed as statements, all against one standalone court
 * running in {@value #HEAP} of heap. Each request gets its typed refusal (status, problem code, a title in the
 * language asked for, kk, ru and en titles in the bundles, a request id, a short body that does not echo the request);
 * after the whole corpus the court is still up, files a normal claim and registers it, its heap after a full
 * collection is well within its limit, and nothing secret reached its log.
 *
 * <p>The court runs as a process of its own rather than in the test's JVM: the heap it is given is then the court's
 * alone (the test's own allocations, the corpus it builds and the answers it reads are not counted against it), an
 * out-of-memory error ends it visibly, and its log is exactly what an operator's terminal shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileHttpTest {
    static final String HEAP = "256m";
    static final String CONTROL_TOKEN = "ctl-" + UUID.randomUUID();
    /** In every password, token, body and document this test sends where a log must not show it. */
    static final String CANARY = "CANARY" + UUID.randomUUID().toString().replace("-", "");

    private static final String[] LANGUAGES = {"kk", "ru", "en"};
    private static final int MAX_UPLOAD = 8 * 1024 * 1024;
    private static final DocumentInspector INSPECTOR = DocumentInspector.create();
    /**
     * Every how many files of the document corpus are sent: 6 in the default build (a sixth of it, some 15 s on the
     * shared machine), 1 with {@code -Dofficesud.hostile.documents=all} (the {@code hostile} profile).
     */
    private static final int DOCUMENT_STRIDE = "all".equals(System.getProperty("officesud.hostile.documents")) ? 1 : 6;

    @TempDir
    static Path folder;

    private SmallHeapCourt court;
    private HttpCourtControl control;
    private CourtHttp http;
    private TestUser owner;
    private String token;
    private String manifest;
    private String signature;
    private final List<String> secrets = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        court = SmallHeapCourt.start(
                HEAP, CONTROL_TOKEN, folder, "--idle-timeout", "2", "--max-upload", String.valueOf(MAX_UPLOAD));
        http = new CourtHttp(court.baseUrl(), CONTROL_TOKEN);
        control = court.control();
        owner = control.newIndividual();
        token = http.token(owner);
        TestClaims.ClaimWithFiles claim = TestClaims.claimBy(owner, CANARY);
        byte[] bytes = CourtHttp.manifest(claim.claim(), owner);
        manifest = java.util.Base64.getEncoder().encodeToString(bytes);
        signature = CourtHttp.sign(owner.key(), bytes);
        secrets.addAll(List.of(CANARY, CONTROL_TOKEN, token, owner.password(), signature.substring(0, 60)));
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (court != null) {
            court.close();
        }
    }

    private String macro(String name) {
        return switch (name) {
            case "token" -> token;
            case "control" -> CONTROL_TOKEN;
            case "key" -> "hostile-" + UUID.randomUUID();
            case "manifest" -> manifest;
            case "signature" -> signature;
            case "canary" -> CANARY;
            default -> null;
        };
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyHostileRequest_getsItsTypedRefusal() throws IOException {
        List<HostileCases.Case> cases = HostileCases.read("/hostile/http-cases.tsv");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(cases.stream().map(HostileCases.Case::name)).doesNotHaveDuplicates();
        // the slow and stalled clients are started first, side by side, and each answer is awaited in its turn: the
        // court serves the rest of the corpus meanwhile, and the suite waits for the slowest of them only once
        java.util.concurrent.ExecutorService slow = java.util.concurrent.Executors.newCachedThreadPool();
        java.util.Map<HostileCases.Case, java.util.concurrent.Future<RawHttp.Answer>> started =
                new java.util.HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            HostileCases.Case c = cases.get(i);
            if (c.pace() != RawHttp.Pace.AT_ONCE) {
                HostileCases.Request request = HostileCases.request(c, this::macro, LANGUAGES[i % LANGUAGES.length]);
                started.put(
                        c,
                        slow.submit(() ->
                                RawHttp.exchange(court.baseUrl(), request.head(), request.body(), c.pace(), 20_000)));
            }
        }
        slow.shutdown();
        int[] turn = {0};
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    String language = LANGUAGES[turn[0]++ % LANGUAGES.length];
                    HostileCases.Request request = HostileCases.request(c, this::macro, language);
                    RawHttp.Answer answer = started.containsKey(c)
                            ? started.get(c).get(30, java.util.concurrent.TimeUnit.SECONDS)
                            : RawHttp.exchange(court.baseUrl(), request.head(), request.body(), c.pace(), 20_000);
                    boolean asksItself = c.headers().toLowerCase(Locale.ROOT).contains("accept-language:");
                    assertAnswer(
                            c.name() + " (line " + c.line() + ")",
                            answer,
                            c.status(),
                            c.code(),
                            asksItself ? null : language);
                }));
    }

    private void assertAnswer(
            String what,
            RawHttp.Answer answer,
            int status,
            String code,
            @org.jspecify.annotations.Nullable String language)
            throws IOException {
        assertThat(answer.status()).as("%s: status of %s", what, answer.text()).isEqualTo(status);
        assertThat(answer.header("X-Request-Id")).as("%s: request id", what).isNotEmpty();
        assertThat(answer.text()).as("%s: the answer echoes no secret", what).doesNotContain(CANARY);
        if (code.equals("-")) {
            return;
        }
        assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
        assertThat(answer.body().length).as("%s: a short problem", what).isLessThan(4096);
        JsonNode problem = CourtHttp.MAPPER.readTree(answer.body());
        assertThat(problem.path("code").asText())
                .as("%s: %s", what, answer.text())
                .isEqualTo(code);
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
        for (String lang : LANGUAGES) {
            assertThat(Messages.has("problem." + code))
                    .as("%s: a title of %s", what, code)
                    .isTrue();
            assertThat(Messages.text(Locale.forLanguageTag(lang), "problem." + code))
                    .as("%s: the %s title of %s", what, lang, code)
                    .isNotBlank()
                    .isNotEqualTo("problem." + code);
        }
        // the asked language; the court's default (ru) where the engine could not read the headers that ask
        List<String> titles = new ArrayList<>();
        for (String lang : language == null ? LANGUAGES : new String[] {language, "ru"}) {
            titles.add(Messages.text(Locale.forLanguageTag(lang), "problem." + code));
        }
        assertThat(problem.path("title").asText())
                .as("%s: the title in %s", what, language)
                .isIn(titles);
    }

    /**
     * Every file of the document rules' corpus (well-formed documents of each format, and the malformed, hostile and
     * misleading ones: bombs, encrypted, macro-bearing, truncated, mislabelled) is uploaded (stored byte for byte, or
     * refused as too large) and then filed as a claim's statement: one the document rules refuse is refused by the court
     * with 422 (nothing stored) or, after
     * its talon, refused by the clerk on the ground of an unreadable attachment: one the rules find unreadable or of a
     * format not accepted is never registered (layout defects, such as a wrong font, are not a ground of refusal).
     */
    @Test
    @Order(2)
    void theDocumentCorpus_asUploadsAndStatements() throws Exception {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        List<AcceptanceCorpus.Entry> entries = AcceptanceCorpus.writeTo(corpus);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(20);
        int before = http.myCases(token).size();
        int talons = 0;
        int refusable = 0;
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        java.util.Map<String, Integer> verdicts = new java.util.TreeMap<>();
        for (int i = 0; i < entries.size(); i += DOCUMENT_STRIDE) {
            AcceptanceCorpus.Entry entry = entries.get(i);
            byte[] bytes = Files.readAllBytes(entry.file());
            String name = entry.file().getFileName().toString();
            CourtHttp.Reply upload = http.upload(token, name, "application/octet-stream", bytes);
            if (bytes.length > MAX_UPLOAD) {
                assertThat(upload.status()).as(name).isEqualTo(413);
                assertThat(upload.json().path("code").asText()).isEqualTo("payload_too_large");
                continue;
            }
            assertThat(upload.status())
                    .as("upload of %s: %s", name, upload.text())
                    .isEqualTo(201);
            assertThat(upload.json().path("sha256").asText())
                    .isEqualTo(Sha256.of(bytes).hex());
            assertThat(upload.json().path("size").asLong()).isEqualTo(bytes.length);

            TestClaims.ClaimWithFiles claim = TestClaims.claimBy(owner, "corpus " + name, name, bytes);
            byte[] claimManifest = CourtHttp.manifest(claim.claim(), owner);
            CourtHttp.Reply filed = http.file(
                    token,
                    "corpus-" + name,
                    CourtHttp.filingBody(
                            claimManifest,
                            CourtHttp.sign(owner.key(), claimManifest),
                            http.uploadAll(token, claim.files())));
            assertThat(filed.status()).as("%s filed: %s", name, filed.text()).isIn(201, 422);
            assertThat(filed.text()).doesNotContain(CANARY);
            String state;
            if (filed.status() == 201) {
                talons++;
                state = http.get(
                                "/api/v1/filings/"
                                        + filed.json().path("filingId").asText(),
                                "Authorization",
                                CourtHttp.bearer(token))
                        .expect(200)
                        .json()
                        .path("status")
                        .path("state")
                        .asText();
                assertThat(state).as("%s, decided by the clerk at once", name).isIn("REGISTERED", "REFUSED");
            } else {
                assertThat(filed.json().path("code").asText()).isEqualTo("validation_failed");
                state = "422";
            }
            verdicts.merge(state, 1, Integer::sum);
            // the rules in force today, read by the SDK's inspector: what the court's clerk reads them by
            boolean unreadable = INSPECTOR.inspect(entry.file(), name, RuleSets.inForceOn(today)).problems().stream()
                    .anyMatch(problem -> problem.kind() == DocumentProblem.Kind.UNREADABLE
                            || problem.kind() == DocumentProblem.Kind.FORMAT);
            if (unreadable) {
                refusable++;
            }
            if (unreadable) {
                assertThat(state)
                        .as("%s, which the document rules in force find unreadable", name)
                        .isNotEqualTo("REGISTERED");
            }
        }
        System.out.printf(
                "document corpus: %d of %d files sent, %d unreadable by the rules in force, verdicts %s%n",
                (entries.size() + DOCUMENT_STRIDE - 1) / DOCUMENT_STRIDE, entries.size(), refusable, verdicts);
        assertThat(refusable).as("the slice holds files the rules refuse").isPositive();
        assertThat(http.myCases(token))
                .as("one filing a talon, none half-stored")
                .hasSize(before + talons);
    }

    @Test
    @Order(3)
    void afterTheCorpus_theCourtFilesANormalClaim_andItsHeapHeld() throws Exception {
        assertThat(court.alive())
                .as("the court is up; its log: %s", court.log())
                .isTrue();
        String filingId = http.filedClaim(owner, "normal after the corpus " + CANARY, "normal-" + UUID.randomUUID());
        JsonNode filing = http.get("/api/v1/filings/" + filingId, "Authorization", CourtHttp.bearer(token))
                .expect(200)
                .json();
        assertThat(filing.path("status").path("state").asText()).isEqualTo("REGISTERED");

        court.collect();
        long[] heap = court.heapAfterLastCollection();
        assertThat(heap).as("the GC log %s", court.gcLog()).isNotNull();
        assertThat(heap[0])
                .as("MiB live after a full collection, of %s; the GC log %s", HEAP, court.gcLog())
                .isLessThan(128);
    }

    @Test
    @Order(4)
    void nothingSecret_reachedTheLog() {
        LogCheck.assertClean(court.log(), secrets, owner);
    }

    /** The table's own reading: macros, repetition and escapes make the bytes meant. */
    @Test
    void theTablesNotation() {
        var macros = HostileCases.macros(java.util.Map.of("token", "T"));
        assertThat(new String(
                        HostileCases.expand("a${rep:3:\\x41\\}}b${token}\\r\\n", macros), StandardCharsets.ISO_8859_1))
                .isEqualTo("aA}A}A}bT\r\n");
        assertThat(HostileCases.expand("${rep:2:${token}}", macros))
                .isEqualTo("TT".getBytes(StandardCharsets.US_ASCII));
        assertThat(URLEncoder.encode("и", StandardCharsets.UTF_8)).isEqualTo("%D0%B8");
    }
}
