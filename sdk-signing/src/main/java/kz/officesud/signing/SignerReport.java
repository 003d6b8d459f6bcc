package kz.officesud.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.signing.revocation.RevocationStatus;
import org.jspecify.annotations.Nullable;

/** What a verifier learned about one signer of a CMS. Immutable. */
public final class SignerReport {
    private final X509Certificate certificate;
    private final CertificateProfile profile;
    private final @Nullable Instant signingTime;
    private final List<X509Certificate> path;
    private final boolean testAnchor;
    private final boolean valid;
    private final @Nullable RevocationStatus revocation;
    private final @Nullable Timestamp timestamp;
    private final boolean timestampVerified;

    SignerReport(
            X509Certificate certificate,
            CertificateProfile profile,
            @Nullable Instant signingTime,
            List<X509Certificate> path,
            boolean testAnchor,
            boolean valid,
            @Nullable RevocationStatus revocation) {
        this(certificate, profile, signingTime, path, testAnchor, valid, revocation, null, false);
    }

    private SignerReport(
            X509Certificate certificate,
            CertificateProfile profile,
            @Nullable Instant signingTime,
            List<X509Certificate> path,
            boolean testAnchor,
            boolean valid,
            @Nullable RevocationStatus revocation,
            @Nullable Timestamp timestamp,
            boolean timestampVerified) {
        this.revocation = revocation;
        this.timestamp = timestamp;
        this.timestampVerified = timestamp != null && timestampVerified;
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.signingTime = signingTime;
        this.path = List.copyOf(path);
        this.testAnchor = testAnchor;
        this.valid = valid;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The signer as the certificate names it: IIN, BIN, name, roles. */
    public CertificateProfile profile() {
        return profile;
    }

    /** The signingTime attribute (the signer's own clock: a claim, not a proof). */
    public Optional<Instant> signingTime() {
        return Optional.ofNullable(signingTime);
    }

    /** The certification path found, the signer's certificate first and the trust anchor last; empty if none. */
    public List<X509Certificate> path() {
        return path;
    }

    /** Whether the path ends in an anchor marked test (the NCA's test CA, or a {@code TestNca}). */
    public boolean testAnchor() {
        return testAnchor;
    }

    /** The revocation status found for the signer's certificate; empty when the policy checks none. */
    public Optional<RevocationStatus> revocation() {
        return Optional.ofNullable(revocation);
    }

    /**
     * The signature timestamp (CAdES-T), if the signer has one that can be read: its time, policy and
     * serial are reported even when it does not verify (an untrusted TSA, a changed token); then
     * {@link #timestampVerified()} is false and the report's problems say why.
     */
    public Optional<Timestamp> timestamp() {
        return Optional.ofNullable(timestamp);
    }

    /** Whether the signer's timestamp verified: signed by a TSA that chains to the TSA anchors, over this signature. */
    public boolean timestampVerified() {
        return timestampVerified;
    }

    SignerReport withTimestamp(@Nullable Timestamp timestamp, boolean verified) {
        return new SignerReport(
                certificate, profile, signingTime, path, testAnchor, valid, revocation, timestamp, verified);
    }

    /** Whether this signer's signature, certificate and path all hold. */
    public boolean valid() {
        return valid;
    }

    @Override
    public String toString() {
        return "SignerReport[" + profile.commonName() + (valid ? ", valid" : ", invalid") + (testAnchor ? ", test" : "")
                + (timestamp == null
                        ? ""
                        : ", timestamp " + timestamp.time() + (timestampVerified ? "" : " (unverified)"))
                + "]";
    }
}
