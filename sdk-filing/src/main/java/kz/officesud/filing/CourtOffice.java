package kz.officesud.filing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import kz.officesud.casesearch.CaseSearch;
import kz.officesud.casesearch.CaseSearchClient;
import kz.officesud.core.contract.AccountHolder;
import kz.officesud.core.contract.IdempotencyKey;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.contract.SignerIdentity;
import kz.officesud.core.contract.SigningAuthority;
import kz.officesud.core.contract.SigningXml;
import kz.officesud.core.fee.FeeBasis;
import kz.officesud.core.fee.StateFeeCalculation;
import kz.officesud.core.fee.StateFeeCalculator;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.validation.FilingValidator;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.core.wire.AccountView;
import kz.officesud.core.wire.ChallengeIssued;
import kz.officesud.core.wire.FeeCalculationForm;
import kz.officesud.core.wire.FilingPolicy;
import kz.officesud.core.wire.HearingView;
import kz.officesud.core.wire.LegitimacyCheckForm;
import kz.officesud.core.wire.LegitimacyVerdict;
import kz.officesud.core.wire.LogInForm;
import kz.officesud.core.wire.RegistrationForm;
import kz.officesud.core.wire.SignatureLogInForm;
import kz.officesud.documents.FilingPolicies;
import kz.officesud.filing.internal.Cabinet;
import kz.officesud.filing.internal.Wire;
import kz.officesud.filing.live.LiveCabinet;
import kz.officesud.filing.live.internal.WebCabinet;
import kz.officesud.signing.CertificateProfile;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.NcaSigner;
import kz.officesud.signing.SignerIdentities;
import kz.officesud.transport.AuthenticationException;
import kz.officesud.transport.CourtClientBuilder;
import kz.officesud.transport.CourtIoException;
import kz.officesud.transport.CourtServiceException;
import kz.officesud.transport.RetryPolicy;
import kz.officesud.transport.internal.ApiRequest;
import kz.officesud.transport.internal.ClientConfig;
import kz.officesud.transport.internal.Futures;
import kz.officesud.transport.internal.HttpTransport;
import kz.officesud.transport.internal.JsonBodies;
import kz.officesud.transport.internal.ResponseReader;
import kz.officesud.transport.internal.SharedHttpClient;
import kz.officesud.transport.internal.Sleeper;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The court office «Судебный кабинет» / «Сот кабинеті»: log in, register, check a filing.
 *
 * <pre>{@code
 * try (CourtOffice office = CourtOffice.builder().baseUrl(URI.create("https://court.example.kz")).build();
 *      CourtSession session = office.login(key)) {
 *     Talon talon = session.file(claim, key);
 * }
 * }</pre>
 *
 * <p>Every call to the court has an asynchronous twin named with {@code Async} ({@link #loginAsync(NcaSigner)},
 * {@link CourtSession#fileAsync(Filing, NcaSigner)}, ...): a {@link CompletableFuture} completed on OkHttp's
 * dispatcher, never blocking the calling thread on the network; cancelling it cancels the HTTP call in flight and sends
 * nothing more.
 *
 * <p>Immutable and thread-safe: build one and share it. Variants made with {@link #toBuilder()} share its
 * HTTP connection pool. {@link #close()} releases only what the office created: a caller's {@link
 * OkHttpClient} is left open.
 */
public final class CourtOffice implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("kz.officesud.filing");

    /** The languages the court answers in. */
    public static final Set<String> LANGUAGES = ClientConfig.LANGUAGES;

    private final ClientConfig settings;
    private final ValidationOptions validationOptions;
    private final @Nullable CmsVerifier signatureVerifier;
    private final boolean checkDocuments;
    private final SharedHttpClient http;
    private final ObjectMapper mapper;
    private final HttpTransport transport;
    private final FilingValidator validator;
    private final SignatureCheck signatureCheck;
    private final @Nullable LiveCabinet liveCabinet;
    private final @Nullable Cabinet cabinet;
    private final AtomicBoolean closed = new AtomicBoolean();
    private @Nullable CaseSearchClient caseSearch;

    private CourtOffice(Builder b, ClientConfig settings, ClientConfig.Opened opened) {
        this.settings = settings;
        this.http = opened.http();
        this.mapper = opened.mapper();
        this.transport = opened.transport();
        this.validationOptions = b.validationOptions;
        this.signatureVerifier = b.signatureVerifier;
        this.checkDocuments = b.checkDocuments;
        // the checks the court's dry run makes too (FilingPolicies): one rule set, the same verdict
        this.validator = b.checkDocuments ? FilingPolicies.beforeSending() : FilingPolicies.formOnly();
        this.signatureCheck = new SignatureCheck(settings.clock, b.signatureVerifier);
        this.liveCabinet = b.liveCabinet;
        this.cabinet = b.liveCabinet == null
                ? null
                : new WebCabinet(
                        b.liveCabinet,
                        // the cabinet's page flows run as blocking steps of a future: cancelling it cancels their call
                        http.client()
                                .newBuilder()
                                .addInterceptor(Futures.CANCELLATION)
                                .build(),
                        settings.courts,
                        settings.clock,
                        settings.sleeper);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this office's settings. An office built from it shares this office's HTTP client
     * (its connection pool), which stays open until every office sharing it is closed.
     */
    public Builder toBuilder() {
        ClientConfig copy = settings.copy();
        copy.inherited = http;
        Builder b = new Builder(copy);
        b.validationOptions = validationOptions;
        b.signatureVerifier = signatureVerifier;
        b.checkDocuments = checkDocuments;
        b.liveCabinet = liveCabinet;
        return b;
    }

    public URI baseUrl() {
        return Objects.requireNonNull(settings.baseUrl);
    }

    /** The live cabinet this office drives, when it was built with {@link Builder#liveCabinet(LiveCabinet)}. */
    public Optional<LiveCabinet> liveCabinet() {
        return Optional.ofNullable(liveCabinet);
    }

    /** The language asked of the court ({@code Accept-Language}) and of local validation messages. */
    public Locale locale() {
        return settings.locale;
    }

    public Duration callTimeout() {
        return settings.callTimeout;
    }

    public Duration attemptTimeout() {
        return settings.attemptTimeout;
    }

    public RetryPolicy retryPolicy() {
        return settings.retryPolicy;
    }

    public ValidationOptions validationOptions() {
        return validationOptions;
    }

    /**
     * Checks a filing against the court's rules, locally: no network. Every violation at once: the form, a court
     * that hears the filing's kind ({@link kz.officesud.core.validation.CourtJurisdiction}, else the court refuses it on ground 4), and the
     * documents. Layout findings are {@linkplain ValidationReport#warnings() warnings} unless {@link
     * ValidationOptions#strictLayout()}.
     *
     * @see CourtSession#file(Filing, NcaSigner)
     */
    public ValidationReport check(Filing filing) {
        Objects.requireNonNull(filing, "filing");
        return validator.validate(filing, validationOptions);
    }

    /**
     * A dry run of {@link CourtSession#file(Filing, NcaSigner, FilingOptions, FilingProgress.Listener)} with no
     * court: the filing checked as {@link #check(Filing)} checks it, and the signature {@code signer} makes over its
     * manifest checked as filing checks it before anything is sent (see {@link Builder#signatureVerifier}), with the
     * key's holder taken as the account holder. No network (but the configured verifier's revocation sources); nothing
     * is uploaded or sent.
     *
     * @throws IllegalArgumentException the key's certificate names no IIN and the options name no signer
     */
    public ValidationReport check(Filing filing, NcaSigner signer, FilingOptions options) {
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(options, "options");
        SignerIdentity identity =
                SignerIdentities.of(CertificateProfile.of(signer.certificate())).orElse(null);
        Manifest.Signer who = options.signer()
                .or(() -> Optional.ofNullable(identity).map(Manifest.Signer::of))
                .orElseThrow(() -> new IllegalArgumentException(
                        "the key's certificate names no IIN: name the signer in FilingOptions.signer"));
        Manifest manifest = Manifest.of(filing, who, options.reference().orElse(null), settings.clock.instant());
        byte[] data = manifest.canonicalBytes();
        byte[] signature = Wire.signDetached(signer, data);
        AccountHolder account = new AccountHolder(who.iin(), who.bin());
        return check(filing).plus(signatureViolations(signature, manifest, data, account));
    }

    /**
     * The court's policy for filings of {@code service} today: the fields the form must fill, the documents' roles,
     * whether the state fee applies, and the rules for files in force (formats, size, layout). Asks the court; the same
     * as {@link FilingPolicies#of} computes locally.
     *
     * @throws CourtServiceException {@code not_found} (404) when the service files nothing of its own kind
     */
    public FilingPolicy policy(CourtService service) {
        return transport.execute(policyRequest(service, null), reader(FilingPolicy.class));
    }

    /** As {@link #policy(CourtService)}, without blocking. */
    public CompletableFuture<FilingPolicy> policyAsync(CourtService service) {
        return Futures.start(() -> executeAsync(policyRequest(service, null), reader(FilingPolicy.class)));
    }

    /** As {@link #policy(CourtService)}, for the rules in force on {@code date}. */
    public FilingPolicy policy(CourtService service, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return transport.execute(policyRequest(service, date), reader(FilingPolicy.class));
    }

    /** As {@link #policy(CourtService, LocalDate)}, without blocking. */
    public CompletableFuture<FilingPolicy> policyAsync(CourtService service, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Futures.start(() -> executeAsync(policyRequest(service, date), reader(FilingPolicy.class)));
    }

    private ApiRequest policyRequest(CourtService service, @Nullable LocalDate date) {
        Objects.requireNonNull(service, "service");
        ensureOpen();
        ApiRequest.Builder request =
                ApiRequest.builder("get the policy of " + service, "GET", "policies", service.name());
        if (date != null) {
            request.query("date", date.toString());
        }
        return request.build();
    }

    /**
     * «Проверка законности судебного акта»: whether the courts issued the act with this identifier (as printed on it),
     * for acts issued within the last twelve months. Public: no log-in.
     */
    public LegitimacyVerdict checkLegitimacy(String actId) {
        if (cabinet != null) {
            return legitimacyThroughPages(actId, null);
        }
        return transport.execute(legitimacyRequest(actId, null), reader(LegitimacyVerdict.class));
    }

    /** As {@link #checkLegitimacy(String)}, without blocking. */
    public CompletableFuture<LegitimacyVerdict> checkLegitimacyAsync(String actId) {
        if (cabinet != null) {
            return throughCabinet(() -> checkLegitimacy(actId));
        }
        return Futures.start(() -> executeAsync(legitimacyRequest(actId, null), reader(LegitimacyVerdict.class)));
    }

    /**
     * As {@link #checkLegitimacy(String)}, and whether {@code file} is that act's file: its SHA-256, computed here
     * (streamed, the file never held in memory), is compared by the court with the act's. The file is not sent.
     */
    public LegitimacyVerdict checkLegitimacy(String actId, Path file) {
        Objects.requireNonNull(file, "file");
        return checkLegitimacy(actId, Attachment.of(file).sha256().hex());
    }

    /**
     * As {@link #checkLegitimacy(String, Path)}, without blocking: the file is hashed on OkHttp's dispatcher's
     * executor, then the court asked; cancelling the future while the file is hashed asks nothing.
     */
    public CompletableFuture<LegitimacyVerdict> checkLegitimacyAsync(String actId, Path file) {
        Objects.requireNonNull(actId, "actId");
        Objects.requireNonNull(file, "file");
        if (cabinet != null) {
            return throughCabinet(() -> checkLegitimacy(actId, file));
        }
        return Futures.then(
                Futures.blocking(executor(), () -> Attachment.of(file).sha256().hex()),
                sha256 -> executeAsync(legitimacyRequest(actId, sha256), reader(LegitimacyVerdict.class)));
    }

    private LegitimacyVerdict checkLegitimacy(String actId, String sha256) {
        if (cabinet != null) {
            return legitimacyThroughPages(actId, sha256);
        }
        return transport.execute(legitimacyRequest(actId, sha256), reader(LegitimacyVerdict.class));
    }

    /** The act legitimacy check's page, the identifier checked as for the court's API. */
    private LegitimacyVerdict legitimacyThroughPages(String actId, @Nullable String sha256) {
        Objects.requireNonNull(actId, "actId");
        if (actId.isBlank()) {
            throw new IllegalArgumentException("actId is blank");
        }
        ensureOpen();
        return Objects.requireNonNull(cabinet)
                .checkLegitimacy(actId.strip(), sha256 == null ? null : Sha256.ofHex(sha256));
    }

    /** A call through the live cabinet's pages, without blocking: read on OkHttp's dispatcher's executor. */
    private <T> CompletableFuture<T> throughCabinet(java.util.function.Supplier<T> pages) {
        return Futures.start(() -> {
            ensureOpen();
            return Futures.blocking(executor(), pages);
        });
    }

    private ApiRequest legitimacyRequest(String actId, @Nullable String sha256) {
        Objects.requireNonNull(actId, "actId");
        if (actId.isBlank()) {
            throw new IllegalArgumentException("actId is blank");
        }
        ensureOpen();
        byte[] body = JsonBodies.json(mapper, new LegitimacyCheckForm(actId.strip(), sha256));
        return ApiRequest.builder("check the legitimacy of act " + actId, "POST", "judicial-acts", "legitimacy-checks")
                .idempotencyKey(IdempotencyKey.random().value())
                .body(JsonBodies.repeatable(body))
                .build();
    }

    /**
     * The hearing schedule of a court on a day («График судебных заседаний»): each hearing as the court last set or
     * moved it, earliest first. Public: no log-in.
     */
    public List<HearingView> hearings(Court court, LocalDate date) {
        if (cabinet != null) {
            Objects.requireNonNull(court, "court");
            Objects.requireNonNull(date, "date");
            ensureOpen();
            return cabinet.hearings(court, date);
        }
        return transport.execute(hearingsRequest(court, date), this::hearings);
    }

    /** As {@link #hearings(Court, LocalDate)}, without blocking. */
    public CompletableFuture<List<HearingView>> hearingsAsync(Court court, LocalDate date) {
        if (cabinet != null) {
            return throughCabinet(() -> hearings(court, date));
        }
        return Futures.start(() -> executeAsync(hearingsRequest(court, date), this::hearings));
    }

    /**
     * The court directory: through the live cabinet, the courts its page {@code /gis} lists, read afresh (use it to
     * update a directory with {@link Courts#plus}); through the court's API, which publishes none, the directory this
     * office was built with ({@link Builder#courts}). Public: no log-in.
     */
    public Courts courtDirectory() {
        ensureOpen();
        return cabinet != null ? cabinet.courtDirectory() : settings.courts;
    }

    /** As {@link #courtDirectory()}, without blocking. */
    public CompletableFuture<Courts> courtDirectoryAsync() {
        return throughCabinet(this::courtDirectory);
    }

    /**
     * «Поиск судебного дела» at this office's court, with the same settings: through the court's API a {@link
     * CaseSearchClient} (its challenge only when an address searches too often), through the live cabinet its search
     * page, whose CAPTCHA comes with every search. Either way a challenge is a {@link
     * kz.officesud.casesearch.SearchChallengeException} for the application to show its user; the SDK never answers
     * it. No call until one of its methods is called; released when this office closes.
     */
    public synchronized CaseSearch caseSearch() {
        ensureOpen();
        if (cabinet != null) {
            return cabinet.caseSearch();
        }
        if (caseSearch == null) {
            caseSearch = CaseSearchClient.builder()
                    .baseUrl(Objects.requireNonNull(settings.baseUrl))
                    .httpClient(http.client())
                    .objectMapper(mapper)
                    .callTimeout(settings.callTimeout)
                    .attemptTimeout(settings.attemptTimeout)
                    .retryPolicy(settings.retryPolicy)
                    .locale(settings.locale)
                    .courts(settings.courts)
                    .allowPlainHttp(settings.allowPlainHttp)
                    .build();
        }
        return caseSearch;
    }

    private ApiRequest hearingsRequest(Court court, LocalDate date) {
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(date, "date");
        ensureOpen();
        return ApiRequest.builder("get the hearings of " + court.code(), "GET", "hearings")
                .query("court", court.code())
                .query("date", date.toString())
                .build();
    }

    private List<HearingView> hearings(kz.officesud.transport.internal.Answer answer) throws java.io.IOException {
        return List.copyOf(mapper.readValue(answer.body(), HEARINGS));
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<List<HearingView>> HEARINGS =
            new com.fasterxml.jackson.core.type.TypeReference<>() {};

    /**
     * The problems of a detached CMS {@code signature} over a manifest's {@code data}, and of who signed it judged by
     * the one rule of who may sign for {@code account} ({@link SigningAuthority}); the account unknown, only the
     * signature.
     */
    ValidationReport signatureViolations(
            byte[] signature, Manifest manifest, byte[] data, @Nullable AccountHolder account) {
        SignatureCheck.Result result = signatureCheck.check(signature, data);
        CertificateProfile signer = result.signer();
        if (signer == null || account == null) {
            return result.report();
        }
        return result.report()
                .plus(new ValidationReport(SigningAuthority.check(
                        account, manifest, SignerIdentities.of(signer).orElse(null))));
    }

    /**
     * Logs in with an NCA key (ЭЦП): the court sends a challenge, the key signs it (a detached CMS), the
     * court checks the signature and opens a session for the certificate's owner.
     *
     * @throws AuthenticationException the court does not accept the signature (no account, a revoked
     *     certificate, ...)
     */
    public CourtSession login(NcaSigner key) {
        Objects.requireNonNull(key, "key");
        if (cabinet != null) {
            return loginSigningXml(XmlSigner.of(key)); // the live cabinet's log-in by ЭЦП signs its XML
        }
        return login(DetachedCmsSigner.of(key));
    }

    /**
     * As {@link #login(NcaSigner)}, without blocking: the challenge asked, signed on OkHttp's dispatcher's executor,
     * and sent, one step after the other; cancelling the future stops the chain at the step it is in (the call in
     * flight cancelled, no later step run).
     */
    public CompletableFuture<CourtSession> loginAsync(NcaSigner key) {
        Objects.requireNonNull(key, "key");
        if (cabinet != null) {
            return loginSigningXmlAsync(XmlSigner.of(key));
        }
        return loginAsync(DetachedCmsSigner.of(key));
    }

    /**
     * Logs in by a signature made wherever the key is — NCALayer on the user's machine, for example: the court
     * sends a challenge, {@code signer} makes a detached CMS over it, the court checks it and opens a session for
     * the certificate's owner.
     *
     * @throws AuthenticationException the court does not accept the signature
     */
    public CourtSession login(DetachedCmsSigner signer) {
        ChallengeIssued challenge = transport.execute(cmsLogInChallenge(signer), reader(ChallengeIssued.class));
        byte[] signature = signer.signDetached(Base64.getDecoder().decode(challenge.challenge()));
        return opened(transport.execute(cmsLogIn(challenge, signature), this::session));
    }

    /** As {@link #login(DetachedCmsSigner)}, without blocking; see {@link #loginAsync(NcaSigner)}. */
    public CompletableFuture<CourtSession> loginAsync(DetachedCmsSigner signer) {
        return Futures.then(
                Futures.start(() -> executeAsync(cmsLogInChallenge(signer), reader(ChallengeIssued.class))),
                challenge -> Futures.then(
                        signAsync(() -> signer.signDetached(Base64.getDecoder().decode(challenge.challenge()))),
                        signature -> Futures.map(
                                executeAsync(cmsLogIn(challenge, signature), this::session), this::opened)));
    }

    private ApiRequest cmsLogInChallenge(DetachedCmsSigner signer) {
        Objects.requireNonNull(signer, "signer");
        ensureOpen();
        requireApi("log in with a detached CMS (the live cabinet signs an XML: loginSigningXml)");
        return challengeRequest("log in with a key");
    }

    private ApiRequest cmsLogIn(ChallengeIssued challenge, byte[] signature) {
        byte[] body = JsonBodies.json(
                mapper,
                new SignatureLogInForm(
                        challenge.challengeId(), Base64.getEncoder().encodeToString(signature)));
        return ApiRequest.builder("log in with a key", "POST", "sessions", "signature")
                .body(JsonBodies.once(body))
                .build();
    }

    /**
     * Logs in the live cabinet's way, by ЭЦП over XML: the court sends a challenge as an XML document, {@code signer}
     * signs it as an enveloped XMLDSig (NCALayer's {@code signXml}), the court checks it and opens a session for the
     * certificate's owner.
     *
     * @throws AuthenticationException the court does not accept the signature
     */
    public CourtSession loginSigningXml(XmlSigner signer) {
        Objects.requireNonNull(signer, "signer");
        ensureOpen();
        if (cabinet != null) {
            return new CourtSession(this, transport, cabinet.logIn(signer));
        }
        byte[] xml = xmlOf(transport.execute(challengeRequest(XML_LOG_IN), reader(ChallengeIssued.class)));
        return opened(transport.execute(xmlLogIn(xml, signer.signXml(xml)), this::session));
    }

    /**
     * As {@link #loginSigningXml(XmlSigner)}, without blocking; see {@link #loginAsync(NcaSigner)}. Through the live
     * cabinet, its log-in pages are read one after another on OkHttp's dispatcher's executor; cancelling the future
     * cancels the page request in flight and reads no more.
     */
    public CompletableFuture<CourtSession> loginSigningXmlAsync(XmlSigner signer) {
        Objects.requireNonNull(signer, "signer");
        Cabinet live = cabinet;
        if (live != null) {
            return Futures.start(() -> {
                ensureOpen();
                return Futures.blocking(executor(), () -> new CourtSession(this, transport, live.logIn(signer)));
            });
        }
        return Futures.then(
                Futures.start(() -> {
                    ensureOpen();
                    return executeAsync(challengeRequest(XML_LOG_IN), reader(ChallengeIssued.class));
                }),
                challenge -> {
                    byte[] xml = xmlOf(challenge);
                    return Futures.then(
                            signAsync(() -> signer.signXml(xml)),
                            signed -> Futures.map(executeAsync(xmlLogIn(xml, signed), this::session), this::opened));
                });
    }

    private static final String XML_LOG_IN = "log in with a key (XML)";

    /** The XML of a log-in challenge, checked to be of that challenge. */
    private static byte[] xmlOf(ChallengeIssued challenge) {
        if (challenge.xml() == null) {
            throw new CourtIoException("the court offers no XML to sign for log-in");
        }
        byte[] xml = Base64.getDecoder().decode(challenge.xml());
        if (!challenge.challengeId().equals(SigningXml.challengeId(xml).orElse(null))) {
            throw new CourtIoException("the court's XML to sign is not of its challenge");
        }
        return xml;
    }

    private ApiRequest xmlLogIn(byte[] xml, byte[] signed) {
        String challengeId = SigningXml.challengeId(xml).orElseThrow();
        byte[] body = JsonBodies.json(
                mapper,
                new SignatureLogInForm(challengeId, null, Base64.getEncoder().encodeToString(signed)));
        return ApiRequest.builder(XML_LOG_IN, "POST", "sessions", "signature")
                .body(JsonBodies.once(body))
                .build();
    }

    private Wire.Session session(kz.officesud.transport.internal.Answer answer) throws java.io.IOException {
        return Wire.session(mapper, answer);
    }

    private CourtSession opened(Wire.Session session) {
        LOG.debug("logged in as user {}", session.user().userId());
        return new CourtSession(this, transport, session);
    }

    /**
     * The state fee of a filing as the cabinet calculates it, asked of the court (seed 001: the cabinet calculates
     * the fee). The same {@link StateFeeCalculator} computes it locally: {@code
     * StateFeeCalculator.standard().calculate(FeeBasis.of(filing, date))}.
     */
    public StateFeeCalculation calculateStateFee(Filing filing, LocalDate paymentDate) {
        return calculateStateFee(feeForm(filing, paymentDate));
    }

    /** As {@link #calculateStateFee(Filing, LocalDate)}, without blocking. */
    public CompletableFuture<StateFeeCalculation> calculateStateFeeAsync(Filing filing, LocalDate paymentDate) {
        return Futures.start(() -> calculateStateFeeAsync(feeForm(filing, paymentDate)));
    }

    private static FeeCalculationForm feeForm(Filing filing, LocalDate paymentDate) {
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(paymentDate, "paymentDate");
        FeeBasis basis = FeeBasis.of(filing, paymentDate);
        return new FeeCalculationForm(
                basis.service(),
                basis.proceedings(),
                basis.payer(),
                basis.claimAmount(),
                basis.exemption(),
                paymentDate);
    }

    /** The state fee of what {@code form} describes, calculated by the court. */
    public StateFeeCalculation calculateStateFee(FeeCalculationForm form) {
        return transport.execute(feeRequest(form), reader(StateFeeCalculation.class));
    }

    /** As {@link #calculateStateFee(FeeCalculationForm)}, without blocking. */
    public CompletableFuture<StateFeeCalculation> calculateStateFeeAsync(FeeCalculationForm form) {
        return Futures.start(() -> executeAsync(feeRequest(form), reader(StateFeeCalculation.class)));
    }

    private ApiRequest feeRequest(FeeCalculationForm form) {
        Objects.requireNonNull(form, "form");
        ensureOpen();
        requireApi("calculate the state fee");
        return ApiRequest.builder("calculate the state fee", "POST", "state-fee", "calculations")
                .body(JsonBodies.repeatable(JsonBodies.json(mapper, form)))
                .build();
    }

    /**
     * Logs in with a login (the IIN, or the BIN of a legal entity's account) and password. Never repeated
     * automatically: a dropped connection fails the call. The password array is not cleared (it is yours).
     *
     * @throws AuthenticationException the login or password is wrong
     */
    public CourtSession login(String login, char[] password) {
        checkLogIn(login, password);
        if (cabinet != null) {
            return new CourtSession(this, transport, cabinet.logIn(login.strip(), password));
        }
        byte[] body = JsonBodies.json(mapper, new LogInForm(login.strip(), password));
        try {
            return opened(transport.execute(passwordLogIn(body), this::session));
        } finally {
            java.util.Arrays.fill(body, (byte) 0);
        }
    }

    /**
     * As {@link #login(String, char[])}, without blocking. The password is copied before this method returns: the
     * array may be cleared at once. Through the live cabinet, its log-in pages are read on OkHttp's dispatcher's
     * executor; cancelling the future cancels the page request in flight.
     */
    public CompletableFuture<CourtSession> loginAsync(String login, char[] password) {
        return Futures.start(() -> {
            checkLogIn(login, password);
            Cabinet live = cabinet;
            if (live != null) {
                char[] copy = password.clone();
                CompletableFuture<CourtSession> opened = Futures.blocking(
                        executor(), () -> new CourtSession(this, transport, live.logIn(login.strip(), copy)));
                opened.whenComplete((session, failure) -> java.util.Arrays.fill(copy, '\0'));
                return opened;
            }
            byte[] body = JsonBodies.json(mapper, new LogInForm(login.strip(), password));
            CompletableFuture<Wire.Session> sent = executeAsync(passwordLogIn(body), this::session);
            sent.whenComplete((session, failure) -> java.util.Arrays.fill(body, (byte) 0));
            return Futures.map(sent, this::opened);
        });
    }

    private void checkLogIn(String login, char[] password) {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
        ensureOpen();
        if (login.isBlank()) {
            throw new IllegalArgumentException("login is blank: pass the IIN or BIN");
        }
    }

    private static ApiRequest passwordLogIn(byte[] body) {
        return ApiRequest.builder("log in with a password", "POST", "sessions")
                .body(JsonBodies.once(body))
                .build();
    }

    /**
     * Registers a user account for the owner of an NCA key: the key signs the court's challenge, and the
     * account gets the password and e-mail given. The login is the certificate's BIN for a legal entity,
     * else its IIN.
     *
     * @param agreement {@link UserAgreement#ACCEPTED}: the user has read and accepted the user agreement
     * @throws CourtServiceException {@code already_registered} (409) when the account exists
     */
    public RegisteredUser register(NcaSigner key, char[] password, String email, UserAgreement agreement) {
        checkRegistration(key, password, email, agreement);
        ChallengeIssued challenge = transport.execute(challengeRequest("register"), reader(ChallengeIssued.class));
        byte[] signature = Wire.signDetached(key, Base64.getDecoder().decode(challenge.challenge()));
        byte[] body = registrationBody(challenge, signature, password, email);
        try {
            return registered(transport.execute(registration(body), reader(AccountView.class)));
        } finally {
            java.util.Arrays.fill(body, (byte) 0);
        }
    }

    /**
     * As {@link #register(NcaSigner, char[], String, UserAgreement)}, without blocking; see {@link
     * #loginAsync(NcaSigner)}. The password is copied before this method returns and cleared once the future
     * completes.
     */
    public CompletableFuture<RegisteredUser> registerAsync(
            NcaSigner key, char[] password, String email, UserAgreement agreement) {
        return Futures.start(() -> {
            checkRegistration(key, password, email, agreement);
            char[] copy = password.clone();
            CompletableFuture<RegisteredUser> registered = Futures.then(
                    executeAsync(challengeRequest("register"), reader(ChallengeIssued.class)),
                    challenge -> Futures.then(
                            signAsync(() ->
                                    Wire.signDetached(key, Base64.getDecoder().decode(challenge.challenge()))),
                            signature -> {
                                byte[] body = registrationBody(challenge, signature, copy, email);
                                CompletableFuture<AccountView> sent =
                                        executeAsync(registration(body), reader(AccountView.class));
                                sent.whenComplete((account, failure) -> java.util.Arrays.fill(body, (byte) 0));
                                return Futures.map(sent, this::registered);
                            }));
            registered.whenComplete((user, failure) -> java.util.Arrays.fill(copy, '\0'));
            return registered;
        });
    }

    private void checkRegistration(NcaSigner key, char[] password, String email, UserAgreement agreement) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(email, "email");
        if (agreement != UserAgreement.ACCEPTED) {
            throw new IllegalArgumentException("the user agreement must be accepted to register");
        }
        ensureOpen();
        requireApi("register");
    }

    private byte[] registrationBody(ChallengeIssued challenge, byte[] signature, char[] password, String email) {
        return JsonBodies.json(
                mapper,
                new RegistrationForm(
                        true,
                        password,
                        null,
                        email.strip(),
                        challenge.challengeId(),
                        Base64.getEncoder().encodeToString(signature)));
    }

    private static ApiRequest registration(byte[] body) {
        return ApiRequest.builder("register", "POST", "users")
                .body(JsonBodies.once(body))
                .build();
    }

    private RegisteredUser registered(AccountView account) {
        RegisteredUser user = Wire.user(account);
        LOG.debug("registered user {}", user.userId());
        return user;
    }

    private ApiRequest challengeRequest(String operation) {
        // A challenge is a fresh nonce: asking again is harmless, so the request carries a key and may repeat.
        return ApiRequest.builder(operation + ": get a challenge", "POST", "auth", "challenges")
                .idempotencyKey(IdempotencyKey.random().value())
                .body(JsonBodies.repeatable("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build();
    }

    /** A reader of an answer's body as {@code type}. */
    <T> ResponseReader<T> reader(Class<T> type) {
        return answer -> mapper.readValue(answer.body(), type);
    }

    <T> CompletableFuture<T> executeAsync(ApiRequest request, ResponseReader<T> reader) {
        return transport.executeAsync(request, reader, null);
    }

    /** A signature (its signer blocks) made on OkHttp's dispatcher's executor, not on the thread a call completed on. */
    <T> CompletableFuture<T> signAsync(java.util.function.Supplier<T> signing) {
        return Futures.blocking(executor(), signing);
    }

    /** Where blocking steps of asynchronous calls run: OkHttp's dispatcher's executor. */
    Executor executor() {
        return http.client().dispatcher().executorService();
    }

    SignatureCheck signatureCheck() {
        return signatureCheck;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** The HTTP client calls go through (for tests of sharing and closing). */
    OkHttpClient transportClient() {
        return http.client();
    }

    Clock clock() {
        return settings.clock;
    }

    /** Refuses an operation the live cabinet's pages do not offer, when this office drives them. */
    void requireApi(String operation) {
        if (cabinet != null) {
            throw new UnsupportedOperationException("'" + operation + "' is offered through the court's API, not"
                    + " through the live cabinet's pages this office drives");
        }
    }

    void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("this CourtOffice is closed");
        }
    }

    /**
     * Releases what this office created: the HTTP client it built, once no office derived from it with
     * {@link #toBuilder()} still uses it. Sessions should be closed first (logging out needs the office).
     * Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            synchronized (this) {
                if (caseSearch != null) {
                    caseSearch.close();
                }
            }
            http.release();
        }
    }

    @Override
    public String toString() {
        return "CourtOffice[" + settings.baseUrl + ", " + settings.locale.getLanguage() + "]";
    }

    /**
     * Builds a {@link CourtOffice}: the settings every client of the court office takes ({@link CourtClientBuilder}),
     * and the filing client's own. Validates in {@link #build()}. Not thread-safe.
     */
    public static final class Builder extends CourtClientBuilder<Builder> {
        private ValidationOptions validationOptions = ValidationOptions.defaults();
        private boolean checkDocuments = true;
        private @Nullable CmsVerifier signatureVerifier;
        private @Nullable LiveCabinet liveCabinet;

        private Builder() {}

        private Builder(ClientConfig settings) {
            super(settings);
        }

        /**
         * Whether the local check opens every document and judges it by the court's document rules in force
         * on the filing date (format by content, readable, size, Times New Roman 14 and line spacing); on by
         * default. Off, only the form is checked and the court's clerk is the first to read the files.
         */
        public Builder checkDocuments(boolean check) {
            this.checkDocuments = check;
            return this;
        }

        /**
         * Also checks every filing's signature with this verifier before anything is uploaded or submitted: the
         * chain to its trust anchors and revocation under its policy (a certificate revoked yesterday is then
         * said before the court refuses the filing). For example:
         *
         * <pre>{@code
         * CmsVerifier verifier = CmsVerifier.builder()
         *         .trustAnchors(TrustAnchors.ncaProduction(transport))
         *         .revocation(RevocationPolicy.preferOcsp(OcspClient.builder().transport(transport).build(),
         *                 CrlSource.downloading(transport, Clock.systemUTC())))
         *         .build();
         * }</pre>
         *
         * <p>Without one, the signature is still checked locally, with no network: over exactly the filing's
         * data, its value, the certificate valid now and for signing, the signer the logged-in user. Problems
         * are violations at {@code signature} of a {@link kz.officesud.core.validation.ValidationException}.
         */
        public Builder signatureVerifier(CmsVerifier verifier) {
            this.signatureVerifier = Objects.requireNonNull(verifier, "verifier");
            return this;
        }

        /**
         * Options of the local check run before filing, e.g. accepting test-NCA identities, strict layout ({@code
         * ValidationOptions.builder().strictLayout(true)}: a document not in Times New Roman 14 is a violation, not
         * a warning), or an application's own case categories.
         */
        public Builder validationOptions(ValidationOptions validationOptions) {
            this.validationOptions = Objects.requireNonNull(validationOptions, "validationOptions");
            return this;
        }

        /**
         * Drives the live cabinet at {@code baseUrl} (e.g. {@code https://office.sud.kz}) through its web pages instead
         * of the court's API, with {@link LiveCabinet#of(URI) the defaults}: log-in, «Мои дела», judicial acts, the act
         * legitimacy check, hearing schedules, the court directory, case search and filing a claim, an appeal, a
         * motion or a letter keep their calls; filing is a dry run until sending is enabled ({@link
         * #liveCabinet(LiveCabinet)}).
         */
        public Builder liveCabinet(URI baseUrl) {
            return liveCabinet(LiveCabinet.of(baseUrl));
        }

        /** Drives the live cabinet as {@code cabinet} says (its address becomes this office's base URL). */
        public Builder liveCabinet(LiveCabinet cabinet) {
            this.liveCabinet = Objects.requireNonNull(cabinet, "cabinet");
            return baseUrl(cabinet.baseUrl());
        }

        Builder sleeper(Sleeper sleeper) {
            config().sleeper = Objects.requireNonNull(sleeper);
            return this;
        }

        Builder random(RandomGenerator random) {
            config().random = Objects.requireNonNull(random);
            return this;
        }

        Builder clock(Clock clock) {
            config().clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Validates the settings and builds the office.
         *
         * @throws IllegalStateException no base URL
         * @throws IllegalArgumentException a setting is invalid (a base URL that is not http(s), with a query
         *     or fragment, or plain http to another machine; a negative timeout; a language other than kk, ru,
         *     en)
         */
        public CourtOffice build() {
            ClientConfig settings = config().copy();
            return new CourtOffice(this, settings, settings.open());
        }
    }
}
