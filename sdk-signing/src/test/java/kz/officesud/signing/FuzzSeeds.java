package kz.officesud.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.container.SignedZip;
import kz.officesud.signing.testnca.TestNca;

/**
 * Writes the seeds of this module's fuzz targets, all made here by test NCAs of each generation (GOST-2015,
 * GOST-2004, RSA) whose clock stands half a year before {@link FuzzFixture#AT}: signatures attached, detached,
 * co-signed and time-stamped, certificates and CRLs in DER, base64 and PEM, XMLDSig and WS-Security documents, signed
 * containers and key files. Each goes to {@code .cifuzz-corpus/<target class>/<method>/} under the directory it runs
 * in (the first argument, if given), with the byte that picks the target's reader in front; the NCAs' certificates go
 * to {@code src/test/resources}{@value FuzzFixture#ANCHORS}. Run from the module's directory with its test class
 * path (docs/reliability.md). Nothing is read from outside the repository.
 */
public final class FuzzSeeds {
    private static final Instant SIGNED = Instant.parse("2026-06-01T09:00:00Z");
    private static final String FORM = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><claim xmlns=\"urn:officesud:claim\">"
            + "<court>7517</court><amount>1500000</amount><text>Исковое заявление</text></claim>";

    private FuzzSeeds() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".cifuzz-corpus");
        StringBuilder anchors = new StringBuilder();
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            TestNca nca = TestNca.generate(algorithm, Clock.fixed(SIGNED, ZoneOffset.UTC));
            anchors.append(pem("CERTIFICATE", nca.root().getEncoded()))
                    .append(pem("CERTIFICATE", nca.intermediate().getEncoded()));
            NcaKey key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
            NcaKey second = nca.issueIndividual(Iin.ofUnverified("900101300007"), "АСАНОВ", "БОЛАТ", "СЕРИКОВИЧ");
            write(root, algorithm, nca, key, second);
        }
        Path resource = Path.of("src/test/resources" + FuzzFixture.ANCHORS);
        Files.createDirectories(resource.getParent());
        Files.writeString(resource, anchors, StandardCharsets.US_ASCII);
    }

    private static void write(Path root, KeyAlgorithm algorithm, TestNca nca, NcaKey key, NcaKey second)
            throws Exception {
        String a = algorithm.name().toLowerCase(java.util.Locale.ROOT);
        TsaClient tsa = TsaClient.builder()
                .uri(TsaClient.NCA_TEST_TSA)
                .transport(new HttpTransport() {
                    @Override
                    public byte[] get(URI uri) throws IOException {
                        throw new IOException("a TSA is posted to");
                    }

                    @Override
                    public byte[] post(URI uri, String contentType, byte[] body) {
                        return nca.timestampResponse(body);
                    }
                })
                .verifier(CmsVerifier.builder()
                        .trustAnchors(nca.trustAnchors())
                        .validationTime(SIGNED)
                        .build())
                .build();
        byte[] detached = Cms.signDetached(key, new java.io.ByteArrayInputStream(FuzzFixture.CONTENT), SIGNED);
        byte[] attached = Cms.signAttached(key, FuzzFixture.CONTENT, SIGNED);
        byte[] cosigned =
                Cms.addSigner(detached, second, new java.io.ByteArrayInputStream(FuzzFixture.CONTENT), SIGNED);
        byte[] stamped = Cms.addTimestamp(detached, tsa);
        byte[] token = tsa.timestamp(FuzzFixture.CONTENT, algorithm).token();
        byte[] crl = nca.crl();

        Path cms = dir(root, CmsVerifierFuzzTest.class, "verify");
        seed(cms, a + "-attached", 0, attached);
        seed(cms, a + "-attached-base64", 0, base64(attached));
        seed(cms, a + "-detached", 1, detached);
        seed(cms, a + "-detached-pem", 1, pem("CMS", detached).getBytes(StandardCharsets.US_ASCII));
        seed(cms, a + "-cosigned", 1, cosigned);
        seed(cms, a + "-timestamped", 1, stamped);
        seed(cms, a + "-token", 2, token);

        Path pki = dir(root, PkiInputFuzzTest.class, "read");
        seed(pki, a + "-read-cms", 0, stamped);
        seed(
                pki,
                a + "-read-certificate-pem",
                0,
                pem("CERTIFICATE", key.certificate().getEncoded()).getBytes());
        seed(pki, a + "-read-crl", 0, crl);
        seed(pki, a + "-cms-base64", 1, base64(attached));
        seed(pki, a + "-certificate", 2, key.certificate().getEncoded());
        seed(pki, a + "-certificates-pem", 3, chainPem(key).getBytes(StandardCharsets.US_ASCII));
        seed(pki, a + "-crl-pem", 4, pem("X509 CRL", crl).getBytes(StandardCharsets.US_ASCII));
        seed(pki, a + "-inspect", 5, stamped);
        seed(pki, a + "-token", 6, token);
        seed(pki, a + "-crl-parse", 7, crl);

        Path xml = dir(root, XmlSignatureFuzzTest.class, "verify");
        seed(xml, a + "-xmldsig", 0, XmlDsig.signEnveloped(key, FORM.getBytes(StandardCharsets.UTF_8)));
        for (WsSecuritySigner.KeyForm form : WsSecuritySigner.KeyForm.values()) {
            seed(
                    xml,
                    a + "-wsse-" + form.name().toLowerCase(java.util.Locale.ROOT),
                    1,
                    WsSecuritySigner.sign(
                            WsSecuritySigner.envelope(FORM.substring(FORM.indexOf("<claim"))), key, form));
        }

        ByteArrayOutputStream container = new ByteArrayOutputStream();
        SignedZip.builder()
                .signer(key)
                .signingTime(SIGNED)
                .add("claim.pdf", ContentSource.ofBytes(FuzzFixture.CONTENT))
                .add(
                        "annexes/доверенность.pdf",
                        ContentSource.ofBytes("Доверенность №17".getBytes(StandardCharsets.UTF_8)))
                .writeTo(container);
        Files.write(
                dir(root, "kz.officesud.signing.container.SignedZipFuzzTest", "verify")
                        .resolve(a + "-container"),
                container.toByteArray());

        Path p12 = dir(root, NcaKeyStoreFuzzTest.class, "open");
        byte[] file = nca.toPkcs12(key, NcaKeyStoreFuzzTest.PASSWORD.toCharArray());
        seed(p12, a + "-right-password", 0, file);
        seed(p12, a + "-wrong-password", 1, file);
    }

    private static Path dir(Path root, Class<?> target, String method) throws IOException {
        return dir(root, target.getName(), method);
    }

    private static Path dir(Path root, String target, String method) throws IOException {
        return Files.createDirectories(root.resolve(target).resolve(method));
    }

    private static void seed(Path dir, String name, int selector, byte[] bytes) throws IOException {
        byte[] out = new byte[bytes.length + 1];
        out[0] = (byte) selector;
        System.arraycopy(bytes, 0, out, 1, bytes.length);
        Files.write(dir.resolve(name), out);
    }

    private static byte[] base64(byte[] der) {
        return Base64.getEncoder().encode(der);
    }

    private static String chainPem(NcaKey key) throws CertificateEncodingException {
        StringBuilder b = new StringBuilder();
        for (X509Certificate c : key.chain()) {
            b.append(pem("CERTIFICATE", c.getEncoded()));
        }
        return b.toString();
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + label + "-----\n";
    }
}
