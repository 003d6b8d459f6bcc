package kz.officesud.signing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import kz.officesud.signing.revocation.Crl;

/**
 * Fuzzes the readers of what arrives as signatures, certificates, CRLs and time-stamps ({@link PkiInput}, {@link
 * Cms#inspect}, {@link Timestamp#parse}, {@link Crl#parse}), DER, base64 or PEM: each either reads the bytes, and
 * what it read answers every question, or throws its one documented exception ({@link SignatureFormatException};
 * {@link RevocationException} for {@code Crl.parse}) — never a Bouncy Castle or JDK exception.
 *
 * <p>The input: byte 0 picks the reader ({@code % 8}), the rest is what it reads. A refusal a boundary gave
 * because a parser threw is {@linkplain FuzzFixture#notice(Throwable) noticed}.
 */
class PkiInputFuzzTest {
    @FuzzTest
    void read(byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte[] bytes = Arrays.copyOfRange(input, 1, input.length);
        try {
            switch ((input[0] & 0xFF) % 8) {
                case 0 -> {
                    PkiObject read = PkiInput.read(bytes);
                    if (read instanceof PkiObject.SignedData s) {
                        s.info().toString();
                    } else if (read instanceof PkiObject.Certificate c) {
                        profile(c.certificate());
                    } else if (read instanceof PkiObject.RevocationList r) {
                        crl(r.crl());
                    }
                }
                case 1 -> Cms.inspect(PkiInput.cms(bytes)).toString();
                case 2 -> profile(PkiInput.certificate(bytes));
                case 3 -> PkiInput.certificates(bytes).forEach(PkiInputFuzzTest::profile);
                case 4 -> crl(PkiInput.crl(bytes));
                case 5 -> {
                    CmsInfo info = Cms.inspect(bytes);
                    info.signers().forEach(Object::toString);
                    info.timestamps().forEach(PkiInputFuzzTest::timestamp);
                    info.certificates().forEach(PkiInputFuzzTest::profile);
                    info.content();
                }
                case 6 -> timestamp(Timestamp.parse(bytes));
                default -> {
                    try {
                        crl(Crl.parse(bytes));
                    } catch (RevocationException documented) {
                        // Crl.parse's one exception
                        FuzzFixture.notice(documented);
                    }
                }
            }
        } catch (SignatureFormatException documented) {
            // the readers' one exception
            FuzzFixture.notice(documented);
        }
    }

    private static void profile(X509Certificate certificate) {
        CertificateProfile profile = CertificateProfile.of(certificate);
        profile.toString();
        SignerIdentities.of(profile);
    }

    private static void crl(Crl crl) {
        crl.find(BigInteger.ONE);
        crl.toString();
        crl.number();
        crl.baseNumber();
        crl.authorityKeyId();
        crl.nextUpdate();
    }

    private static void timestamp(Timestamp timestamp) {
        timestamp.tsaName();
        timestamp.tsaCertificate();
        timestamp.toString();
    }
}
