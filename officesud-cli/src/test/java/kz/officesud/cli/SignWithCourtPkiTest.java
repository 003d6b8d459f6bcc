package kz.officesud.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.officesud.mockserver.ReferenceCourtExtension;
import kz.officesud.mockserver.TestUser;
import kz.officesud.signing.revocation.RevocationReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing and verifying against real PKI services: the reference court serves its test NCA's TSA, OCSP responder and
 * CRL on HTTP, and its users' certificates name them.
 */
class SignWithCourtPkiTest {
    private static final String PASSWORD = "pki-2026";

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();

    @TempDir
    Path dir;

    private TestUser user;
    private Path p12;
    private Path ca;
    private Path claim;

    @BeforeEach
    void user() throws Exception {
        user = court.users().individual();
        p12 = Files.write(dir.resolve("key.p12"), court.users().toPkcs12(user, PASSWORD.toCharArray()));
        ca = Files.createDirectory(dir.resolve("ca"));
        Files.write(ca.resolve("root.cer"), court.court().testNca().root().getEncoded());
        Files.write(
                ca.resolve("intermediate.cer"),
                court.court().testNca().intermediate().getEncoded());
        claim = Files.writeString(dir.resolve("claim.pdf"), "%PDF-1.7 иск");
    }

    @Test
    void sign_withATsa_timeStampsTheSignature_andVerifyShowsIt_andOcspSaysNotRevoked() {
        FakeTerminal.Result signed = new FakeTerminal()
                .password(PASSWORD)
                .run("sign", "--p12", p12.toString(), "--tsa", court.baseUrl() + "pki/tsp", claim.toString());
        FakeTerminal.Result verified =
                new FakeTerminal().run("verify", "--test-trust", ca.toString(), "--revocation", "ocsp", claim + ".cms");

        assertThat(signed.status()).as(signed.all()).isEqualTo(0);
        assertThat(verified.status()).as(verified.all()).isEqualTo(0);
        assertThat(verified.out())
                .contains("Time-stamped at ")
                .contains("(TSA policy 1.2.398.3.3.2.6.4)")
                .contains("Revocation: not revoked (OCSP");
    }

    @Test
    void verify_ofARevokedSigner_saysRevoked_byOcspAndByCrl() {
        new FakeTerminal().password(PASSWORD).run("sign", "--p12", p12.toString(), claim.toString());
        court.court().revoke(user.key(), RevocationReason.KEY_COMPROMISE);

        FakeTerminal.Result ocsp =
                new FakeTerminal().run("verify", "--test-trust", ca.toString(), "--revocation", "ocsp", claim + ".cms");
        FakeTerminal.Result crl = new FakeTerminal()
                .run("verify", "--lang", "ru", "--test-trust", ca.toString(), "--revocation", "crl", claim + ".cms");
        FakeTerminal.Result offline = new FakeTerminal().run("verify", "--test-trust", ca.toString(), claim + ".cms");

        assertThat(ocsp.status()).isEqualTo(1);
        assertThat(ocsp.out()).contains("Revocation: REVOKED on ").contains("the certificate was revoked (REVOKED)");
        assertThat(crl.status()).isEqualTo(1);
        assertThat(crl.out()).contains("сертификат отозван (REVOKED)");
        assertThat(offline.status()).as("no revocation check asked").isEqualTo(0);
    }
}
