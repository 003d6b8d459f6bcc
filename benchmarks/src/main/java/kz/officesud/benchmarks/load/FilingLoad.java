package kz.officesud.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import kz.officesud.core.contract.IdempotencyKey;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.contract.SignerIdentity;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseCategory;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.wire.FilingSubmission;
import kz.officesud.core.wire.FilingView;
import kz.officesud.core.wire.LogInForm;
import kz.officesud.core.wire.SessionView;
import kz.officesud.core.wire.UploadView;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.UserAgreement;
import kz.officesud.signing.Cms;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.SignerIdentities;

/**
 * Signed filings against the standalone court: each a claim (its form, about 1 KB of manifest) with a statement PDF of
 * about 100 KB, signed with the NCA's real GOST-2015 test key. Everything is made and signed before the measured phase
 * (the clients only send bytes); each filing is then two requests — the statement's upload and the signed
 * submission — and the court, its clerk acting at once, verifies the CMS and its chain, checks the stored bytes
 * against the signed SHA-256, inspects the PDF and registers the filing before it answers. A filing counts as done
 * when the answer is 201 with the status REGISTERED; anything else is a failure.
 */
final class FilingLoad {
    private static final ObjectMapper JSON = OfficesudJson.newMapper();
    private static final String PASSWORD = "Load-Test-Password-7";
    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(30);

    /** Filings in flight past which an open-loop phase counts the court as fallen behind. */
    private static final int MAX_IN_FLIGHT = 512;

    /**
     * What was asked. {@code rate}: filings a second offered on a fixed schedule in the measured phase (an open loop:
     * each filing starts at its time whether or not the earlier ones have been answered, and its latency counts from
     * that time), or 0 for {@code clients} closed-loop clients sending one filing after another as fast as answered.
     */
    record Settings(int filings, int warmUp, int clients, Duration limit, int statementBytes, double rate) {}

    private final Settings settings;
    private final StandaloneCourt court;
    private final NcaKey key;
    private final HttpClient http;
    private StatementPdf statement;
    private String token;

    FilingLoad(Settings settings, StandaloneCourt court, NcaKey key) {
        this.settings = settings;
        this.court = court;
        this.key = key;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(2, daemon("load-http")))
                .build();
    }

    /** One filing, ready to send: its number (for the statement's bytes), manifest, CMS and statement digest. */
    private record Signed(int number, byte[] manifest, byte[] signature, String sha256) {}

    Map<String, Object> run(Path work) throws Exception {
        statement = StatementPdf.of(settings.statementBytes(), work);
        register();
        int total = settings.warmUp() + settings.filings();
        long signStart = System.nanoTime();
        List<Signed> signed = sign(total);
        double signSeconds = (System.nanoTime() - signStart) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "  %,d filings made and signed in %.1f s (statement %,d bytes, manifest %,d bytes, CMS %,d bytes)%n",
                total,
                signSeconds,
                statement.size(),
                signed.get(0).manifest().length,
                signed.get(0).signature().length);

        Phase warmUp = phase(
                signed.subList(0, settings.warmUp()),
                settings.limit().compareTo(WARM_UP_LIMIT) < 0 ? settings.limit() : WARM_UP_LIMIT);
        System.out.printf(
                Locale.ROOT,
                "  warm-up: %,d filings, %.0f/s, %s, %d failures%n",
                warmUp.done.get(),
                warmUp.rate(),
                warmUp.filings.line(),
                warmUp.failures.get());
        long cpuBefore = court.cpuMillis();
        List<Signed> rest = signed.subList(settings.warmUp(), total);
        Phase measured = settings.rate() > 0
                ? phaseAtRate(rest, settings.limit(), settings.rate())
                : phase(rest, settings.limit());
        long cpu = court.cpuMillis() - cpuBefore;

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("filings", measured.done.get() + measured.failures.get());
        result.put("registered", measured.done.get());
        result.put("failures", measured.failures.get());
        result.put("seconds", Latencies.round(measured.seconds));
        result.put("filingsPerSecond", Latencies.round(measured.rate()));
        if (cpuBefore >= 0 && measured.done.get() > 0) {
            result.put("courtCpuMsPerFiling", Latencies.round((double) cpu / measured.done.get()));
        }
        result.put("filing", measured.filings.summary());
        result.put("upload", measured.uploads.summary());
        result.put("submission", measured.submissions.summary());
        if (settings.rate() > 0) {
            result.put("offeredPerSecond", settings.rate());
            result.put("maxInFlight", measured.maxInFlight.get());
        } else {
            result.put("clients", settings.clients());
        }
        result.put("statementBytes", statement.size());
        result.put("manifestBytes", signed.get(0).manifest().length);
        result.put("firstFailures", List.copyOf(measured.reasons));
        return result;
    }

    /** Registers the key's holder (by signature) and logs in with the password for a bearer token. */
    private void register() throws Exception {
        try (CourtOffice office = CourtOffice.builder()
                .baseUrl(court.baseUrl())
                .allowPlainHttp(true)
                .checkDocuments(false)
                .build()) {
            office.register(key, PASSWORD.toCharArray(), "load@example.kz", UserAgreement.ACCEPTED);
        }
        SignerIdentity identity = identity();
        HttpResponse<byte[]> login = http.send(
                post(
                                "api/v1/sessions",
                                JSON.writeValueAsBytes(
                                        new LogInForm(identity.iin().value(), PASSWORD.toCharArray())))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (login.statusCode() != 201) {
            throw new IllegalStateException("log-in: " + login.statusCode() + " " + new String(login.body()));
        }
        token = JSON.readValue(login.body(), SessionView.class).token();
    }

    private SignerIdentity identity() {
        return SignerIdentities.of(key.profile())
                .orElseThrow(() -> new IllegalStateException("the key's certificate names no IIN"));
    }

    /** Makes and signs every filing, on every core, before anything is measured. */
    private List<Signed> sign(int count) throws Exception {
        SignerIdentity identity = identity();
        Iin iin = Iin.ofUnverified(identity.iin().value());
        Manifest.Signer signer = Manifest.Signer.of(identity);
        Bin defendant = Bin.random(new SecureRandom());
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("load-sign"));
        try {
            List<Future<Signed>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    byte[] pdf = statement.copy(n);
                    Sha256 sha256 = Sha256.of(pdf);
                    Claim claim = Claim.builder()
                            .court("7517")
                            .proceedings(Proceedings.ACTION)
                            .category(CaseCategory.of("142030001200070000"))
                            .nature("о взыскании задолженности по договору поставки № " + n)
                            .plaintiff(Party.individual(iin, "ТЕСТОВ ТЕСТ"))
                            .defendant(Party.legalEntity(defendant, "ТОО «Ответчик»"))
                            .claimAmount(Tenge.of(1_500_000))
                            .stateFee(StateFee.paidOnline(Tenge.of(15_000)))
                            .summary("Взыскать с ответчика задолженность по договору поставки № " + n
                                    + ", неустойку и судебные расходы")
                            .statement(Attachment.metadata(
                                    "statement-" + n + ".pdf", "application/pdf", pdf.length, sha256))
                            .build();
                    byte[] manifest = Manifest.of(claim, signer, "load-" + n, Instant.now())
                            .canonicalBytes();
                    return new Signed(n, manifest, Cms.signDetached(key, manifest), sha256.hex());
                }));
            }
            List<Signed> signed = new ArrayList<>(count);
            for (Future<Signed> future : futures) {
                signed.add(future.get());
            }
            return signed;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The filings of one phase, sent by the clients; ends when every filing is sent or at the time limit. */
    private final class Phase {
        final Latencies filings = new Latencies();
        final Latencies uploads = new Latencies();
        final Latencies submissions = new Latencies();
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final ConcurrentLinkedQueue<String> reasons = new ConcurrentLinkedQueue<>();
        final AtomicInteger maxInFlight = new AtomicInteger();
        double seconds;

        double rate() {
            return seconds == 0 ? 0 : done.get() / seconds;
        }

        void fail(String reason) {
            failures.incrementAndGet();
            if (reasons.size() < 5) {
                reasons.add(reason);
            }
        }
    }

    private Phase phase(List<Signed> work, Duration limit) throws InterruptedException {
        Phase phase = new Phase();
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + limit.toNanos();
        AtomicLong lastEnd = new AtomicLong();
        long start = System.nanoTime();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            Thread client = new Thread(
                    () -> {
                        int i;
                        while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < work.size()) {
                            file(work.get(i), phase, System.nanoTime()).join();
                            lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
                        }
                    },
                    "load-client-" + c);
            client.setDaemon(true);
            clients.add(client);
            client.start();
        }
        for (Thread client : clients) {
            client.join();
        }
        phase.seconds = (Math.max(lastEnd.get(), start) - start) / 1e9;
        return phase;
    }

    /**
     * The filings of an open-loop phase: the {@code i}-th starts at {@code i / rate} seconds, whatever became of the
     * earlier ones; each filing's latency runs from its scheduled start, so that a court that falls behind shows it
     * in the latencies rather than by slowing the senders. Ends when every filing is sent or at the time limit, then
     * waits for the answers of those in flight.
     */
    private Phase phaseAtRate(List<Signed> work, Duration limit, double rate) throws InterruptedException {
        Phase phase = new Phase();
        AtomicInteger inFlight = new AtomicInteger();
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        AtomicLong lastEnd = new AtomicLong(start);
        for (int i = 0; i < work.size(); i++) {
            long at = start + (long) (i * 1e9 / rate);
            if (at >= deadline) {
                break;
            }
            long wait;
            while ((wait = at - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                phase.fail("the court fell behind: " + MAX_IN_FLIGHT + " filings in flight");
                continue;
            }
            phase.maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            sent.add(file(work.get(i), phase, at).whenComplete((v, e) -> {
                inFlight.decrementAndGet();
                lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
            }));
        }
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            phase.fail("answers still missing: " + e);
        }
        phase.seconds = (lastEnd.get() - start) / 1e9;
        return phase;
    }

    /** One filing: the statement's upload, then the signed submission; its latencies count from {@code start}. */
    private CompletableFuture<Void> file(Signed filing, Phase phase, long start) {
        HttpRequest upload = HttpRequest.newBuilder(court.baseUrl().resolve("api/v1/uploads"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/pdf")
                .header("X-File-Name", "statement-" + filing.number() + ".pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(statement.copy(filing.number())))
                .build();
        long[] uploadedAt = new long[1];
        return http.sendAsync(upload, HttpResponse.BodyHandlers.ofByteArray())
                .thenCompose(uploaded -> {
                    uploadedAt[0] = System.nanoTime();
                    if (uploaded.statusCode() != 201) {
                        phase.fail("upload " + uploaded.statusCode() + ": " + new String(uploaded.body()));
                        return CompletableFuture.completedFuture(null);
                    }
                    UploadView view = read(uploaded.body(), UploadView.class);
                    if (!view.sha256().equals(filing.sha256())) {
                        phase.fail("upload stored as " + view.sha256() + ", sent " + filing.sha256());
                        return CompletableFuture.completedFuture(null);
                    }
                    byte[] body;
                    try {
                        body = JSON.writeValueAsBytes(new FilingSubmission(
                                Base64.getEncoder().encodeToString(filing.manifest()),
                                Base64.getEncoder().encodeToString(filing.signature()),
                                Map.of(filing.sha256(), view.uploadId())));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return http.sendAsync(
                            post("api/v1/filings", body)
                                    .timeout(Duration.ofSeconds(60))
                                    .header("Authorization", "Bearer " + token)
                                    .header(
                                            "Idempotency-Key",
                                            IdempotencyKey.random().value())
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                })
                .thenAccept(answer -> {
                    if (answer == null) {
                        return;
                    }
                    long end = System.nanoTime();
                    if (answer.statusCode() != 201) {
                        phase.fail("filing " + answer.statusCode() + ": " + new String(answer.body()));
                        return;
                    }
                    FilingView view = read(answer.body(), FilingView.class);
                    if (view.status().state() != FilingState.REGISTERED) {
                        phase.fail("filing " + view.status() + ": "
                                + view.history().get(view.history().size() - 1));
                        return;
                    }
                    phase.uploads.add(uploadedAt[0] - start);
                    phase.submissions.add(end - uploadedAt[0]);
                    phase.filings.add(end - start);
                    phase.done.incrementAndGet();
                })
                .exceptionally(e -> {
                    phase.fail(
                            e instanceof CompletionException && e.getCause() != null
                                    ? e.getCause().toString()
                                    : e.toString());
                    return null;
                });
    }

    private static <T> T read(byte[] json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder post(String path, byte[] json) {
        URI uri = court.baseUrl().resolve(path);
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
