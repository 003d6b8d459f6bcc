package kz.officesud.filing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.officesud.core.OfficesudIoException;
import kz.officesud.core.contract.AccountHolder;
import kz.officesud.core.contract.IdempotencyKey;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.contract.SignerIdentity;
import kz.officesud.core.contract.SigningAuthority;
import kz.officesud.core.contract.SigningXml;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingDocument;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.PaymentReceipt;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.model.Talon;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.core.validation.Violation;
import kz.officesud.core.wire.DryRunForm;
import kz.officesud.core.wire.DryRunVerdict;
import kz.officesud.core.wire.FilingSubmission;
import kz.officesud.core.wire.FilingView;
import kz.officesud.core.wire.Problem;
import kz.officesud.core.wire.UploadView;
import kz.officesud.core.wire.XmlToSign;
import kz.officesud.filing.internal.CabinetSession;
import kz.officesud.filing.internal.UploadBody;
import kz.officesud.filing.internal.Wire;
import kz.officesud.signing.CertificateProfile;
import kz.officesud.signing.NcaSigner;
import kz.officesud.signing.SignerIdentities;
import kz.officesud.transport.AuthenticationException;
import kz.officesud.transport.CourtIoException;
import kz.officesud.transport.CourtOfficeException;
import kz.officesud.transport.CourtServiceException;
import kz.officesud.transport.internal.ApiRequest;
import kz.officesud.transport.internal.BodySource;
import kz.officesud.transport.internal.Futures;
import kz.officesud.transport.internal.HttpTransport;
import kz.officesud.transport.internal.JsonBodies;
import kz.officesud.transport.internal.Reconciler;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A logged-in session with the court office: file, follow «Мои дела». Thread-safe. {@link #close()} logs
 * out.
 */
public final class CourtSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("kz.officesud.filing");

    private final CourtOffice office;
    private final HttpTransport transport;
    private final String token;
    private final @Nullable Instant expiresAt;
    private final RegisteredUser user;
    private final @Nullable CabinetSession cabinet;
    private final AtomicBoolean closed = new AtomicBoolean();

    CourtSession(CourtOffice office, HttpTransport transport, Wire.Session session) {
        this.office = office;
        this.transport = transport;
        this.token = session.token();
        this.expiresAt = session.expiresAt();
        this.user = session.user();
        this.cabinet = null;
    }

    /** A session of the live cabinet: its calls go through the cabinet's pages. */
    CourtSession(CourtOffice office, HttpTransport transport, CabinetSession cabinet) {
        this.office = office;
        this.transport = transport;
        this.token = "";
        this.expiresAt = null;
        this.user = cabinet.user();
        this.cabinet = cabinet;
    }

    /** The account this session is logged in to. */
    public RegisteredUser user() {
        return user;
    }

    /** When the court will end this session, if it said. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** Files without progress reports or options; see {@link #file(Filing, NcaSigner, FilingOptions, FilingProgress.Listener)}. */
    public Talon file(Filing filing, NcaSigner signer) {
        return file(filing, signer, FilingOptions.defaults(), FilingProgress.Listener.none());
    }

    /** Files with default options; see {@link #file(Filing, NcaSigner, FilingOptions, FilingProgress.Listener)}. */
    public Talon file(Filing filing, NcaSigner signer, FilingProgress.Listener progress) {
        return file(filing, signer, FilingOptions.defaults(), progress);
    }

    /** Files without progress reports; see {@link #file(Filing, NcaSigner, FilingOptions, FilingProgress.Listener)}. */
    public Talon file(Filing filing, NcaSigner signer, FilingOptions options) {
        return file(filing, signer, options, FilingProgress.Listener.none());
    }

    /** As {@link #file(Filing, NcaSigner, FilingProgress.Listener)}, without blocking on the network. */
    public CompletableFuture<Talon> fileAsync(Filing filing, NcaSigner signer, FilingProgress.Listener progress) {
        return fileAsync(filing, signer, FilingOptions.defaults(), progress);
    }

    /** As {@link #file(Filing, NcaSigner, FilingOptions)}, without blocking on the network. */
    public CompletableFuture<Talon> fileAsync(Filing filing, NcaSigner signer, FilingOptions options) {
        return fileAsync(filing, signer, options, FilingProgress.Listener.none());
    }

    /**
     * Files a filing (a {@code Claim}, ...) and returns the court's talon (талон об отправке).
     *
     * <ol>
     *   <li>makes the {@link Manifest} (the filing, its documents, the key's holder as signer, the reference) and
     *       signs it with {@code signer} (a detached CMS);
     *   <li>checks, locally, the filing against the court's rules (the form and every document), the signature
     *       (see {@link CourtOffice.Builder#signatureVerifier}) and whether the key's holder may sign for this
     *       account ({@link SigningAuthority}): on any violation throws {@link ValidationException} with every
     *       violation at once, before anything is uploaded;
     *   <li>uploads each document, streamed from its source and hashed on the way: if the bytes are no longer
     *       those the filing was built from, throws {@link DocumentChangedException} and files nothing;
     *   <li>submits manifest, signature and uploads under the options' idempotency key (a random one when none
     *       is given), which every retry repeats: a retry after a dropped connection returns the same talon and
     *       files nothing twice.
     * </ol>
     *
     * <p>An application that must survive its own crash between sending and reading the answer uses {@link
     * #prepare} and {@link PreparedFiling#save} instead, or gives its own idempotency key (a document number):
     * filing the same filing again under that key returns the talon of the first.
     *
     * @param progress told of the bytes uploaded, on this thread
     * @throws ValidationException the filing fails the court's rules (locally, or at the court: 422)
     * @throws DocumentChangedException a document changed after the filing was built
     * @throws CourtServiceException the court refused the call
     * @throws CourtIoException the court could not be reached in time
     */
    public Talon file(Filing filing, NcaSigner signer, FilingOptions options, FilingProgress.Listener progress) {
        if (cabinet != null) {
            Objects.requireNonNull(signer, "signer");
            ensureOpen();
            return fileThroughCabinet(cabinet, filing, XmlSigner.of(signer), options);
        }
        Signed signed = sign(filing, signer, options, progress);
        PreparedFiling prepared = new PreparedFiling(
                signed.manifest(), signed.data(), uploadAll(filing, progress), signed.key(), signed.signature());
        return send(prepared, signed.signature());
    }

    /**
     * «Отправить дополнительные документы»: sends a refused filing again, completed — documents added or replaced —
     * and signed again, under the same filing and talon; the court takes it back to registration (REFUSED → SENT) and
     * decides again. A refusal is not the end: «В случае отклонения регистрации … пользователь может дополнительно
     * направить необходимые документы» (the court's notice «Судебный кабинет», seed 000, §2.2.1; the 2018 rules,
     * §16). Checked and uploaded as {@link #file(Filing, NcaSigner)} does; the completed filing must be of the same
     * service and court.
     *
     * <pre>{@code
     * FilingDetails again = session.sendAdditionalDocuments(
     *         talon.filingId(), claim.toBuilder().attachment(Path.of("Договор подряда.pdf")).build(), key);
     * }</pre>
     *
     * @return the filing, SENT again (or already decided, when the clerk decides at once)
     * @throws ValidationException the completed filing fails the court's rules (locally, or at the court: 422)
     * @throws CourtServiceException {@code invalid_transition} (409) when the filing is not refused, {@code
     *     not_found} (404) when the account has no such filing
     */
    public FilingDetails sendAdditionalDocuments(FilingId refused, Filing completed, NcaSigner signer) {
        Signed signed = signAdditional(refused, completed, signer);
        return execute(
                additionalDocuments(refused, signed, uploadAll(completed, FilingProgress.Listener.none())), details());
    }

    /**
     * As {@link #sendAdditionalDocuments(FilingId, Filing, NcaSigner)}, without blocking on the network: checked and
     * signed on the calling thread, then uploaded and sent as {@link #fileAsync} does.
     */
    public CompletableFuture<FilingDetails> sendAdditionalDocumentsAsync(
            FilingId refused, Filing completed, NcaSigner signer) {
        return Futures.start(() -> {
            Signed signed = signAdditional(refused, completed, signer);
            return Futures.then(
                    uploadAllAsync(completed, FilingProgress.Listener.none()),
                    uploads -> executeAsync(additionalDocuments(refused, signed, uploads), details()));
        });
    }

    private Signed signAdditional(FilingId refused, Filing completed, NcaSigner signer) {
        Objects.requireNonNull(refused, "refused");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(signer, "signer");
        if (cabinet != null) {
            throw new IllegalStateException("the live cabinet's pages file only through file(...)");
        }
        return sign(completed, signer, FilingOptions.defaults(), FilingProgress.Listener.none());
    }

    private ApiRequest.Builder additionalDocuments(FilingId refused, Signed signed, Map<String, String> uploads) {
        Objects.requireNonNull(refused, "refused");
        byte[] body = JsonBodies.json(office.mapper(), FilingSubmission.of(signed.data(), signed.signature(), uploads));
        return ApiRequest.builder(
                        "send additional documents to " + refused.value(),
                        "POST",
                        "filings",
                        refused.value(),
                        "additional-documents")
                .bearerToken(token)
                .idempotencyKey(signed.key().value())
                .validationErrors(ApiRequest.ValidationErrors.FILING)
                .body(JsonBodies.repeatable(body));
    }

    /** A reader of a filing's details. */
    kz.officesud.transport.internal.ResponseReader<FilingDetails> details() {
        return answer -> FilingDetails.of(office.mapper().readValue(answer.body(), FilingView.class));
    }

    /** A filing's manifest, signed and checked with everything the court would check, and its idempotency key. */
    private record Signed(Manifest manifest, byte[] data, byte[] signature, IdempotencyKey key) {}

    private Signed sign(Filing filing, NcaSigner signer, FilingOptions options, FilingProgress.Listener progress) {
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        ensureOpen();
        SignerIdentity identity =
                SignerIdentities.of(CertificateProfile.of(signer.certificate())).orElse(null);
        Manifest manifest = Manifest.of(
                filing,
                identity == null ? accountSigner() : Manifest.Signer.of(identity),
                options.reference().orElse(null),
                office.clock().instant());
        // signed before anything is uploaded, so that the form's, the documents', the signature's and the
        // signer's problems are all said at once and nothing reaches the court that it would refuse
        byte[] data = manifest.canonicalBytes();
        byte[] signature = Wire.signDetached(signer, data);
        throwIfInvalid(office.check(filing).plus(checkSignature(signature, manifest, data)));
        return new Signed(manifest, data, signature, options.idempotencyKey().orElseGet(IdempotencyKey::random));
    }

    /**
     * As {@link #file(Filing, NcaSigner, FilingOptions, FilingProgress.Listener)}, without blocking on the network:
     * the manifest is made, signed and checked on the calling thread (a filing that fails the rules gives a future
     * failed with {@link ValidationException}), then each upload and the submission are enqueued on OkHttp's
     * dispatcher one after the other. Cancelling the future cancels the call in flight and sends nothing more; a
     * filing cancelled after its submission was sent may still be filed, and filing it again under the same
     * idempotency key returns its talon. Through the live cabinet, the whole filing — the local check, then the
     * wizard's pages one after another — runs on OkHttp's dispatcher's executor, and cancelling cancels the page
     * request in flight.
     *
     * @param progress told of the bytes uploaded, on OkHttp's threads
     */
    public CompletableFuture<Talon> fileAsync(
            Filing filing, NcaSigner signer, FilingOptions options, FilingProgress.Listener progress) {
        if (cabinet != null) {
            return throughCabinet(() -> file(filing, signer, options, progress));
        }
        return Futures.start(() -> {
            Signed signed = sign(filing, signer, options, progress);
            return Futures.then(
                    uploadAllAsync(filing, progress),
                    uploads -> sendAsync(
                            new PreparedFiling(
                                    signed.manifest(), signed.data(), uploads, signed.key(), signed.signature()),
                            signed.signature()));
        });
    }

    /** As {@link #fileAsync(Filing, NcaSigner, FilingOptions, FilingProgress.Listener)} with default options. */
    public CompletableFuture<Talon> fileAsync(Filing filing, NcaSigner signer) {
        return fileAsync(filing, signer, FilingOptions.defaults(), FilingProgress.Listener.none());
    }

    /**
     * As {@link #prepare(Filing, FilingOptions, FilingProgress.Listener)}, without blocking on the network; the
     * local checks run on the calling thread.
     */
    public CompletableFuture<PreparedFiling> prepareAsync(
            Filing filing, FilingOptions options, FilingProgress.Listener progress) {
        return Futures.start(() -> {
            Manifest manifest = manifestToPrepare(filing, options, progress);
            IdempotencyKey key = options.idempotencyKey().orElseGet(IdempotencyKey::random);
            return Futures.map(
                    uploadAllAsync(filing, progress),
                    uploads -> new PreparedFiling(manifest, manifest.canonicalBytes(), uploads, key, null));
        });
    }

    /** As {@link #prepare(Filing)}, without blocking on the network. */
    public CompletableFuture<PreparedFiling> prepareAsync(Filing filing) {
        return prepareAsync(filing, FilingOptions.defaults(), FilingProgress.Listener.none());
    }

    /** As {@link #prepare(Filing, FilingOptions)}, without blocking on the network. */
    public CompletableFuture<PreparedFiling> prepareAsync(Filing filing, FilingOptions options) {
        return prepareAsync(filing, options, FilingProgress.Listener.none());
    }

    /**
     * As {@link #submit(PreparedFiling, byte[])}, without blocking on the network: the signature is checked on the
     * calling thread, the submission enqueued (and, after a lost answer, the court asked whether it arrived).
     */
    public CompletableFuture<Talon> submitAsync(PreparedFiling prepared, byte[] cmsSignature) {
        return Futures.start(() -> {
            checkBeforeSubmitting(prepared, cmsSignature);
            return sendAsync(prepared, cmsSignature);
        });
    }

    /** As {@link #submit(PreparedFiling)}, without blocking on the network. */
    public CompletableFuture<Talon> submitAsync(PreparedFiling prepared) {
        return Futures.start(() -> submitAsync(prepared, signatureOf(prepared)));
    }

    /** As {@link #submit(PreparedFiling, String)}, without blocking on the network. */
    public CompletableFuture<Talon> submitAsync(PreparedFiling prepared, String cmsSignatureBase64) {
        return Futures.start(() -> submitAsync(prepared, der(cmsSignatureBase64)));
    }

    /** As {@link #submit(PreparedFiling, NcaSigner)}, without blocking on the network. */
    public CompletableFuture<Talon> submitAsync(PreparedFiling prepared, NcaSigner signer) {
        Objects.requireNonNull(signer, "signer");
        return submitAsync(prepared, DetachedCmsSigner.of(signer));
    }

    /**
     * As {@link #submit(PreparedFiling, DetachedCmsSigner)}, without blocking: {@code signer} signs on OkHttp's
     * dispatcher's executor (NCALayer may wait for its user), then the submission is sent; cancelling the future
     * while the signer works sends nothing.
     */
    public CompletableFuture<Talon> submitAsync(PreparedFiling prepared, DetachedCmsSigner signer) {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(signer, "signer");
        return Futures.then(
                office.signAsync(() -> signer.signDetached(prepared.manifestBytes())),
                signature -> submitAsync(prepared, signature));
    }

    /** Prepares with default options and no progress reports; see {@link #prepare(Filing, FilingOptions, FilingProgress.Listener)}. */
    public PreparedFiling prepare(Filing filing) {
        return prepare(filing, FilingOptions.defaults(), FilingProgress.Listener.none());
    }

    /** Prepares without progress reports; see {@link #prepare(Filing, FilingOptions, FilingProgress.Listener)}. */
    public PreparedFiling prepare(Filing filing, FilingOptions options) {
        return prepare(filing, options, FilingProgress.Listener.none());
    }

    /**
     * The first half of filing, for a portal whose users sign in their browser (NCALayer) and for an application
     * that must survive its own crash: checks the filing, uploads its documents, and makes the manifest with the
     * options' signer (by default the logged-in account holder) and its idempotency key (by default a random
     * one, drawn now and kept). Hand {@link PreparedFiling#dataToSign()} to the signer, then {@link
     * #submit(PreparedFiling, byte[])} the detached CMS; {@link PreparedFiling#save} it to resume after a crash.
     *
     * @throws ValidationException the filing fails the court's rules; nothing was uploaded
     * @throws DocumentChangedException a document changed after the filing was built
     */
    public PreparedFiling prepare(Filing filing, FilingOptions options, FilingProgress.Listener progress) {
        Manifest manifest = manifestToPrepare(filing, options, progress);
        Map<String, String> uploads = uploadAll(filing, progress);
        IdempotencyKey key = options.idempotencyKey().orElseGet(IdempotencyKey::random);
        return new PreparedFiling(manifest, manifest.canonicalBytes(), uploads, key, null);
    }

    private Manifest manifestToPrepare(Filing filing, FilingOptions options, FilingProgress.Listener progress) {
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        ensureOpen();
        office.requireApi("prepare and submit in two halves");
        Manifest manifest = Manifest.of(
                filing,
                options.signer().orElseGet(this::accountSigner),
                options.reference().orElse(null),
                office.clock().instant());
        throwIfInvalid(office.check(filing));
        return manifest;
    }

    /**
     * The second half of filing: submits a prepared filing with the detached CMS signature (DER) made over its
     * {@link PreparedFiling#dataToSign()}, under its idempotency key. Submitting the same prepared filing again —
     * after a time-out, or from another process after {@link PreparedFiling#load} — returns the same talon, even
     * with a signature made again.
     *
     * <p>The signature is checked first (see {@link CourtOffice.Builder#signatureVerifier}): one over other bytes,
     * by someone other than the manifest's signer or someone who may not sign for this account, with an expired or
     * authentication-only key... is not sent.
     *
     * @throws ValidationException the court would refuse the signature or the signer; nothing was sent
     */
    public Talon submit(PreparedFiling prepared, byte[] cmsSignature) {
        checkBeforeSubmitting(prepared, cmsSignature);
        return send(prepared, cmsSignature);
    }

    private void checkBeforeSubmitting(PreparedFiling prepared, byte[] cmsSignature) {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(cmsSignature, "cmsSignature");
        ensureOpen();
        office.requireApi("prepare and submit in two halves");
        if (cmsSignature.length == 0 || (cmsSignature[0] & 0xff) != 0x30) {
            throw new IllegalArgumentException("cmsSignature is not a DER-encoded CMS (it must start with a"
                    + " SEQUENCE); for a base64 text from NCALayer use submit(prepared, String)");
        }
        throwIfInvalid(checkSignature(cmsSignature, prepared.manifest(), prepared.manifestBytes()));
    }

    /** As {@link #submit(PreparedFiling, byte[])}, with the CMS in base64 (as NCALayer returns it). */
    public Talon submit(PreparedFiling prepared, String cmsSignatureBase64) {
        return submit(prepared, der(cmsSignatureBase64));
    }

    private static byte[] der(String cmsSignatureBase64) {
        Objects.requireNonNull(cmsSignatureBase64, "cmsSignatureBase64");
        try {
            return Base64.getMimeDecoder().decode(cmsSignatureBase64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cmsSignatureBase64 is not base64: " + e.getMessage(), e);
        }
    }

    /**
     * Submits a prepared filing that was {@linkplain PreparedFiling#withSignature signed} before it was saved:
     * the resumption of a submission that may or may not have reached the court.
     *
     * @throws IllegalStateException the prepared filing carries no signature
     */
    public Talon submit(PreparedFiling prepared) {
        return submit(prepared, signatureOf(prepared));
    }

    private static byte[] signatureOf(PreparedFiling prepared) {
        Objects.requireNonNull(prepared, "prepared");
        return prepared.signature()
                .orElseThrow(() -> new IllegalStateException(
                        "the prepared filing is not signed: submit it with a signature, or sign it with a key"));
    }

    /** Signs a prepared filing with {@code signer} and submits it; see {@link #submit(PreparedFiling, byte[])}. */
    public Talon submit(PreparedFiling prepared, NcaSigner signer) {
        Objects.requireNonNull(signer, "signer");
        return submit(prepared, DetachedCmsSigner.of(signer));
    }

    /**
     * Has {@code signer} sign a prepared filing (NCALayer: the user chooses the key in its dialog) and submits it;
     * see {@link #submit(PreparedFiling, byte[])}.
     */
    public Talon submit(PreparedFiling prepared, DetachedCmsSigner signer) {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(signer, "signer");
        return submit(prepared, signer.signDetached(prepared.manifestBytes()));
    }

    /**
     * A dry run of a whole filing at the court: uploads its documents and has the court judge the filing by the checks
     * a filing meets before it is sent — the form, the court's jurisdiction, every file by the document rules in force
     * — registering nothing. Every violation at once; layout findings are warnings unless the office's {@link
     * kz.officesud.core.validation.ValidationOptions#strictLayout()}. The court judges with the same rules as {@link
     * CourtOffice#check(Filing)}, so the two verdicts agree; this one also says the court has every upload.
     *
     * @throws DocumentChangedException a document changed after the filing was built
     */
    public ValidationReport dryRun(Filing filing) {
        Manifest manifest = dryRunManifest(filing);
        return report(transport.execute(
                dryRunRequest(manifest, uploadAll(filing, FilingProgress.Listener.none())),
                office.reader(DryRunVerdict.class)));
    }

    /** As {@link #dryRun(Filing)}, without blocking on the network. */
    public CompletableFuture<ValidationReport> dryRunAsync(Filing filing) {
        return Futures.start(() -> {
            Manifest manifest = dryRunManifest(filing);
            return Futures.map(
                    Futures.then(
                            uploadAllAsync(filing, FilingProgress.Listener.none()),
                            uploads -> office.executeAsync(
                                    dryRunRequest(manifest, uploads), office.reader(DryRunVerdict.class))),
                    CourtSession::report);
        });
    }

    private Manifest dryRunManifest(Filing filing) {
        Objects.requireNonNull(filing, "filing");
        ensureOpen();
        return Manifest.of(filing, accountSigner(), null, office.clock().instant());
    }

    private ApiRequest dryRunRequest(Manifest manifest, Map<String, String> uploads) {
        byte[] body = JsonBodies.json(
                office.mapper(),
                new DryRunForm(
                        Base64.getEncoder().encodeToString(manifest.canonicalBytes()),
                        uploads,
                        office.validationOptions().strictLayout()));
        return ApiRequest.builder("dry-run the filing", "POST", "filings", "dry-runs")
                .bearerToken(token)
                .idempotencyKey(IdempotencyKey.random().value())
                .body(JsonBodies.repeatable(body))
                .build();
    }

    private static ValidationReport report(DryRunVerdict verdict) {
        return new ValidationReport(violations(verdict.violations()), violations(verdict.warnings()));
    }

    private static List<Violation> violations(List<Problem.ProblemViolation> found) {
        List<Violation> out = new ArrayList<>();
        for (Problem.ProblemViolation v : found) {
            out.add(new Violation(v.path(), v.rejectedValue(), v.messageKey(), v.args() == null ? Map.of() : v.args()));
        }
        return out;
    }

    /** «Судебные акты»: the judicial acts issued on this account's filings, and their download. */
    public JudicialActs judicialActs() {
        ensureOpen();
        return new JudicialActs(this);
    }

    /** «Ожидает отправки»: the drafts the court keeps for this account. */
    public Drafts drafts() {
        ensureOpen();
        return new Drafts(this);
    }

    /** «Мои дела»: the filings of this account, their talons and statuses. */
    public MyCases myCases() {
        ensureOpen();
        return new MyCases(this);
    }

    /** «Уведомления»: the account's notices. */
    public Notifications notifications() {
        ensureOpen();
        return new Notifications(this);
    }

    /**
     * «Проверка чека оплаты»: the electronic check of a state fee paid through the e-government payment gateway, by
     * its unique code.
     *
     * @throws CourtServiceException {@code not_found} (404) when no payment has this code
     */
    public PaymentReceipt checkPayment(String paymentCode) {
        return execute(paymentRequest(paymentCode), office.reader(PaymentReceipt.class));
    }

    /** As {@link #checkPayment(String)}, without blocking. */
    public CompletableFuture<PaymentReceipt> checkPaymentAsync(String paymentCode) {
        return Futures.start(() -> executeAsync(paymentRequest(paymentCode), office.reader(PaymentReceipt.class)));
    }

    private ApiRequest.Builder paymentRequest(String paymentCode) {
        Objects.requireNonNull(paymentCode, "paymentCode");
        if (paymentCode.isBlank()) {
            throw new IllegalArgumentException("paymentCode is blank");
        }
        return request("check payment " + paymentCode, "GET", "payments", paymentCode.strip());
    }

    /**
     * Files the live cabinet's way, with an XML signature: prepares the filing ({@link #prepare}), has the court
     * reserve its talon id and prepare the XML to sign ({@link #xmlToSign}), has {@code signer} sign it as an enveloped
     * XMLDSig, and submits it ({@link #submitSignedXml}).
     *
     * @throws ValidationException the filing fails the court's rules; nothing was uploaded
     * @throws CourtIoException the court's XML does not describe this filing (nothing is signed)
     */
    public Talon fileSigningXml(Filing filing, XmlSigner signer, FilingOptions options) {
        Objects.requireNonNull(signer, "signer");
        if (cabinet != null) {
            Objects.requireNonNull(filing, "filing");
            Objects.requireNonNull(options, "options");
            ensureOpen();
            return fileThroughCabinet(cabinet, filing, signer, options);
        }
        PreparedFiling prepared = prepare(filing, options, FilingProgress.Listener.none());
        XmlToSign toSign = xmlToSign(prepared);
        return submitSignedXml(prepared, signer.signXml(Base64.getDecoder().decode(toSign.xml())));
    }

    /**
     * As {@link #fileSigningXml(Filing, XmlSigner, FilingOptions)}, without blocking: prepared (checked on the calling
     * thread, uploaded), the XML asked, signed on OkHttp's dispatcher's executor and submitted, one step after the
     * other; cancelling the future stops the chain at the step it is in (the call in flight cancelled, no later step
     * run). Through the live cabinet, its wizard's pages are driven on that executor, and cancelling cancels the page
     * request in flight.
     */
    public CompletableFuture<Talon> fileSigningXmlAsync(Filing filing, XmlSigner signer, FilingOptions options) {
        Objects.requireNonNull(signer, "signer");
        if (cabinet != null) {
            return throughCabinet(() -> fileSigningXml(filing, signer, options));
        }
        return Futures.then(
                prepareAsync(filing, options, FilingProgress.Listener.none()),
                prepared -> Futures.then(
                        xmlToSignAsync(prepared),
                        toSign -> Futures.then(
                                office.signAsync(
                                        () -> signer.signXml(Base64.getDecoder().decode(toSign.xml()))),
                                signed -> submitSignedXmlAsync(prepared, signed))));
    }

    /** As {@link #fileSigningXml(Filing, XmlSigner, FilingOptions)} with default options. */
    public Talon fileSigningXml(Filing filing, XmlSigner signer) {
        return fileSigningXml(filing, signer, FilingOptions.defaults());
    }

    /** As {@link #fileSigningXml(Filing, XmlSigner)}, without blocking; see {@link #fileSigningXmlAsync(Filing, XmlSigner, FilingOptions)}. */
    public CompletableFuture<Talon> fileSigningXmlAsync(Filing filing, XmlSigner signer) {
        return fileSigningXmlAsync(filing, signer, FilingOptions.defaults());
    }

    /**
     * The XML the court prepares for a prepared filing to be signed — its talon id in {@code <f1>}, the form's fields,
     * each document's name, size and SHA-256 — checked to describe exactly this filing before it is handed to a
     * signer (NCALayer's {@code signXml} in a portal). Sign it within its {@link XmlToSign#expiresAt()}.
     *
     * @throws CourtIoException the court's XML does not describe this filing
     */
    public XmlToSign xmlToSign(PreparedFiling prepared) {
        return execute(xmlToSignRequest(prepared), xmlToSignReader(prepared));
    }

    /** As {@link #xmlToSign(PreparedFiling)}, without blocking. */
    public CompletableFuture<XmlToSign> xmlToSignAsync(PreparedFiling prepared) {
        return Futures.start(() -> executeAsync(xmlToSignRequest(prepared), xmlToSignReader(prepared)));
    }

    private ApiRequest.Builder xmlToSignRequest(PreparedFiling prepared) {
        Objects.requireNonNull(prepared, "prepared");
        byte[] body = JsonBodies.json(
                office.mapper(),
                new FilingSubmission(
                        Base64.getEncoder().encodeToString(prepared.manifestBytes()),
                        null,
                        new java.util.TreeMap<>(prepared.uploads())));
        return refusedByCabinetAs(
                        "prepare and submit in two halves", "prepare the XML to sign", "POST", "filings", "xml")
                .validationErrors(ApiRequest.ValidationErrors.FILING)
                .body(JsonBodies.repeatable(body));
    }

    /** Reads the court's XML to sign, and checks that it describes exactly {@code prepared}. */
    private kz.officesud.transport.internal.ResponseReader<XmlToSign> xmlToSignReader(PreparedFiling prepared) {
        return answer -> {
            XmlToSign toSign = office.mapper().readValue(answer.body(), XmlToSign.class);
            byte[] xml = Base64.getDecoder().decode(toSign.xml());
            if (!SigningXml.sameContent(xml, SigningXml.filing(toSign.signingId(), prepared.manifest()))) {
                throw new CourtIoException("the court's XML to sign does not describe this filing; nothing was signed");
            }
            return toSign;
        };
    }

    /**
     * Submits a prepared filing with its XML signed (the court's XML from {@link #xmlToSign} with an enveloped
     * XMLDSig), under its idempotency key; the talon carries the id the XML named.
     *
     * @throws IllegalArgumentException the signed XML is not the court's XML of this filing
     */
    public Talon submitSignedXml(PreparedFiling prepared, byte[] signedXml) {
        return send(prepared, signedXmlSubmission(prepared, signedXml), SIGNED_XML);
    }

    /** As {@link #submitSignedXml(PreparedFiling, byte[])}, without blocking on the network. */
    public CompletableFuture<Talon> submitSignedXmlAsync(PreparedFiling prepared, byte[] signedXml) {
        return Futures.start(() -> sendAsync(prepared, signedXmlSubmission(prepared, signedXml), SIGNED_XML));
    }

    private static final String SIGNED_XML = "submit the filing signed as XML";

    private FilingSubmission signedXmlSubmission(PreparedFiling prepared, byte[] signedXml) {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(signedXml, "signedXml");
        ensureOpen();
        office.requireApi("prepare and submit in two halves");
        Optional<String> talonId = SigningXml.talonId(signedXml);
        if (talonId.isEmpty()
                || !SigningXml.sameContent(signedXml, SigningXml.filing(talonId.get(), prepared.manifest()))) {
            throw new IllegalArgumentException("signedXml is not the court's XML of this filing, signed");
        }
        return FilingSubmission.ofSignedXml(prepared.manifestBytes(), signedXml, prepared.uploads());
    }

    /**
     * Ends the session at the court. Idempotent: a session the court has already ended counts as logged out.
     *
     * @throws CourtOfficeException the court could not be told
     */
    public void logout() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (cabinet != null) {
            cabinet.logOut();
            LOG.debug("logged out of the live cabinet");
            return;
        }
        try {
            transport.execute(logoutRequest(), answer -> null);
        } catch (AuthenticationException alreadyEnded) {
            LOG.debug("the session had already ended at the court");
        }
        LOG.debug("logged out user {}", user.userId());
    }

    /**
     * As {@link #logout()}, without blocking. The session counts as logged out at once: its other calls are refused
     * from now on, whether or not the court is told.
     */
    public CompletableFuture<Void> logoutAsync() {
        if (!closed.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        CabinetSession live = cabinet;
        if (live != null) {
            return Futures.blocking(office.executor(), () -> {
                live.logOut();
                LOG.debug("logged out of the live cabinet");
                return null;
            });
        }
        CompletableFuture<Void> told = new CompletableFuture<>();
        CompletableFuture<Void> sent = office.executeAsync(logoutRequest(), answer -> null);
        sent.whenComplete((nothing, failure) -> {
            Throwable cause = failure == null ? null : Futures.unwrap(failure);
            if (cause == null || cause instanceof AuthenticationException) {
                LOG.debug("logged out user {}", user.userId());
                told.complete(null);
            } else {
                told.completeExceptionally(cause);
            }
        });
        told.whenComplete((nothing, failure) -> {
            if (told.isCancelled()) {
                sent.cancel(true);
            }
        });
        return told;
    }

    private ApiRequest logoutRequest() {
        return ApiRequest.builder("log out", "DELETE", "sessions", "current")
                .bearerToken(token)
                .build();
    }

    /** Logs out; a failure to tell the court is logged at DEBUG and otherwise ignored (the session expires). */
    @Override
    public void close() {
        try {
            logout();
        } catch (CourtOfficeException e) {
            LOG.debug("logging out failed; the session will expire at the court: {}", e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "CourtSession[user=" + user.userId() + (closed.get() ? ", logged out" : "") + "]";
    }

    // ---------------------------------------------------------------------------------------------------

    <T> T get(String operation, kz.officesud.transport.internal.ResponseReader<T> reader, String... path) {
        return execute(request(operation, "GET", path), reader);
    }

    <T> CompletableFuture<T> getAsync(
            String operation, kz.officesud.transport.internal.ResponseReader<T> reader, String... path) {
        return Futures.start(() -> executeAsync(request(operation, "GET", path), reader));
    }

    /**
     * A call through the live cabinet's pages as a future: the pages are read one after another on OkHttp's
     * dispatcher's executor; cancelling the future cancels the page request in flight and reads no more.
     */
    <T> CompletableFuture<T> throughCabinet(java.util.function.Supplier<T> pages) {
        return Futures.blocking(office.executor(), pages);
    }

    CourtOffice office() {
        return office;
    }

    /** The live cabinet's session behind this one, if the office drives the live cabinet. */
    @Nullable
    CabinetSession cabinet() {
        return cabinet;
    }

    /**
     * Files through the live cabinet's wizard: checked locally first by the same rules as through the API (nothing
     * reaches the pages that the court would refuse); the cabinet's pages take no idempotency key, reference or other
     * signer, so options other than the defaults are refused rather than dropped.
     */
    private Talon fileThroughCabinet(CabinetSession cabinet, Filing filing, XmlSigner signer, FilingOptions options) {
        if (options.idempotencyKey().isPresent()
                || options.reference().isPresent()
                || options.signer().isPresent()) {
            throw new UnsupportedOperationException("the live cabinet's wizard takes no idempotency key, reference or"
                    + " other signer: file with FilingOptions.defaults()");
        }
        throwIfInvalid(office.check(filing));
        Talon talon = cabinet.file(filing, signer);
        LOG.debug("filed {} through the live cabinet with talon {}", talon.filingId(), talon.number());
        return talon;
    }

    /** A request of this session (its bearer token set). */
    ApiRequest.Builder request(String operation, String method, String... path) {
        return refusedByCabinetAs(operation, operation, method, path);
    }

    /** As {@link #request(String, String, String...)}, the live cabinet's refusal naming {@code what} it refuses. */
    private ApiRequest.Builder refusedByCabinetAs(String what, String operation, String method, String... path) {
        ensureOpen();
        office.requireApi(what);
        return ApiRequest.builder(operation, method, path).bearerToken(token);
    }

    <T> T execute(ApiRequest.Builder request, kz.officesud.transport.internal.ResponseReader<T> reader) {
        return transport.execute(request.build(), reader);
    }

    <T> CompletableFuture<T> executeAsync(
            ApiRequest.Builder request, kz.officesud.transport.internal.ResponseReader<T> reader) {
        return Futures.start(() -> transport.executeAsync(request.build(), reader, null));
    }

    <T> T stream(ApiRequest.Builder request, HttpTransport.BodyConsumer<T> consumer) {
        return transport.stream(request.build(), consumer);
    }

    <T> CompletableFuture<T> streamAsync(ApiRequest.Builder request, HttpTransport.BodyConsumer<T> consumer) {
        return Futures.start(() -> transport.streamAsync(request.build(), consumer));
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("this CourtSession is logged out");
        }
        office.ensureOpen();
    }

    /** Uploads each distinct document once; returns sha256 hex → upload id. */
    private Map<String, String> uploadAll(Filing filing, FilingProgress.Listener progress) {
        Uploads plan = new Uploads(filing, progress);
        Map<String, String> uploads = new LinkedHashMap<>();
        for (Attachment a : plan.distinct()) {
            uploads.put(a.sha256().hex(), transport.execute(uploadRequest(a, plan.progressOf(a)), uploaded(a)));
        }
        return Map.copyOf(uploads);
    }

    /** As {@link #uploadAll}, each upload enqueued after the one before it has been stored. */
    private CompletableFuture<Map<String, String>> uploadAllAsync(Filing filing, FilingProgress.Listener progress) {
        Uploads plan = new Uploads(filing, progress);
        CompletableFuture<Map<String, String>> chain = CompletableFuture.completedFuture(Map.of());
        for (Attachment a : plan.distinct()) {
            chain = Futures.then(
                    chain,
                    before -> Futures.map(
                            transport.executeAsync(uploadRequest(a, plan.progressOf(a)), uploaded(a), null),
                            uploadId -> {
                                Map<String, String> after = new LinkedHashMap<>(before);
                                after.put(a.sha256().hex(), uploadId);
                                return Map.copyOf(after);
                            }));
        }
        return chain;
    }

    /** A filing's distinct documents and the progress of their uploads in bytes of them all. */
    private static final class Uploads {
        private final Map<String, Attachment> distinct = new LinkedHashMap<>();
        private final Map<String, Long> before = new LinkedHashMap<>();
        private final long total;
        private final FilingProgress.Listener progress;

        Uploads(Filing filing, FilingProgress.Listener progress) {
            for (FilingDocument document : filing.documents()) {
                distinct.putIfAbsent(document.attachment().sha256().hex(), document.attachment());
            }
            long done = 0;
            for (Attachment a : distinct.values()) {
                before.put(a.sha256().hex(), done);
                done += a.size();
            }
            this.total = done;
            this.progress = progress;
            progress.onProgress(new FilingProgress(0, total));
        }

        Iterable<Attachment> distinct() {
            return distinct.values();
        }

        UploadBody.Progress progressOf(Attachment a) {
            long offset = before.get(a.sha256().hex());
            return written -> progress.onProgress(new FilingProgress(offset + written, total));
        }
    }

    private ApiRequest uploadRequest(Attachment a, UploadBody.Progress progress) {
        MediaType mediaType = MediaType.parse(a.mediaType());
        UploadBody.Failures failures = new UploadBody.Failures() {
            @Override
            public RuntimeException changed(long actualSize, @Nullable String actualSha256Hex) {
                return new DocumentChangedException(
                        a.fileName(),
                        a.size(),
                        a.sha256(),
                        actualSize,
                        actualSha256Hex == null ? null : Sha256.ofHex(actualSha256Hex));
            }

            @Override
            public RuntimeException unreadable(java.io.IOException cause) {
                return new OfficesudIoException("the document '" + a.fileName() + "' cannot be read: " + cause, cause);
            }
        };
        BodySource body = new BodySource() {
            @Override
            public RequestBody newBody() {
                return new UploadBody(
                        a.content()::open, mediaType, a.size(), a.sha256().hex(), false, progress, failures);
            }

            @Override
            public boolean oneShot() {
                return false; // a ContentSource re-opens: a retry streams the document again
            }
        };
        return ApiRequest.builder("upload '" + a.fileName() + "'", "POST", "uploads")
                .bearerToken(token)
                .idempotencyKey(IdempotencyKey.random().value())
                .header("X-File-Name", FileNames.encode(a.fileName()))
                .body(body)
                .build();
    }

    private kz.officesud.transport.internal.ResponseReader<String> uploaded(Attachment a) {
        return answer -> {
            UploadView stored = office.mapper().readValue(answer.body(), UploadView.class);
            String uploadId = stored.uploadId();
            String sha = stored.sha256();
            if (!sha.equalsIgnoreCase(a.sha256().hex())) {
                throw new CourtIoException("the court stored other bytes for '" + a.fileName() + "' than were sent"
                        + " (SHA-256 " + sha + ", sent " + a.sha256().hex() + ")");
            }
            LOG.debug("uploaded a document of {} bytes as {}", a.size(), uploadId);
            return uploadId;
        };
    }

    /** The account this session is logged in to, as the rule of who may sign judges it; null when unknown. */
    private @Nullable AccountHolder account() {
        Iin iin = user.iin();
        return iin == null ? null : new AccountHolder(iin, user.bin());
    }

    /** The logged-in account holder as a manifest's signer. */
    private Manifest.Signer accountSigner() {
        Iin iin = user.iin();
        if (iin == null) {
            throw new IllegalStateException("the court did not say the IIN of the logged-in account holder:"
                    + " name the signer in FilingOptions.signer");
        }
        return new Manifest.Signer(iin, user.bin());
    }

    /** The signature's problems, and who signed it judged by the rule of who may sign for the account. */
    private ValidationReport checkSignature(byte[] signature, Manifest manifest, byte[] data) {
        return office.signatureViolations(signature, manifest, data, account());
    }

    private void throwIfInvalid(ValidationReport report) {
        if (!report.isValid()) {
            throw new ValidationException(report, office.locale());
        }
    }

    private Talon send(PreparedFiling prepared, byte[] signature) {
        return send(
                prepared,
                FilingSubmission.of(prepared.manifestBytes(), signature, prepared.uploads()),
                "submit the filing");
    }

    /** Submits a prepared filing's manifest, uploads and signature (CMS or signed XML) under its idempotency key. */
    private Talon send(PreparedFiling prepared, FilingSubmission submission, String operation) {
        FilingView filed = transport.execute(submission(prepared, submission, operation), filed(), arrived(prepared));
        return talonOf(filed);
    }

    private CompletableFuture<Talon> sendAsync(PreparedFiling prepared, byte[] signature) {
        return sendAsync(
                prepared,
                FilingSubmission.of(prepared.manifestBytes(), signature, prepared.uploads()),
                "submit the filing");
    }

    private CompletableFuture<Talon> sendAsync(PreparedFiling prepared, FilingSubmission submission, String operation) {
        return Futures.map(
                transport.executeAsync(submission(prepared, submission, operation), filed(), arrived(prepared)),
                CourtSession::talonOf);
    }

    private ApiRequest submission(PreparedFiling prepared, FilingSubmission submission, String operation) {
        byte[] body = JsonBodies.json(office.mapper(), submission);
        return ApiRequest.builder(operation, "POST", "filings")
                .bearerToken(token)
                .idempotencyKey(prepared.idempotencyKey().value())
                .validationErrors(ApiRequest.ValidationErrors.FILING)
                .body(JsonBodies.repeatable(body))
                .build();
    }

    private kz.officesud.transport.internal.ResponseReader<FilingView> filed() {
        return answer -> office.mapper().readValue(answer.body(), FilingView.class);
    }

    private static Talon talonOf(FilingView filed) {
        Talon talon = filed.talon();
        LOG.debug("filed {} with talon {}", talon.filingId(), talon.number());
        return talon;
    }

    /**
     * How to ask the court, after a submission whose answer was lost, whether it arrived: the account's filing
     * under the prepared filing's idempotency key ({@code GET /filings?idempotencyKey=}). When the court has it, its
     * talon is the answer and nothing is sent again; when it has not, the submission is sent again under the same
     * key (and should it have arrived meanwhile, the court answers the first filing for a key whose content digest
     * is the same, and a conflict for other content).
     */
    private Reconciler<FilingView> arrived(PreparedFiling prepared) {
        String key = prepared.idempotencyKey().value();
        ApiRequest lookup = ApiRequest.builder("ask whether the filing arrived", "GET", "filings")
                .bearerToken(token)
                .query("idempotencyKey", key)
                .build();
        return new Reconciler<>(lookup, answer -> {
            List<FilingView> views = office.mapper().readValue(answer.body(), LIST_OF_FILINGS);
            // a court that ignores the query lists every filing: the key decides
            for (FilingView view : views) {
                if (view.idempotencyKey().equals(key)) {
                    return Optional.of(view);
                }
            }
            return Optional.empty();
        });
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<List<FilingView>> LIST_OF_FILINGS =
            new com.fasterxml.jackson.core.type.TypeReference<>() {};

    /** Encodes a file name for {@code X-File-Name}: UTF-8, percent-encoded but for RFC 3986 unreserved characters. */
    static final class FileNames {
        private FileNames() {}

        static String encode(String fileName) {
            StringBuilder sb = new StringBuilder();
            for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                if ((c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || c == '-'
                        || c == '.'
                        || c == '_'
                        || c == '~') {
                    sb.append((char) c);
                } else {
                    sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
                }
            }
            return sb.toString();
        }
    }
}
