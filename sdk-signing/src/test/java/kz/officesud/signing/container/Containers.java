package kz.officesud.signing.container;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.HttpTransport;
import kz.officesud.signing.KeyAlgorithm;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.TsaClient;
import kz.officesud.signing.testnca.TestNca;

/** What the container tests share: a test NCA, its keys, a verifier, and containers made in memory. */
final class Containers {
    static final byte[] CLAIM = "Исковое заявление о взыскании задолженности".getBytes(StandardCharsets.UTF_8);
    static final byte[] ANNEX = "Доверенность представителя №17".getBytes(StandardCharsets.UTF_8);
    static final Map<String, byte[]> FILES = files("claim.pdf", CLAIM, "annexes/доверенность.pdf", ANNEX);

    /** One test NCA per generation, shared by the container tests (an RSA one takes seconds to generate). */
    private static final Map<KeyAlgorithm, TestNca> NCAS = new EnumMap<>(KeyAlgorithm.class);

    private static NcaKey key;

    private Containers() {}

    /** The GOST-2015 test NCA, for the tests that do not vary the generation. */
    static TestNca nca() {
        return nca(KeyAlgorithm.GOST_2015_512);
    }

    static synchronized TestNca nca(KeyAlgorithm algorithm) {
        return NCAS.computeIfAbsent(algorithm, TestNca::generate);
    }

    static synchronized NcaKey key() {
        if (key == null) {
            key = individual(nca());
        }
        return key;
    }

    static NcaKey individual(TestNca nca) {
        return nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
    }

    static SignedZipVerifier verifier(TestNca nca) {
        return SignedZipVerifier.builder()
                .cmsVerifier(
                        CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build())
                .build();
    }

    static SignedZipVerifier verifier() {
        return verifier(nca());
    }

    /** The TSA of the test NCA, answering in process. */
    static TsaClient tsa(TestNca nca) {
        return TsaClient.builder()
                .uri(TsaClient.NCA_TEST_TSA)
                .transport(new HttpTransport() {
                    @Override
                    public byte[] get(java.net.URI uri) throws IOException {
                        throw new IOException("a TSA is posted to");
                    }

                    @Override
                    public byte[] post(java.net.URI uri, String contentType, byte[] body) {
                        return nca.timestampResponse(body);
                    }
                })
                .build();
    }

    /** A container of {@code files} signed by {@code key}, in memory. */
    static byte[] container(NcaKey key, Map<String, byte[]> files) {
        SignedZip.Builder builder = SignedZip.builder().signer(key);
        files.forEach((name, bytes) -> builder.add(name, ContentSource.ofBytes(bytes)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.writeTo(out);
        return out.toByteArray();
    }

    /** The entries of a container of {@link #FILES} signed by {@link #key()}. */
    static LinkedHashMap<String, byte[]> signedEntries() {
        return RawZip.entries(container(key(), FILES));
    }

    /** The name of the signature entry among {@code entries}. */
    static String signatureName(Map<String, byte[]> entries) {
        return entries.keySet().stream()
                .filter(n -> n.startsWith("META-INF/signature-"))
                .findFirst()
                .orElseThrow();
    }

    static Path write(Path folder, String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LinkedHashMap<String, byte[]> files(Object... namesAndBytes) {
        LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndBytes.length; i += 2) {
            files.put((String) namesAndBytes[i], (byte[]) namesAndBytes[i + 1]);
        }
        return files;
    }
}
