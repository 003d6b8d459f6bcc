package kz.officesud.signing.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.Cms;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.HttpTransport;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.RevocationException;
import kz.officesud.signing.VerificationProblem;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.VerificationReport;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CRL revocation with the project's own test NCA. */
class RevocationTest {
    private static final byte[] CONTENT = "Апелляционная жалоба".getBytes(StandardCharsets.UTF_8);
    private TestNca nca;
    private NcaKey key;

    @BeforeEach
    void issue() {
        nca = TestNca.generate();
        key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
    }

    @Test
    void crl_ofTestNca_isSignedByItsIntermediate_andListsRevocations() {
        Instant when = Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        nca.revoke(key.certificate(), RevocationReason.KEY_COMPROMISE, when);

        Crl crl = Crl.parse(nca.crl());

        assertThat(crl.signedBy(nca.intermediate())).isTrue();
        assertThat(crl.signedBy(nca.root())).isFalse();
        assertThat(crl.find(key.certificate().getSerialNumber())).get().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(RevocationReason.KEY_COMPROMISE);
            assertThat(e.revokedAt()).isEqualTo(when);
        });
    }

    @Test
    void verify_whenNotRevoked_isValid() {
        byte[] cms = Cms.signDetached(key, CONTENT);

        VerificationReport report =
                verifier(RevocationPolicy.crlOnly(nca.crlSource())).verifyDetached(cms, CONTENT);

        assertThat(report.problems()).isEmpty();
        assertThat(report.signers().get(0).revocation()).get().isInstanceOf(RevocationStatus.Good.class);
    }

    @Test
    void verify_whenRevoked_isRevokedWithReason() {
        byte[] cms = Cms.signDetached(key, CONTENT);
        nca.revoke(key.certificate(), RevocationReason.KEY_COMPROMISE);

        VerificationReport report =
                verifier(RevocationPolicy.crlOnly(nca.crlSource())).verifyDetached(cms, CONTENT);

        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.REVOKED);
        assertThat(report.problems().get(0).message()).contains("key_compromise");
    }

    @Test
    void verify_whenOnHold_countsAsRevoked_andReleaseMakesItGoodAgain() {
        byte[] cms = Cms.signDetached(key, CONTENT);
        nca.revoke(key.certificate(), RevocationReason.CERTIFICATE_HOLD);
        CmsVerifier verifier = verifier(RevocationPolicy.crlOnly(nca.crlSource()));

        assertThat(verifier.verifyDetached(cms, CONTENT).has(Code.REVOKED)).isTrue();

        nca.release(key.certificate());
        assertThat(verifier.verifyDetached(cms, CONTENT).valid()).isTrue();
    }

    @Test
    void verify_asOfBeforeTheRevocation_isValid_butReportsTheRevocation() {
        Instant signedAt = Instant.now().minus(Duration.ofMinutes(1));
        byte[] cms = Cms.signDetached(key, new java.io.ByteArrayInputStream(CONTENT), signedAt);
        nca.revoke(key.certificate(), RevocationReason.SUPERSEDED, Instant.now().plusSeconds(2));
        CmsVerifier verifier = CmsVerifier.builder()
                .trustAnchors(nca.trustAnchors())
                .validationTime(signedAt)
                .revocationSource(nca.crlSource())
                .build();

        VerificationReport report = verifier.verifyDetached(cms, CONTENT);

        assertThat(report.problems()).isEmpty();
        assertThat(report.signers().get(0).revocation()).get().isInstanceOf(RevocationStatus.Revoked.class);
    }

    @Test
    void verify_withoutACrlForTheIssuer_isRevocationUnknown_unlessBestEffort() {
        byte[] cms = Cms.signDetached(key, CONTENT);
        CrlSource otherCa = CrlSource.of(Crl.parse(TestNca.generate().crl()));

        VerificationReport required =
                verifier(RevocationPolicy.crlOnly(otherCa)).verifyDetached(cms, CONTENT);
        VerificationReport bestEffort =
                verifier(RevocationPolicy.crlOnly(otherCa).bestEffort()).verifyDetached(cms, CONTENT);

        assertThat(required.problems()).extracting(VerificationProblem::code).containsExactly(Code.REVOCATION_UNKNOWN);
        assertThat(bestEffort.valid()).isTrue();
        assertThat(bestEffort.signers().get(0).revocation()).get().isInstanceOf(RevocationStatus.Unknown.class);
    }

    @Test
    void crl_signedByAnotherKeyUnderTheSameName_isNotTrusted() {
        byte[] cms = Cms.signDetached(key, CONTENT);
        // a second test NCA has the same names but other keys: its CRL must not vouch for this one
        CrlSource forged = CrlSource.of(Crl.parse(TestNca.generate().crl()));

        RevocationStatus status = forged.status(key.certificate(), nca.intermediate(), Instant.now());

        assertThat(status).isInstanceOf(RevocationStatus.Unknown.class);
        assertThat(verifier(RevocationPolicy.crlOnly(forged))
                        .verifyDetached(cms, CONTENT)
                        .has(Code.REVOCATION_UNKNOWN))
                .isTrue();
    }

    @Test
    void staleCrl_isUnknown() {
        Instant now = Instant.now();
        Crl stale = Crl.parse(nca.crl(now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2))));

        RevocationStatus status = CrlSource.of(stale).status(key.certificate(), nca.intermediate(), now);

        assertThat(status).isInstanceOf(RevocationStatus.Unknown.class);
    }

    @Test
    void parse_whenNotACrl_isTypedError() {
        assertThatThrownBy(() -> Crl.parse(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}))
                .isInstanceOf(RevocationException.class)
                .hasMessageContaining("CRL");
        assertThatThrownBy(() -> Crl.parse(new byte[0])).isInstanceOf(RevocationException.class);
        assertThatThrownBy(() -> Crl.parse("junk".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(RevocationException.class);
    }

    @Test
    void parse_acceptsPem() {
        String pem = "-----BEGIN X509 CRL-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(nca.crl()) + "\n-----END X509 CRL-----\n";

        assertThat(Crl.parse(pem.getBytes(StandardCharsets.US_ASCII)).signedBy(nca.intermediate()))
                .isTrue();
    }

    @Test
    void downloadingSource_fetchesTheDistributionPointOnce_andCachesUntilNextUpdate() {
        java.util.concurrent.atomic.AtomicInteger fetches = new java.util.concurrent.atomic.AtomicInteger();
        byte[] crl = nca.crl();
        HttpTransport transport = new HttpTransport() {
            @Override
            public byte[] get(java.net.URI uri) {
                fetches.incrementAndGet();
                return crl;
            }

            @Override
            public byte[] post(java.net.URI uri, String contentType, byte[] body) {
                throw new UnsupportedOperationException();
            }
        };
        NcaKey withCdp = nca.request()
                .iin(Iin.ofUnverified("123456789011"))
                .surname("ТЕСТОВ")
                .crlDistributionPoint(java.net.URI.create("http://localhost:1/crl/nca.crl"))
                .issue();
        CrlSource source = CrlSource.downloading(transport, java.time.Clock.systemUTC());

        RevocationStatus first = source.status(withCdp.certificate(), nca.intermediate(), Instant.now());
        RevocationStatus second = source.status(withCdp.certificate(), nca.intermediate(), Instant.now());

        assertThat(first).isInstanceOf(RevocationStatus.Good.class);
        assertThat(second).isInstanceOf(RevocationStatus.Good.class);
        assertThat(fetches).hasValue(1);
    }

    @Test
    void serviceAddresses_areWrittenIntoLaterCertificates_andFoundByTheClients() {
        URI ocsp = URI.create("http://127.0.0.1:8080/nca/ocsp");
        URI crl = URI.create("http://127.0.0.1:8080/nca/crl");
        nca.serviceAddresses(ocsp, crl);

        NcaKey later = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");

        assertThat(OcspClient.responderOf(later.certificate())).contains(ocsp);
        assertThat(CrlSource.distributionPoints(later.certificate())).containsExactly(crl);
        assertThat(OcspClient.responderOf(key.certificate())).isEmpty();
    }

    @Test
    void deltaCrl_releasesAHold_andAddsALaterRevocation() {
        NcaKey other = nca.issueIndividual(Iin.ofUnverified("123456789012"), "БАСҚА", "АДАМ", "АДАМҰЛЫ");
        nca.revoke(key.certificate(), RevocationReason.CERTIFICATE_HOLD);
        Crl full = Crl.parse(nca.crl());
        nca.release(key.certificate());
        nca.revoke(other.certificate(), RevocationReason.KEY_COMPROMISE);
        Crl delta = Crl.parse(nca.deltaCrl(full.number().orElseThrow()));
        Instant now = Instant.now();

        assertThat(delta.isDelta()).isTrue();
        assertThat(CrlSource.of(full).status(key.certificate(), nca.intermediate(), now))
                .isInstanceOf(RevocationStatus.Revoked.class);
        assertThat(CrlSource.of(full, delta).status(key.certificate(), nca.intermediate(), now))
                .isInstanceOf(RevocationStatus.Good.class);
        assertThat(CrlSource.of(full).status(other.certificate(), nca.intermediate(), now))
                .isInstanceOf(RevocationStatus.Good.class);
        assertThat(CrlSource.of(full, delta).status(other.certificate(), nca.intermediate(), now))
                .isInstanceOfSatisfying(RevocationStatus.Revoked.class, r -> assertThat(r.reason())
                        .isEqualTo(RevocationReason.KEY_COMPROMISE));
    }

    @Test
    void deltaCrl_alone_isNoAnswer() {
        Crl delta = Crl.parse(nca.deltaCrl(java.math.BigInteger.ONE));

        assertThat(CrlSource.of(delta).status(key.certificate(), nca.intermediate(), Instant.now()))
                .isInstanceOf(RevocationStatus.Unknown.class);
    }

    @Test
    void validateAtSigningTime_acceptsASignatureMadeWhileTheCertificateWasValid() {
        Instant now = Instant.now();
        NcaKey expired = nca.request()
                .iin(Iin.ofUnverified("123456789011"))
                .surname("ТЕСТОВ")
                .validity(now.minus(Duration.ofHours(20)), now.minus(Duration.ofHours(10)))
                .issue();
        byte[] cms =
                Cms.signDetached(expired, new java.io.ByteArrayInputStream(CONTENT), now.minus(Duration.ofHours(15)));

        VerificationReport atNow =
                CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build().verifyDetached(cms, CONTENT);
        VerificationReport atSigningTime = CmsVerifier.builder()
                .trustAnchors(nca.trustAnchors())
                .validateAtSigningTime()
                .build()
                .verifyDetached(cms, CONTENT);

        assertThat(atNow.problems()).extracting(VerificationProblem::code).containsExactly(Code.EXPIRED);
        assertThat(atSigningTime.problems()).isEmpty();
    }

    private CmsVerifier verifier(RevocationPolicy policy) {
        return CmsVerifier.builder()
                .trustAnchors(nca.trustAnchors())
                .revocation(policy)
                .build();
    }
}
