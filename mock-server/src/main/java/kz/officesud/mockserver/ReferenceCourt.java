package kz.officesud.mockserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import kz.officesud.core.model.Courts;
import kz.officesud.mockserver.internal.auth.Challenges;
import kz.officesud.mockserver.internal.auth.PasswordHasher;
import kz.officesud.mockserver.internal.auth.Sessions;
import kz.officesud.mockserver.internal.cabinet.Cabinet;
import kz.officesud.mockserver.internal.control.ControlApi;
import kz.officesud.mockserver.internal.control.ControlGuard;
import kz.officesud.mockserver.internal.control.Faults;
import kz.officesud.mockserver.internal.control.Journal;
import kz.officesud.mockserver.internal.control.Outboxes;
import kz.officesud.mockserver.internal.court.Bridge;
import kz.officesud.mockserver.internal.court.CabinetApi;
import kz.officesud.mockserver.internal.court.ClerkEngine;
import kz.officesud.mockserver.internal.court.CourtApi;
import kz.officesud.mockserver.internal.court.CourtPki;
import kz.officesud.mockserver.internal.court.Domain;
import kz.officesud.mockserver.internal.court.DomainApi;
import kz.officesud.mockserver.internal.court.FilingDesk;
import kz.officesud.mockserver.internal.court.ObservationApi;
import kz.officesud.mockserver.internal.court.Registrar;
import kz.officesud.mockserver.internal.court.SignatureCheck;
import kz.officesud.mockserver.internal.court.TestUserFactory;
import kz.officesud.mockserver.internal.http.AccessLog;
import kz.officesud.mockserver.internal.http.ApiHandler;
import kz.officesud.mockserver.internal.http.ExchangeListener;
import kz.officesud.mockserver.internal.http.ProblemErrorHandler;
import kz.officesud.mockserver.internal.http.Route;
import kz.officesud.mockserver.internal.http.ServerRunner;
import kz.officesud.mockserver.internal.store.AtomicFiles;
import kz.officesud.mockserver.internal.store.BlobStore;
import kz.officesud.mockserver.internal.store.CourtState;
import kz.officesud.mockserver.internal.store.CourtStore;
import kz.officesud.mockserver.internal.store.KeptTable;
import kz.officesud.mockserver.internal.store.StateFile;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.TrustAnchors;
import kz.officesud.signing.revocation.RevocationReason;
import kz.officesud.signing.testnca.TestNca;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference court: a complete court side of «Судебный кабинет» on real HTTP, to test against. Registration
 * and log-in, uploads, filings with idempotency keys, the talon, «Мои дела», and a clerk that registers or
 * refuses (the 2018 rules, seed 004, §22–24); in memory, or kept in a data directory and brought back whole on
 * restart (filings, revocations, the clock, the clerk's policy and pending decisions; the clerk resumes what was
 * left SENT).
 *
 * <pre>{@code
 * try (ReferenceCourt court = ReferenceCourt.builder().port(0).dataDirectory(dir).build().start()) {
 *     URI base = court.baseUrl();
 *     TestUser user = court.users().individual();
 *     court.control().advanceWorkingDays(1);
 * }
 * }</pre>
 *
 * Steered through {@link #control()} in process, or through the control API ({@code /__admin}, with
 * {@link #controlToken()}) over HTTP. The court always trusts its own {@link TestNca} (one per data directory
 * generation: roots of earlier runs stay trusted); more anchors with {@link Builder#trust(TrustAnchors)}.
 * Thread-safe.
 */
public final class ReferenceCourt implements AutoCloseable {
    /** The hard cap of one upload. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceCourt.class);
    private static final String TEST_NCA_DIR = "trust/test-nca";
    /** How long the XML the court prepares for a filing's signature may be signed and sent back. */
    private static final Duration XML_TO_SIGN_TTL = Duration.ofMinutes(30);

    private final Builder config;
    private final @Nullable Path dataDirectory;
    private final CourtClock clock;
    private final String controlToken;
    private @Nullable Running running;

    private ReferenceCourt(Builder config, @Nullable Path dataDirectory) {
        this.config = config;
        this.dataDirectory = dataDirectory;
        this.clock = config.clock;
        this.controlToken = config.controlToken != null ? config.controlToken : newToken();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What exists while the court runs. */
    private record Running(
            ServerRunner server,
            ApiHandler handler,
            CourtStore store,
            TestNca testNca,
            CourtPki pki,
            TrustAnchors anchors,
            TestUsers users,
            Clerk clerk,
            ClerkEngine clerkEngine,
            LocalCourtControl control,
            Outboxes outboxes,
            Runnable clockListener,
            Domain domain) {}

    /** Opens the data directory and starts serving; returns this court. */
    public synchronized ReferenceCourt start() {
        if (running != null) {
            throw new ReferenceCourtException("the reference court is already running");
        }
        try {
            running = open();
        } catch (IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.net.BindException bind) {
                    throw new ReferenceCourtException(
                            "cannot listen on " + config.bindAddress.getHostAddress() + " port " + config.port + ": "
                                    + bind.getMessage() + " (is another court or program using it? try --port 0)",
                            e);
                }
            }
            throw new ReferenceCourtException("cannot start the reference court: " + e.getMessage(), e);
        }
        LOG.debug("reference court serving {}", baseUrl());
        return this;
    }

    private Running open() throws IOException {
        ObjectMapper mapper = Bridge.newMapper();
        mapper.getFactory().setStreamReadConstraints(kz.officesud.mockserver.internal.http.JsonBounds.constraints());
        Path directory = dataDirectory;
        if (directory != null) {
            usable(directory);
        }
        CourtStore store = CourtStore.open(directory, mapper);
        StateFile stateFile = new StateFile(directory, mapper);
        Optional<CourtState> kept = stateFile.load();
        TestNca testNca = config.testNca != null ? config.testNca : TestNca.generate(clock);
        TrustAnchors anchors = testNca.trustAnchors();
        TrustAnchors earlier = directory == null ? null : earlierTestNcas(directory, testNca);
        if (earlier != null) {
            anchors = anchors.plus(earlier);
        }
        if (config.trust != null) {
            anchors = anchors.plus(config.trust);
        }
        TrustAnchors trusted = anchors;
        SecureRandom random = new SecureRandom();
        CourtPki pki = new CourtPki(testNca, clock);
        SignatureCheck signatures = new SignatureCheck(() -> trusted, pki.policy());
        Challenges challenges = new Challenges(clock, config.challengeTtl, random);
        Sessions sessions = new Sessions(clock, config.sessionTtl, random);
        PasswordHasher hasher = new PasswordHasher(config.passwordIterations, random);
        Registrar registrar = new Registrar(store, challenges, hasher, signatures, clock);
        ClerkEngine clerkEngine = new ClerkEngine(store, signatures, config.courts, clock);
        clerkEngine.policy(ClerkEngine.Policy.valueOf(config.clerkPolicy.name()));
        FilingDesk desk = new FilingDesk(store, clerkEngine, config.courts, clock);
        Domain domain = new Domain(store, clerkEngine, desk, clock, mapper, XML_TO_SIGN_TTL, config.courts, signatures);
        TestUserFactory testUsers = new TestUserFactory(registrar, pki);
        TestUsers users = new TestUsers(testUsers);
        CourtApi api = new CourtApi(
                store, sessions, challenges, registrar, desk, clerkEngine, testUsers, clock, config.maxUploadBytes);
        api.connect(domain.views, domain.retention);
        List<Route> routes = new ArrayList<>(api.routes());
        routes.addAll(new DomainApi(api, domain, clock).routes());
        CabinetApi cabinet = new CabinetApi(api, domain, config.courts, clock);
        routes.addAll(cabinet.routes());
        routes.addAll(new ObservationApi(domain.observation, mapper, api).routes());
        routes.addAll(pki.routes());
        routes.addAll(new Cabinet(
                        cabinet,
                        store,
                        registrar,
                        challenges,
                        domain,
                        config.courts,
                        clock,
                        config.sessionTtl,
                        config.maxUploadBytes)
                .routes());
        List<String> faultable = routes.stream()
                .map(route -> route.method() + " " + route.template())
                .toList();
        Outboxes outboxes = new Outboxes();
        Journal journal = new Journal(ControlApi.PREFIX);
        Faults faults = new Faults();
        java.time.Duration initialOffset = clock.offset();
        LocalCourtControl control = new LocalCourtControl(
                store,
                stateFile,
                clock,
                initialOffset,
                clerkEngine,
                config.clerkPolicy,
                pki,
                sessions,
                challenges,
                users,
                faults,
                journal,
                outboxes,
                faultable,
                List.of(domain.files::clear, cabinet::clearDrafts, domain.observation::clear),
                keptTables(domain, cabinet),
                mapper);
        if (kept.isPresent()) {
            try {
                control.apply(kept.get());
            } catch (RuntimeException e) {
                LOG.warn("the kept court state cannot be taken up, starting from the defaults: {}", e.getMessage());
            }
        }
        // From now on every change of what the court decided is written down.
        clerkEngine.onChange(control::save);
        pki.onChange(control::save);
        control.save();
        // What a crash left half done is finished, and what it left SENT decided, before anything is served.
        domain.finishInterrupted().ifPresent(done -> LOG.info("after an interrupted run: {}", done));
        List<String> resumed = clerkEngine.resume();
        if (!resumed.isEmpty()) {
            LOG.info("the clerk resumed {} filing(s) left SENT", resumed.size());
        }
        routes.addAll(new ControlApi(control, pki, (user, password) -> users.toPkcs12(user, password)).routes());
        AccessLog accessLog = new AccessLog();
        ExchangeListener listener = exchange -> {
            accessLog.onExchange(exchange);
            journal.onExchange(exchange);
        };
        ApiHandler handler = new ApiHandler(
                routes,
                mapper,
                new ApiHandler.Options(ControlApi.PREFIX, new ControlGuard(controlToken), faults, listener));
        ServerRunner server;
        try {
            server = ServerRunner.start(
                    new ServerRunner.Config(
                            config.bindAddress,
                            config.port,
                            config.workerThreads,
                            config.maxConnections,
                            config.idleTimeout,
                            config.keyStore),
                    handler,
                    new ProblemErrorHandler(mapper, listener));
        } catch (IOException | RuntimeException e) {
            domain.close();
            throw e;
        }
        // The port is bound: from now on the test NCA names the court's own OCSP and CRL in what it issues.
        pki.serveAt(baseUrl(server));
        Runnable clockListener = () -> {
            control.save();
            domain.timer.clockMoved();
        };
        clock.onAdvance(clockListener);
        return new Running(
                server,
                handler,
                store,
                testNca,
                pki,
                trusted,
                users,
                new Clerk(clerkEngine, domain),
                clerkEngine,
                control,
                outboxes,
                clockListener,
                domain);
    }

    /** The data directory exists (or is made) and takes files; else one clear line. */
    /** What a snapshot carries beside the store's records: every case-file table by its name, and the drafts. */
    private static Map<String, KeptTable> keptTables(Domain domain, CabinetApi cabinet) {
        Map<String, KeptTable> kept = new java.util.LinkedHashMap<>(domain.files.tables());
        if (kept.put("drafts", cabinet.keptDrafts()) != null) {
            throw new IllegalStateException("a case-file table is named drafts");
        }
        return kept;
    }

    private static void usable(Path directory) throws IOException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IOException("the data directory " + directory + " is a file, not a directory");
        }
        try {
            Files.createDirectories(directory);
            Path probe = Files.createTempFile(directory, ".probe-", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new IOException("the data directory " + directory + " cannot be written: " + e, e);
        }
    }

    /**
     * Trusts the test NCAs of earlier runs on this data directory (their users' keys must still verify) and
     * records this run's.
     */
    private static @Nullable TrustAnchors earlierTestNcas(Path dataDirectory, TestNca current) throws IOException {
        Path directory = dataDirectory.resolve(TEST_NCA_DIR);
        Files.createDirectories(directory);
        List<X509Certificate> roots = new ArrayList<>();
        List<X509Certificate> intermediates = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".cer")) {
                    continue;
                }
                X509Certificate certificate = readCertificate(file);
                (name.startsWith("root-") ? roots : intermediates).add(certificate);
            }
        }
        save(directory, "root-", current.root());
        save(directory, "intermediate-", current.intermediate());
        return roots.isEmpty() ? null : Bridge.testAnchors(roots, intermediates);
    }

    private static void save(Path directory, String prefix, X509Certificate certificate) throws IOException {
        try {
            byte[] der = certificate.getEncoded();
            Path file = directory.resolve(prefix + BlobStore.sha256Hex(der).substring(0, 16) + ".cer");
            if (!Files.exists(file)) {
                AtomicFiles.write(file, der);
            }
        } catch (CertificateEncodingException e) {
            throw new IOException("cannot encode the test NCA's certificate", e);
        }
    }

    private static X509Certificate readCertificate(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (CertificateException e) {
            throw new IOException("not a certificate: " + file, e);
        }
    }

    private Running running() {
        Running current = running;
        if (current == null) {
            throw new ReferenceCourtException("the reference court is not running; call start()");
        }
        return current;
    }

    /** The root of the court's address, e.g. {@code http://127.0.0.1:51234/}; the API is under {@code api/v1}. */
    public URI baseUrl() {
        return baseUrl(running().server());
    }

    private static URI baseUrl(ServerRunner server) {
        InetSocketAddress address = server.address();
        InetAddress host = address.getAddress();
        String literal = host instanceof Inet6Address ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return URI.create((server.https() ? "https" : "http") + "://" + literal + ":" + address.getPort() + "/");
    }

    /** The port the court listens on. */
    public int port() {
        return running().server().address().getPort();
    }

    public CourtClock clock() {
        return clock;
    }

    public TestUsers users() {
        return running().users();
    }

    public Clerk clerk() {
        return running().clerk();
    }

    /** Where the court keeps what it decided; empty for a court in memory. */
    public Optional<Path> dataDirectory() {
        return Optional.ofNullable(dataDirectory);
    }

    /** The court's control, in process: the same surface as {@link HttpCourtControl} over HTTP. */
    public CourtControl control() {
        return running().control();
    }

    /**
     * The token the control API ({@code /__admin}) asks for, as {@code Authorization: Bearer <token>}: the one
     * configured, or a random one made for this court.
     */
    public String controlToken() {
        return controlToken;
    }

    /**
     * The court's outboxes, where its parts put what they send out (notifications, e-mails, webhooks); tests read
     * them through {@link CourtControl#outbox}.
     */
    Outboxes outboxes() {
        return running().outboxes();
    }

    /** The e-government payment gateway and the tax authority's lag, simulated. */
    public PaymentGateway paymentGateway() {
        return new PaymentGateway(running().domain().fees);
    }

    /** What the court sent out: e-mails and webhook deliveries. */
    public CourtOutbox outbox() {
        return new CourtOutbox(running().domain());
    }

    /** The office's hand in case observation (ЭНП): cases opened to it, access passwords, blocks, the audit. */
    public CaseObservation observation() {
        return new CaseObservation(running().domain());
    }

    /** The receivers of the court's events. */
    public Webhooks webhooks() {
        return new Webhooks(running().domain());
    }

    /** Every anchor the court trusts: its test NCA's (this run's and earlier runs'), and the configured ones. */
    public TrustAnchors trustAnchors() {
        return running().anchors();
    }

    /** The court's own test NCA, which issues the test users' keys. */
    public TestNca testNca() {
        return running().testNca();
    }

    /**
     * Revokes (or, with {@link RevocationReason#CERTIFICATE_HOLD}, suspends) a certificate of the court's test
     * NCA as of the court clock's now: its OCSP answers revoked, its CRL lists it, and the clerk refuses what it
     * signs from then on ({@code SIGNATURE_NOT_AUTHENTIC}), as does log-in by signature.
     *
     * @throws IllegalArgumentException if the certificate is not of the court's test NCA
     */
    public void revoke(X509Certificate certificate, RevocationReason reason) {
        if (!running().pki().ownCertificate(certificate)) {
            throw new IllegalArgumentException("not a certificate of the court's test NCA");
        }
        running().pki().revoke(certificate, reason);
    }

    /** Revokes a test user's key: see {@link #revoke(X509Certificate, RevocationReason)}. */
    public void revoke(NcaKey key, RevocationReason reason) {
        revoke(key.certificate(), reason);
    }

    /** Lifts a hold or undoes a revocation of a certificate of the court's test NCA. */
    public void release(X509Certificate certificate) {
        running().pki().release(certificate);
    }

    /** The operations the court serves, as {@code METHOD /template} (as in the OpenAPI description). */
    public List<String> operations() {
        return running().handler().operations().stream()
                .filter(operation -> !Cabinet.isPage(operation))
                .toList();
    }

    public boolean isRunning() {
        return running != null;
    }

    /** Stops serving and releases the port and threads; the data directory stays. Idempotent. */
    @Override
    public synchronized void close() {
        Running current = running;
        if (current == null) {
            return;
        }
        running = null;
        clock.removeListener(current.clockListener());
        current.server().close();
        current.domain().close();
        LOG.debug("reference court stopped");
    }

    /** Configures a {@link ReferenceCourt}. */
    public static final class Builder {
        private int port;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private @Nullable Path dataDirectory;
        private CourtClock clock = CourtClock.system();
        private @Nullable TrustAnchors trust;
        private @Nullable TestNca testNca;
        private Courts courts = Courts.standard();
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private int workerThreads = 16;
        private int maxConnections = 512;
        private Duration idleTimeout = Duration.ofSeconds(30);
        private ServerRunner.@Nullable KeyStoreConfig keyStore;
        private @Nullable String controlToken;
        private Duration sessionTtl = Duration.ofDays(30);
        private Duration challengeTtl = Duration.ofMinutes(5);
        private int passwordIterations = PasswordHasher.DEFAULT_ITERATIONS;
        private Clerk.Policy clerkPolicy = Clerk.Policy.WITHIN_ONE_WORKING_DAY;

        private Builder() {}

        /** The port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** The address to listen on: loopback by default. */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Where the court keeps users, uploads, filings and its state (created if absent); without one the court
         * lives in memory and forgets everything when closed.
         */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** No data directory: everything in memory (the default). */
        public Builder inMemory() {
            this.dataDirectory = null;
            return this;
        }

        /** The control API's token (default: a random one per court); at least 16 visible ASCII characters. */
        public Builder controlToken(String token) {
            Objects.requireNonNull(token, "token");
            if (token.length() < 16 || token.length() > 256 || !token.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException("a control token is 16 to 256 visible ASCII characters");
            }
            this.controlToken = token;
            return this;
        }

        /** How long a connection may stay silent (default 30 s): then it is closed, or its request gets 408. */
        public Builder idleTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.compareTo(Duration.ofMillis(100)) < 0 || timeout.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("idleTimeout is 100 ms to 1 h");
            }
            this.idleTimeout = timeout;
            return this;
        }

        /** How many connections the court holds open at once (default 512); more wait to be accepted. */
        public Builder maxConnections(int connections) {
            if (connections < 1 || connections > 100_000) {
                throw new IllegalArgumentException("maxConnections is 1 to 100000");
            }
            this.maxConnections = connections;
            return this;
        }

        /** Serves HTTPS (only) with the key and certificate in a PKCS#12 key store. */
        public Builder https(Path keyStore, char[] password) {
            return https(keyStore, password, "PKCS12");
        }

        /** Serves HTTPS (only) with the key and certificate in a key store of {@code type} (PKCS12, JKS). */
        public Builder https(Path keyStore, char[] password, String type) {
            if (!Files.isReadable(keyStore)) {
                throw new IllegalArgumentException("the key store " + keyStore + " cannot be read");
            }
            this.keyStore = new ServerRunner.KeyStoreConfig(keyStore, password, type);
            return this;
        }

        /** The court's clock; a plain {@link Clock} is wrapped in a {@link CourtClock}. */
        public Builder clock(Clock clock) {
            Objects.requireNonNull(clock, "clock");
            this.clock = clock instanceof CourtClock court ? court : CourtClock.of(clock);
            return this;
        }

        /** Anchors to trust besides the court's own test NCA (e.g. the NCA's test or production CAs). */
        public Builder trust(TrustAnchors anchors) {
            Objects.requireNonNull(anchors, "anchors");
            this.trust = trust == null ? anchors : trust.plus(anchors);
            return this;
        }

        /** The court's own test NCA (default: a new one per start, valid from the court clock's now). */
        public Builder testNca(TestNca testNca) {
            this.testNca = Objects.requireNonNull(testNca, "testNca");
            return this;
        }

        /** The courts this court office serves; filings to others are refused (NOT_ADDRESSED_TO_COURT). */
        public Builder courts(Courts courts) {
            this.courts = Objects.requireNonNull(courts, "courts");
            return this;
        }

        /** The hard cap of one upload (default 64 MiB); beyond it the court answers 413. */
        public Builder maxUploadSize(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxUploadSize must be positive");
            }
            this.maxUploadBytes = bytes;
            return this;
        }

        /** Threads serving requests (default 16); slow clients do not hold them while their headers arrive. */
        public Builder workerThreads(int threads) {
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("workerThreads must be 1..256");
            }
            this.workerThreads = threads;
            return this;
        }

        /** How long a bearer token lives on the court clock (default 30 days). */
        public Builder sessionTtl(Duration ttl) {
            this.sessionTtl = positive(ttl, "sessionTtl");
            return this;
        }

        /** How long a challenge may be signed and sent back (default 5 minutes). */
        public Builder challengeTtl(Duration ttl) {
            this.challengeTtl = positive(ttl, "challengeTtl");
            return this;
        }

        /** PBKDF2 iterations for new passwords (default 210 000; at least 100 000). */
        public Builder passwordIterations(int iterations) {
            if (iterations < PasswordHasher.MIN_ITERATIONS) {
                throw new IllegalArgumentException("at least " + PasswordHasher.MIN_ITERATIONS + " iterations");
            }
            this.passwordIterations = iterations;
            return this;
        }

        /**
         * When the clerk decides (default: {@link Clerk.Policy#WITHIN_ONE_WORKING_DAY}, as the rules say; tests that
         * need the decision at once choose {@link Clerk.Policy#IMMEDIATE}).
         */
        public Builder clerkPolicy(Clerk.Policy policy) {
            this.clerkPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The court, not yet started. */
        public ReferenceCourt build() {
            return new ReferenceCourt(copy(), dataDirectory);
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.port = port;
            copy.bindAddress = bindAddress;
            copy.dataDirectory = dataDirectory;
            copy.clock = clock;
            copy.trust = trust;
            copy.testNca = testNca;
            copy.courts = courts;
            copy.maxUploadBytes = maxUploadBytes;
            copy.workerThreads = workerThreads;
            copy.maxConnections = maxConnections;
            copy.idleTimeout = idleTimeout;
            copy.keyStore = keyStore;
            copy.controlToken = controlToken;
            copy.sessionTtl = sessionTtl;
            copy.challengeTtl = challengeTtl;
            copy.passwordIterations = passwordIterations;
            copy.clerkPolicy = clerkPolicy;
            return copy;
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return duration;
        }
    }
}
