package kz.officesud.signing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.officesud.signing.internal.Chains;
import kz.officesud.signing.internal.NcaCaCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CA certificates a verifier trusts: roots (trust anchors proper) and intermediates (used to build
 * paths; trusted only through a root). Each is marked test or production, so a report can say that a
 * signature chains to the NCA's <em>test</em> CA.
 *
 * <pre>{@code
 * TrustAnchors anchors = TrustAnchors.fromDirectory(Path.of("ca-certs/prod"))
 *         .plus(TrustAnchors.fromDirectory(Path.of("ca-certs/test")).asTest());
 * }</pre>
 *
 * <p>Immutable.
 */
public final class TrustAnchors {
    private static final Set<String> EXTENSIONS = Set.of("cer", "crt", "pem", "der", "p7b", "p7c");
    private static final Logger LOG = LoggerFactory.getLogger(TrustAnchors.class);
    private static final TrustAnchors EMPTY = new TrustAnchors(Map.of(), Map.of(), Map.of());
    private static final TrustAnchors PINNED_NCA_ROOTS = pinnedFromCatalog();

    /** Certificate → test? (insertion order kept). */
    private final Map<X509Certificate, Boolean> roots;

    private final Map<X509Certificate, Boolean> intermediates;

    /** Roots known only by the SHA-256 of their DER encoding (lower-case hex) → test? */
    private final Map<String, Boolean> pinnedRoots;

    private TrustAnchors(
            Map<X509Certificate, Boolean> roots,
            Map<X509Certificate, Boolean> intermediates,
            Map<String, Boolean> pinnedRoots) {
        this.roots = roots;
        this.intermediates = intermediates;
        this.pinnedRoots = pinnedRoots;
    }

    private static TrustAnchors pinnedFromCatalog() {
        Map<String, Boolean> pinned = new LinkedHashMap<>();
        for (NcaCaCatalog.Entry entry : NcaCaCatalog.ENTRIES) {
            if (entry.root()) {
                pinned.put(entry.sha256(), entry.test());
            }
        }
        return new TrustAnchors(Map.of(), Map.of(), java.util.Collections.unmodifiableMap(pinned));
    }

    /** Production anchors: these roots, and intermediates that chain to them. */
    public static TrustAnchors of(Collection<X509Certificate> roots, Collection<X509Certificate> intermediates) {
        return new TrustAnchors(mark(roots, false), mark(intermediates, false), Map.of());
    }

    public static TrustAnchors empty() {
        return EMPTY;
    }

    /**
     * Production anchors read from certificate files (DER, PEM or bare base64; one or more certificates
     * each, a {@code .p7b} bundle too):
     * self-issued certificates become roots, the others intermediates.
     *
     * @throws SigningException if a file cannot be read or holds no certificate
     */
    public static TrustAnchors fromFiles(Collection<Path> files) {
        List<X509Certificate> roots = new ArrayList<>();
        List<X509Certificate> intermediates = new ArrayList<>();
        for (Path file : files) {
            for (X509Certificate certificate : read(file)) {
                if (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                    roots.add(certificate);
                } else {
                    intermediates.add(certificate);
                }
            }
        }
        return of(roots, intermediates);
    }

    public static TrustAnchors fromFiles(Path... files) {
        return fromFiles(Arrays.asList(files));
    }

    /**
     * {@link #fromFiles} on every {@code .cer}, {@code .crt}, {@code .pem}, {@code .der}, {@code .p7b} and
     * {@code .p7c} file of a directory.
     */
    public static TrustAnchors fromDirectory(Path directory) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path file : stream) {
                String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
                int dot = name.lastIndexOf('.');
                if (dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1)) && Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new SigningException("cannot read trust anchors from " + directory, e);
        }
        files.sort(null);
        return fromFiles(files);
    }

    /**
     * Every CA certificate in a {@link KeyStore} (e.g. a JKS or PKCS#12 trust store the operator keeps):
     * self-issued ones become roots, the others intermediates; production anchors.
     *
     * @throws SigningException if the key store cannot be read
     */
    public static TrustAnchors fromKeyStore(KeyStore keyStore) {
        Objects.requireNonNull(keyStore, "keyStore");
        List<X509Certificate> roots = new ArrayList<>();
        List<X509Certificate> intermediates = new ArrayList<>();
        try {
            for (String alias : java.util.Collections.list(keyStore.aliases())) {
                if (keyStore.getCertificate(alias) instanceof X509Certificate certificate) {
                    (Chains.selfIssued(certificate) ? roots : intermediates).add(certificate);
                }
            }
        } catch (KeyStoreException e) {
            throw new SigningException("cannot read the trust store", e);
        }
        return of(roots, intermediates);
    }

    /**
     * The NCA's production CA certificates (roots and issuing CAs of every generation still in use),
     * downloaded from their official addresses ({@code root.gov.kz}, {@code pki.gov.kz}) and each accepted
     * only when its SHA-256 fingerprint is one compiled into the SDK: the plain-HTTP download cannot
     * smuggle in another CA. A certificate that cannot be fetched or does not match is left out.
     *
     * @throws SigningException if not a single root could be obtained
     */
    public static TrustAnchors ncaProduction(HttpTransport transport) {
        return fetchNca(transport, false);
    }

    /** The NCA's test root (GOST 2022), fetched and pinned the same way, marked test. */
    public static TrustAnchors ncaTest(HttpTransport transport) {
        return fetchNca(transport, true).asTest();
    }

    private static TrustAnchors fetchNca(HttpTransport transport, boolean test) {
        Objects.requireNonNull(transport, "transport");
        List<X509Certificate> roots = new ArrayList<>();
        List<X509Certificate> intermediates = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (NcaCaCatalog.Entry entry : NcaCaCatalog.ENTRIES) {
            if (entry.test() != test || entry.sources().isEmpty()) {
                continue;
            }
            X509Certificate accepted = null;
            for (java.net.URI uri : entry.sources()) {
                try {
                    X509Certificate fetched = readOne(transport.get(uri));
                    if (Arrays.equals(sha256(fetched), entry.fingerprint())) {
                        accepted = fetched;
                        break;
                    }
                    failures.add(uri + ": fingerprint mismatch");
                } catch (IOException | CertificateException | RuntimeException e) {
                    failures.add(uri + ": " + e.getMessage());
                }
            }
            if (accepted != null) {
                (entry.root() ? roots : intermediates).add(accepted);
            }
        }
        if (!failures.isEmpty()) {
            LOG.debug("NCA CA certificates left out: {}", failures);
        }
        if (roots.isEmpty()) {
            throw new SigningException("no NCA root certificate could be fetched and matched: " + failures);
        }
        return of(roots, intermediates);
    }

    /**
     * Every root of the NCA (НУЦ РК), production and test, of every generation (GOST 2022, GOST and RSA
     * 2020, the 2015 generation; the test GOST 2022 root and the previous test roots), known by the SHA-256
     * fingerprint compiled into the SDK rather than by the certificate: a certificate is one of these roots
     * wherever it comes from (other anchors, the CMS, a timestamp token) when its fingerprint matches, and
     * the test ones are marked test. No certificate is fetched: a path is found only when the CA
     * certificates on it are at hand. A verifier's default TSA anchors include these (the NCA's test TSA
     * chains to the production GOST 2022 root).
     */
    public static TrustAnchors pinnedNcaRoots() {
        return PINNED_NCA_ROOTS;
    }

    /** Whether the certificate is one of the NCA CA certificates whose fingerprint the SDK carries. */
    public static boolean isPinnedNcaCertificate(X509Certificate certificate) {
        try {
            return NcaCaCatalog.find(sha256(certificate)).isPresent();
        } catch (CertificateException e) {
            return false;
        }
    }

    private static X509Certificate readOne(byte[] encoded) throws CertificateException {
        Collection<? extends Certificate> read =
                CertificateFactory.getInstance("X.509").generateCertificates(new java.io.ByteArrayInputStream(encoded));
        if (read.size() != 1 || !(read.iterator().next() instanceof X509Certificate certificate)) {
            throw new CertificateException("expected one certificate, got " + read.size());
        }
        return certificate;
    }

    private static byte[] sha256(X509Certificate certificate) throws CertificateException {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static List<X509Certificate> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SigningException("cannot read the certificate file " + file, e);
        }
        try {
            return PkiInput.certificates(bytes);
        } catch (SignatureFormatException e) {
            throw new SigningException("the certificate file " + file + " holds no certificate: " + e.getMessage(), e);
        }
    }

    private static Map<X509Certificate, Boolean> mark(Collection<X509Certificate> certificates, boolean test) {
        Map<X509Certificate, Boolean> marked = new LinkedHashMap<>();
        for (X509Certificate c : certificates) {
            marked.put(Objects.requireNonNull(c, "certificate"), test);
        }
        return java.util.Collections.unmodifiableMap(marked);
    }

    /** The same certificates, all marked as test anchors. */
    public TrustAnchors asTest() {
        Map<String, Boolean> pinned = new LinkedHashMap<>();
        pinnedRoots.keySet().forEach(hex -> pinned.put(hex, true));
        return new TrustAnchors(
                mark(roots.keySet(), true),
                mark(intermediates.keySet(), true),
                java.util.Collections.unmodifiableMap(pinned));
    }

    /** Both sets; where a certificate is in both, this one's marking wins. */
    public TrustAnchors plus(TrustAnchors other) {
        Map<X509Certificate, Boolean> r = new LinkedHashMap<>(other.roots);
        r.putAll(roots);
        Map<X509Certificate, Boolean> i = new LinkedHashMap<>(other.intermediates);
        i.putAll(intermediates);
        Map<String, Boolean> p = new LinkedHashMap<>(other.pinnedRoots);
        p.putAll(pinnedRoots);
        return new TrustAnchors(
                java.util.Collections.unmodifiableMap(r),
                java.util.Collections.unmodifiableMap(i),
                java.util.Collections.unmodifiableMap(p));
    }

    public List<X509Certificate> roots() {
        return List.copyOf(roots.keySet());
    }

    public List<X509Certificate> intermediates() {
        return List.copyOf(intermediates.keySet());
    }

    /** Whether the certificate is one of these anchors (root, intermediate or pinned root) marked test. */
    public boolean isTest(X509Certificate certificate) {
        return Boolean.TRUE.equals(roots.get(certificate))
                || Boolean.TRUE.equals(intermediates.get(certificate))
                || (!pinnedRoots.isEmpty() && Boolean.TRUE.equals(pinnedRoots.get(fingerprint(certificate))));
    }

    /** Whether the certificate is one of the roots, given as a certificate or pinned by fingerprint. */
    public boolean isRoot(X509Certificate certificate) {
        return roots.containsKey(certificate)
                || (!pinnedRoots.isEmpty() && pinnedRoots.containsKey(fingerprint(certificate)));
    }

    /** Whether there is no root at all (nothing can be trusted). */
    public boolean isEmpty() {
        return roots.isEmpty() && pinnedRoots.isEmpty();
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return java.util.HexFormat.of().formatHex(sha256(certificate));
        } catch (CertificateException e) {
            return "";
        }
    }

    @Override
    public String toString() {
        return "TrustAnchors[" + roots.size() + " root(s), " + intermediates.size() + " intermediate(s)"
                + (pinnedRoots.isEmpty() ? "" : ", " + pinnedRoots.size() + " pinned NCA root(s)") + "]";
    }
}
