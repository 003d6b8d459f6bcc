package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.internal.CertificatePaths;
import kz.officesud.signing.revocation.CrlSource;
import kz.officesud.signing.revocation.OcspClient;
import kz.officesud.signing.revocation.RevocationPolicy;
import kz.officesud.signing.revocation.RevocationReason;
import kz.officesud.signing.revocation.RevocationStatus;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verifiers' {@link CertificatePathCache}: a known signer's path is not verified again, and nothing it
 * remembers hides what a verifier would see without it (a revocation, an expiry, other anchors).
 */
class CertificatePathCacheTest {
    private static final byte[] CONTENT = "Исковое заявление".getBytes(StandardCharsets.UTF_8);

    /** Links (a certificate's signature under its issuer's key) verified for real: the counting seam. */
    private final AtomicInteger linkChecks = new AtomicInteger();

    private TestNca nca;
    private NcaKey key;
    private byte[] cms;

    @BeforeEach
    void issue() {
        nca = TestNca.generate();
        key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        cms = Cms.signDetached(key, CONTENT);
    }

    private CertificatePathCache countingCache(int maximumSize) {
        return CertificatePathCache.checkingLinksWith(maximumSize, (certificate, issuerKey) -> {
            linkChecks.incrementAndGet();
            return CertificatePaths.signedBy(certificate, issuerKey);
        });
    }

    private CmsVerifier.Builder verifier(CertificatePathCache cache) {
        return CmsVerifier.builder().trustAnchors(nca.trustAnchors()).pathCache(cache);
    }

    @Test
    void verify_aKnownSignersPath_isNotVerifiedAgain() {
        CertificatePathCache cache = countingCache(100);
        CmsVerifier verifier = verifier(cache).build();

        VerificationReport first = verifier.verifyDetached(cms, CONTENT);
        int afterFirst = linkChecks.get();
        VerificationReport second = verifier.verifyDetached(cms, CONTENT);
        VerificationReport third =
                verifier.verifyDetached(Cms.signDetached(key, "другой".getBytes()), "другой".getBytes());

        assertThat(first.valid()).isTrue();
        assertThat(second.valid()).isTrue();
        assertThat(third.valid()).isTrue();
        // signer -> issuing CA -> root: two links, verified once
        assertThat(afterFirst).isEqualTo(2);
        assertThat(linkChecks).hasValue(2);
        assertThat(cache.hitCount()).isEqualTo(4);
        assertThat(cache.missCount()).isEqualTo(2);
        assertThat(second.signers().get(0).path())
                .isEqualTo(first.signers().get(0).path());
    }

    @Test
    void verify_anotherSignerOfAKnownCa_verifiesOnlyItsOwnLink() {
        CertificatePathCache cache = countingCache(100);
        CmsVerifier verifier = verifier(cache).build();
        NcaKey other = nca.issueIndividual(Iin.ofUnverified("880101300123"), "ДРУГОВ", "ДРУГ", "ДРУГОВИЧ");

        verifier.verifyDetached(cms, CONTENT);
        VerificationReport report = verifier.verifyDetached(Cms.signDetached(other, CONTENT), CONTENT);

        assertThat(report.valid()).isTrue();
        assertThat(linkChecks).hasValue(3);
    }

    @Test
    void disabled_verifiesEveryPathInFull_withTheSameReport() {
        CertificatePathCache off = countingCache(0);
        CmsVerifier uncached = verifier(off).build();
        CmsVerifier cached = verifier(countingCache(100)).build();

        VerificationReport a = uncached.verifyDetached(cms, CONTENT);
        VerificationReport b = uncached.verifyDetached(cms, CONTENT);
        cached.verifyDetached(cms, CONTENT);
        VerificationReport c = cached.verifyDetached(cms, CONTENT);

        assertThat(off.size()).isZero();
        assertThat(linkChecks).hasValue(2 + 2 + 2);
        assertThat(List.of(a, b, c)).allSatisfy(r -> {
            assertThat(r.valid()).isTrue();
            assertThat(r.signers().get(0).path()).containsExactly(key.certificate(), nca.intermediate(), nca.root());
        });
        assertThat(CertificatePathCache.disabled().maximumSize()).isZero();
        assertThat(CmsVerifier.builder().build().pathCache()).isSameAs(CertificatePathCache.shared());
    }

    @Test
    void revocation_publishedAfterCaching_isSeen() {
        CmsVerifier verifier = verifier(countingCache(100))
                .revocation(RevocationPolicy.crlOnly(nca.crlSource()))
                .build();
        assertThat(verifier.verifyDetached(cms, CONTENT).valid()).isTrue();

        nca.revoke(
                key.certificate(),
                RevocationReason.KEY_COMPROMISE,
                Instant.now().minusSeconds(5));
        VerificationReport report = verifier.verifyDetached(cms, CONTENT);

        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.REVOKED);
        assertThat(linkChecks).as("the path came from the cache").hasValue(2);
    }

    @Test
    void revocation_answeredByOcspAfterCaching_isSeen() {
        OcspClient ocsp = OcspClient.builder()
                .responder(URI.create("http://test-nca.invalid/ocsp"))
                .transport(new InProcessTransport("application/ocsp-request", nca::ocspResponse))
                .build();
        CmsVerifier verifier = verifier(countingCache(100))
                .revocation(RevocationPolicy.of(ocsp))
                .build();
        assertThat(verifier.verifyDetached(cms, CONTENT).valid()).isTrue();

        nca.revoke(
                key.certificate(),
                RevocationReason.CERTIFICATE_HOLD,
                Instant.now().minusSeconds(5));
        VerificationReport held = verifier.verifyDetached(cms, CONTENT);
        nca.release(key.certificate());
        VerificationReport released = verifier.verifyDetached(cms, CONTENT);

        assertThat(held.problems()).extracting(VerificationProblem::code).containsExactly(Code.REVOKED);
        assertThat(released.valid()).isTrue();
        assertThat(linkChecks).hasValue(2);
    }

    @Test
    void revocation_inADownloadedCrl_isSeenOnceTheCachedCrlIsDue() {
        MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        TestNca ticking = TestNca.generate(clock);
        URI distributionPoint = URI.create("http://crl.invalid/nca.crl");
        NcaKey signer = ticking.request()
                .iin(Iin.ofUnverified("123456789011"))
                .surname("ТЕСТОВ")
                .crlDistributionPoint(distributionPoint)
                .issue();
        byte[] signature = Cms.signDetached(signer, CONTENT);
        HttpTransport crls = new HttpTransport() {
            @Override
            public byte[] get(URI uri) {
                assertThat(uri).isEqualTo(distributionPoint);
                return ticking.crl();
            }

            @Override
            public byte[] post(URI uri, String contentType, byte[] body) {
                throw new AssertionError("no POST");
            }
        };
        CmsVerifier verifier = CmsVerifier.builder()
                .trustAnchors(ticking.trustAnchors())
                .pathCache(countingCache(100))
                .clock(clock)
                .revocation(RevocationPolicy.crlOnly(CrlSource.downloading(crls, clock)))
                .build();
        assertThat(verifier.verifyDetached(signature, CONTENT).valid()).isTrue();

        ticking.revoke(signer.certificate(), RevocationReason.KEY_COMPROMISE);
        clock.advance(Duration.ofMinutes(1));
        VerificationReport beforeNextUpdate = verifier.verifyDetached(signature, CONTENT);
        VerificationReport uncachedBeforeNextUpdate = verifier.toBuilder()
                .pathCache(CertificatePathCache.disabled())
                .build()
                .verifyDetached(signature, CONTENT);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        VerificationReport afterNextUpdate = verifier.verifyDetached(signature, CONTENT);

        // until the CRL held is due, the policy itself sees no revocation: the cache changes nothing
        assertThat(beforeNextUpdate.valid()).isTrue();
        assertThat(uncachedBeforeNextUpdate.valid()).isTrue();
        assertThat(afterNextUpdate.problems())
                .extracting(VerificationProblem::code)
                .containsExactly(Code.REVOKED);
        assertThat(afterNextUpdate.signers().get(0).revocation()).get().isInstanceOf(RevocationStatus.Revoked.class);
        assertThat(linkChecks).hasValue(2);
    }

    @Test
    void expiry_atALaterValidationTime_isSeen_andNotYetValid_atAnEarlierOne() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        NcaKey shortLived = nca.request()
                .iin(Iin.ofUnverified("123456789011"))
                .surname("ТЕСТОВ")
                .validity(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)))
                .issue();
        byte[] signature = Cms.signDetached(shortLived, CONTENT);
        CmsVerifier today = verifier(countingCache(100)).validationTime(now).build();
        assertThat(today.verifyDetached(signature, CONTENT).valid()).isTrue();

        VerificationReport later = today.toBuilder()
                .validationTime(now.plus(Duration.ofHours(2)))
                .build()
                .verifyDetached(signature, CONTENT);
        VerificationReport earlier = today.toBuilder()
                .validationTime(now.minus(Duration.ofHours(2)))
                .build()
                .verifyDetached(signature, CONTENT);
        VerificationReport afterTheCa = today.toBuilder()
                .validationTime(nca.intermediate().getNotAfter().toInstant().plusSeconds(1))
                .build()
                .verifyDetached(signature, CONTENT);

        assertThat(later.problems()).extracting(VerificationProblem::code).containsExactly(Code.EXPIRED);
        assertThat(earlier.problems()).extracting(VerificationProblem::code).containsExactly(Code.NOT_YET_VALID);
        assertThat(afterTheCa.problems()).extracting(VerificationProblem::code).contains(Code.EXPIRED);
        assertThat(afterTheCa.problems())
                .anySatisfy(p -> assertThat(p.message()).startsWith("the CA certificate"));
        assertThat(linkChecks).as("every later check used the cached path").hasValue(2);
    }

    @Test
    void anchors_ofAnotherVerifier_getNoTrustFromLinksCachedUnderOthers() {
        CertificatePathCache cache = countingCache(100);
        assertThat(verifier(cache).build().verifyDetached(cms, CONTENT).valid()).isTrue();
        // a second test NCA has the very same names, but other keys
        TestNca other = TestNca.generate();

        VerificationReport otherNca = CmsVerifier.builder()
                .trustAnchors(other.trustAnchors())
                .pathCache(cache)
                .build()
                .verifyDetached(cms, CONTENT);
        VerificationReport mixed = CmsVerifier.builder()
                .trustAnchors(TrustAnchors.of(List.of(other.root()), List.of(nca.intermediate())))
                .pathCache(cache)
                .build()
                .verifyDetached(cms, CONTENT);
        VerificationReport none = CmsVerifier.builder().pathCache(cache).build().verifyDetached(cms, CONTENT);
        VerificationReport production = CmsVerifier.builder()
                .trustAnchors(TrustAnchors.of(List.of(nca.root()), List.of(nca.intermediate())))
                .pathCache(cache)
                .build()
                .verifyDetached(cms, CONTENT);

        assertThat(otherNca.problems()).extracting(VerificationProblem::code).containsExactly(Code.UNTRUSTED_CHAIN);
        assertThat(mixed.problems()).extracting(VerificationProblem::code).containsExactly(Code.UNTRUSTED_CHAIN);
        assertThat(none.problems()).extracting(VerificationProblem::code).containsExactly(Code.UNTRUSTED_CHAIN);
        assertThat(production.valid()).isTrue();
        assertThat(production.signers().get(0).testAnchor())
                .as("the anchors' test marking is read anew")
                .isFalse();
    }

    @Test
    void xmlAndTimestamps_useTheVerifiersCacheToo() {
        CmsVerifier verifier = verifier(countingCache(100)).build();
        TsaClient tsa = TsaClient.builder()
                .uri(URI.create("http://tsa.invalid/"))
                .transport(new InProcessTransport("application/timestamp-query", nca::timestampResponse))
                .verifier(verifier(CertificatePathCache.disabled()).build())
                .build();
        byte[] stamped = Cms.addTimestamp(cms, tsa);
        byte[] xml = XmlDsig.signEnveloped(key, "<form><claim>1</claim></form>".getBytes(StandardCharsets.UTF_8));

        VerificationReport first = verifier.verifyDetached(stamped, CONTENT);
        int afterFirst = linkChecks.get();
        VerificationReport second = verifier.verifyDetached(stamped, CONTENT);
        VerificationReport signedXml = verifier.verifyXml(xml);
        byte[] token = second.signers().get(0).timestamp().orElseThrow().token();
        VerificationReport bareToken = verifier.verifyTimestamp(token, null);

        assertThat(first.valid()).isTrue();
        assertThat(first.signers().get(0).timestampVerified()).isTrue();
        assertThat(second.signers().get(0).timestampVerified()).isTrue();
        assertThat(signedXml.valid()).isTrue();
        assertThat(bareToken.valid()).isTrue();
        // the signer's two links and the TSA's own (its CA's link to the root is the signer's)
        assertThat(afterFirst).isEqualTo(3);
        assertThat(linkChecks).hasValue(3);
    }

    @Test
    void concurrentVerifications_throughASmallSharedCache_allGetTheRightAnswer() throws Exception {
        TestNca other = TestNca.generate();
        NcaKey foreign = other.issueIndividual(Iin.ofUnverified("880101300123"), "ДРУГОВ", "ДРУГ", "ДРУГОВИЧ");
        NcaKey second = nca.issueIndividual(Iin.ofUnverified("900202400456"), "ВТОРОВ", "ВТОРОЙ", "ВТОРОВИЧ");
        byte[] foreignCms = Cms.signDetached(foreign, CONTENT);
        byte[] secondCms = Cms.signDetached(second, CONTENT);
        CertificatePathCache cache = countingCache(3);
        CmsVerifier verifier = verifier(cache).build();
        CmsVerifier otherVerifier = CmsVerifier.builder()
                .trustAnchors(other.trustAnchors())
                .pathCache(cache)
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int kind = i % 4;
                answers.add(pool.submit(() -> switch (kind) {
                    case 0 -> verifier.verifyDetached(cms, CONTENT).valid();
                    case 1 -> verifier.verifyDetached(secondCms, CONTENT).valid();
                    case 2 ->
                        !verifier.verifyDetached(foreignCms, CONTENT).valid()
                                && !otherVerifier.verifyDetached(cms, CONTENT).valid();
                    default -> otherVerifier.verifyDetached(foreignCms, CONTENT).valid();
                }));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(2, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(3);
        assertThat(cache.hitCount()).isPositive();
    }

    @Test
    void maximumSize_isHeld_leastRecentlyUsedFirst() {
        CertificatePathCache cache = countingCache(2);
        CmsVerifier verifier = verifier(cache).build();

        verifier.verifyDetached(cms, CONTENT);
        // three keys and two links for a cache of two
        assertThat(cache.size()).isEqualTo(2);
        cache.evictAll();
        assertThat(cache.size()).isZero();
        verifier.verifyDetached(cms, CONTENT);
        assertThat(linkChecks).hasValue(4);
        assertThatThrownBy(() -> CertificatePathCache.ofMaximumSize(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toBuilder_keepsEverySetting_andSharesTheCache() {
        CertificatePathCache cache = countingCache(100);
        Instant at = Instant.now().minusSeconds(60);
        CmsVerifier original = verifier(cache)
                .validationTime(at)
                .requirePurpose(KeyPurpose.AUTHENTICATION)
                .build();

        CmsVerifier copy = original.toBuilder().build();

        assertThat(copy.pathCache()).isSameAs(cache);
        assertThat(copy.verifyDetached(cms, CONTENT).problems())
                .extracting(VerificationProblem::code)
                .containsExactly(Code.WRONG_PURPOSE);
        assertThat(original.toBuilder()
                        .pathCache(CertificatePathCache.disabled())
                        .build()
                        .pathCache())
                .isSameAs(CertificatePathCache.disabled());
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
