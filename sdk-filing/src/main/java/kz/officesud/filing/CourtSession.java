package kz.officesud.filing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.officesud.core.OfficesudIoException;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.model.Talon;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.filing.internal.ApiRequest;
import kz.officesud.filing.internal.BodySource;
import kz.officesud.filing.internal.HttpTransport;
import kz.officesud.filing.internal.JsonBodies;
import kz.officesud.filing.internal.UploadBody;
import kz.officesud.filing.internal.Wire;
import kz.officesud.signing.CertificateProfile;
import kz.officesud.signing.NcaSigner;
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
    private final AtomicBoolean closed = new AtomicBoolean();

    CourtSession(CourtOffice office, HttpTransport transport, Wire.Session session) {
        this.office = office;
        this.transport = transport;
        this.token = session.token();
        this.expiresAt = session.expiresAt();
        this.user = session.user();
    }

    /** The account this session is logged in to. */
    public RegisteredUser user() {
        return user;
    }

    /** When the court will end this session, if it said. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** Files without progress reports; see {@link #file(Filing, NcaSigner, FilingProgress.Listener)}. */
    public Talon file(Filing filing, NcaSigner signer) {
        return file(filing, signer, FilingProgress.Listener.none());
    }

    /**
     * Files a filing (a {@code Claim}, ...) and returns the court's talon (талон об отправке).
     *
     * <ol>
     *   <li>builds the manifest (the filing, the signer, the time) and signs it with {@code signer} (a
     *       detached CMS);
     *   <li>checks the filing against the court's rules and the signature (see {@link
     *       CourtOffice.Builder#signatureVerifier}), locally: on any violation throws {@link
     *       FilingValidationException} with every violation, before anything is uploaded;
     *   <li>uploads each document, streamed from its source and hashed on the way: if the bytes are no
     *       longer those the filing was built from, throws {@link DocumentChangedException} and files nothing;
     *   <li>submits manifest, signature and uploads under an idempotency key that every retry of this call
     *       repeats, so a retry after a dropped connection returns the same talon and files nothing twice.
     * </ol>
     *
     * @param progress told of the bytes uploaded, on this thread
     * @throws FilingValidationException the filing fails the court's rules (locally or at the court: 422)
     * @throws DocumentChangedException a document changed after the filing was built
     * @throws CourtServiceException the court refused the call
     * @throws CourtIoException the court could not be reached in time
     */
    public Talon file(Filing filing, NcaSigner signer, FilingProgress.Listener progress) {
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(progress, "progress");
        ensureOpen();
        CertificateProfile profile = CertificateProfile.of(signer.certificate());
        // toString: the IIN/BIN as 12 digits, whether the profile gives them as text or as Iin/Bin.
        String signerIin = profile.iin().map(Object::toString).orElse(null);
        String signerBin = profile.bin().map(Object::toString).orElse(null);
        requireSignerIsTheUser(signerIin, signerBin);
        // signed before anything is uploaded, so that the form's, the documents' and the signature's problems
        // are all said at once and nothing reaches the court that it would refuse
        byte[] manifest = manifest(filing, signerIin, signerBin);
        byte[] signature = Wire.signDetached(signer, manifest);
        ValidationReport report = office.check(filing).plus(checkSignature(signature, manifest));
        if (!report.isValid()) {
            throw new FilingValidationException(report, office.locale());
        }
        Map<String, String> uploads = uploadAll(filing, progress);
        return send(manifest, signature, uploads, Wire.newIdempotencyKey());
    }

    /** Prepares without progress reports; see {@link #prepare(Filing, FilingProgress.Listener)}. */
    public PreparedFiling prepare(Filing filing) {
        return prepare(filing, FilingProgress.Listener.none());
    }

    /**
     * The first half of filing for a portal whose users sign in their browser (NCALayer): checks the filing,
     * uploads its documents and builds the manifest, for the logged-in user as signer. Hand {@link
     * PreparedFiling#dataToSign()} to the signer, then {@link #submit(PreparedFiling, byte[])} the detached
     * CMS.
     *
     * @throws FilingValidationException the filing fails the court's rules; nothing was uploaded
     * @throws DocumentChangedException a document changed after the filing was built
     */
    public PreparedFiling prepare(Filing filing, FilingProgress.Listener progress) {
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(progress, "progress");
        ensureOpen();
        checkLocally(filing);
        Map<String, String> uploads = uploadAll(filing, progress);
        Iin iin = user.iin();
        Bin bin = user.bin();
        byte[] manifest = manifest(filing, iin == null ? null : iin.value(), bin == null ? null : bin.value());
        return new PreparedFiling(filing, manifest, uploads, Wire.newIdempotencyKey());
    }

    /**
     * The second half of filing for a portal: submits a prepared filing with the detached CMS signature
     * (DER) made over its {@link PreparedFiling#dataToSign()}. Submitting the same prepared filing again
     * (e.g. after a time-out) returns the same talon.
     *
     * <p>The signature is checked first (see {@link CourtOffice.Builder#signatureVerifier}): one over other
     * bytes, by someone other than the logged-in user, with an expired or authentication-only key... is not
     * sent.
     *
     * @throws FilingValidationException the court would refuse the signature: violations at {@code signature};
     *     nothing was sent
     */
    public Talon submit(PreparedFiling prepared, byte[] cmsSignature) {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(cmsSignature, "cmsSignature");
        ensureOpen();
        if (cmsSignature.length == 0 || (cmsSignature[0] & 0xff) != 0x30) {
            throw new IllegalArgumentException("cmsSignature is not a DER-encoded CMS (it must start with a"
                    + " SEQUENCE); for a base64 text from NCALayer use submit(prepared, String)");
        }
        ValidationReport report = checkSignature(cmsSignature, prepared.manifest());
        if (!report.isValid()) {
            throw new FilingValidationException(report, office.locale());
        }
        return send(prepared.manifest(), cmsSignature, prepared.uploads(), prepared.idempotencyKey());
    }

    /** As {@link #submit(PreparedFiling, byte[])}, with the CMS in base64 (as NCALayer returns it). */
    public Talon submit(PreparedFiling prepared, String cmsSignatureBase64) {
        Objects.requireNonNull(cmsSignatureBase64, "cmsSignatureBase64");
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(cmsSignatureBase64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cmsSignatureBase64 is not base64: " + e.getMessage(), e);
        }
        return submit(prepared, der);
    }

    /** «Мои дела»: the filings of this account, their talons and statuses. */
    public MyCases myCases() {
        ensureOpen();
        return new MyCases(this);
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
        ApiRequest request = ApiRequest.builder("log out", "DELETE", "sessions", "current")
                .bearerToken(token)
                .build();
        try {
            transport.execute(request, answer -> null);
        } catch (AuthenticationException alreadyEnded) {
            LOG.debug("the session had already ended at the court");
        }
        LOG.debug("logged out user {}", user.userId());
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

    <T> T get(String operation, kz.officesud.filing.internal.ResponseReader<T> reader, String... path) {
        ensureOpen();
        ApiRequest request =
                ApiRequest.builder(operation, "GET", path).bearerToken(token).build();
        return transport.execute(request, reader);
    }

    CourtOffice office() {
        return office;
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("this CourtSession is logged out");
        }
        office.ensureOpen();
    }

    /**
     * The court refuses a filing whose signer is not the logged-in user (SIGNATURE_NOT_AUTHENTIC): say so
     * before anything is uploaded. The identities are not put in the message (they are personal data).
     */
    private void requireSignerIsTheUser(@Nullable String signerIin, @Nullable String signerBin) {
        Iin userIin = user.iin();
        Bin userBin = user.bin();
        if (!SignatureCheck.sameIin(userIin == null ? null : userIin.value(), signerIin)) {
            throw new IllegalArgumentException("the signer's certificate has another IIN than the logged-in user:"
                    + " the court would refuse the filing; sign with the key of user " + user.userId());
        }
        if (!SignatureCheck.sameOrganisation(userBin == null ? null : userBin.value(), signerBin)) {
            throw new IllegalArgumentException("the signer's certificate is not one of the organisation the"
                    + " logged-in user represents (BIN differs): the court would refuse the filing");
        }
    }

    /** The signature's problems, for the logged-in user as the signer who must have made it. */
    private ValidationReport checkSignature(byte[] signature, byte[] manifest) {
        Iin iin = user.iin();
        Bin bin = user.bin();
        return office.signatureCheck()
                .check(signature, manifest, iin == null ? null : iin.value(), bin == null ? null : bin.value());
    }

    private void checkLocally(Filing filing) {
        ValidationReport report = office.check(filing);
        if (!report.isValid()) {
            throw new FilingValidationException(report, office.locale());
        }
    }

    /** Uploads each distinct document once; returns sha256 hex → upload id. */
    private Map<String, String> uploadAll(Filing filing, FilingProgress.Listener progress) {
        Map<String, Attachment> distinct = new LinkedHashMap<>();
        for (Attachment a : filing.documents()) {
            distinct.putIfAbsent(a.sha256().hex(), a);
        }
        long total = distinct.values().stream().mapToLong(Attachment::size).sum();
        progress.onProgress(new FilingProgress(0, total));
        Map<String, String> uploads = new LinkedHashMap<>();
        long done = 0;
        for (Attachment a : distinct.values()) {
            long before = done;
            String uploadId = upload(a, written -> progress.onProgress(new FilingProgress(before + written, total)));
            uploads.put(a.sha256().hex(), uploadId);
            done += a.size();
        }
        return Map.copyOf(uploads);
    }

    private String upload(Attachment a, UploadBody.Progress progress) {
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
        ApiRequest request = ApiRequest.builder("upload '" + a.fileName() + "'", "POST", "uploads")
                .bearerToken(token)
                .idempotencyKey(Wire.newIdempotencyKey())
                .header("X-File-Name", FileNames.encode(a.fileName()))
                .body(body)
                .build();
        return transport.execute(request, answer -> {
            var node = office.mapper().readTree(answer.body());
            String uploadId = Wire.requiredText(node, "uploadId");
            String sha = Wire.optionalText(node, "sha256");
            if (sha != null && !sha.equalsIgnoreCase(a.sha256().hex())) {
                throw new CourtIoException("the court stored other bytes for '" + a.fileName() + "' than were sent"
                        + " (SHA-256 " + sha + ", sent " + a.sha256().hex() + ")");
            }
            LOG.debug("uploaded a document of {} bytes as {}", a.size(), uploadId);
            return uploadId;
        });
    }

    private byte[] manifest(Filing filing, @Nullable String iin, @Nullable String bin) {
        Map<String, @Nullable Object> signer = new HashMap<>();
        signer.put("iin", iin);
        signer.put("bin", bin);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("service", filing.service().name());
        manifest.put("filing", filing);
        manifest.put("signer", signer);
        manifest.put(
                "createdAt",
                office.clock().instant().truncatedTo(ChronoUnit.SECONDS).toString());
        return OfficesudJson.canonicalBytes(manifest);
    }

    private Talon send(byte[] manifest, byte[] signature, Map<String, String> uploads, String idempotencyKey) {
        byte[] body = Wire.json(office.mapper(), g -> {
            g.writeStringField("manifest", Base64.getEncoder().encodeToString(manifest));
            g.writeStringField("signature", Base64.getEncoder().encodeToString(signature));
            g.writeObjectFieldStart("uploads");
            for (Map.Entry<String, String> u : new java.util.TreeMap<>(uploads).entrySet()) {
                g.writeStringField(u.getKey(), u.getValue());
            }
            g.writeEndObject();
        });
        ApiRequest request = ApiRequest.builder("submit the filing", "POST", "filings")
                .bearerToken(token)
                .idempotencyKey(idempotencyKey)
                .validationErrors(ApiRequest.ValidationErrors.FILING)
                .body(JsonBodies.repeatable(body))
                .build();
        Talon talon = transport.execute(request, answer -> office.mapper().readValue(answer.body(), Talon.class));
        LOG.debug("filed {} with talon {}", talon.filingId(), talon.number());
        return talon;
    }

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
