package kz.officesud.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SignVerifyTest {
    private static final String PASSWORD = "Сложный-пароль-42";

    @TempDir
    static Path keys;

    private static Path p12;
    private static Path p12Second;
    private static Path ca;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() throws Exception {
        TestNca nca = TestNca.generate();
        NcaKey asanov = nca.issueIndividual(Iin.of("900101300007"), "АСАНОВ", "БОЛАТ", "СЕРИКОВИЧ");
        NcaKey second = nca.issueIndividual(Iin.of("850615400016"), "ИВАНОВА", "АЙГУЛЬ", "МАРАТОВНА");
        p12 = keys.resolve("asanov.p12");
        p12Second = keys.resolve("ivanova.p12");
        nca.writePkcs12(asanov, p12, PASSWORD.toCharArray());
        nca.writePkcs12(second, p12Second, PASSWORD.toCharArray());
        ca = Files.createDirectory(keys.resolve("ca"));
        Files.write(ca.resolve("root.cer"), nca.root().getEncoded());
        Files.write(ca.resolve("intermediate.cer"), nca.intermediate().getEncoded());
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static FakeTerminal typing() {
        return new FakeTerminal().password(PASSWORD);
    }

    private static FakeTerminal.Result verify(String... args) {
        String[] all = Stream.concat(Stream.of("verify", "--test-trust", ca.toString()), Stream.of(args))
                .toArray(String[]::new);
        return new FakeTerminal().run(all);
    }

    @Test
    void sign_detached_writesFileDotCms_whichVerifiesOverTheFileBesideIt() throws Exception {
        Path claim = file("claim.pdf", "%PDF-1.7 иск");

        FakeTerminal.Result signed = typing().run("sign", "--p12", p12.toString(), claim.toString());
        FakeTerminal.Result verified = verify(claim + ".cms");

        assertThat(signed.status()).isEqualTo(0);
        assertThat(signed.prompts()).containsExactly("Password of asanov.p12: ");
        assertThat(Files.exists(dir.resolve("claim.pdf.cms"))).isTrue();
        assertThat(verified.status()).as(verified.all()).isEqualTo(0);
        assertThat(verified.out())
                .contains("detached CMS")
                .contains("Signer 1: АСАНОВ БОЛАТ — the signature holds")
                .contains("IIN: 900101300007")
                .contains("Purposes: [SIGNING]")
                .contains("A test certificate")
                .contains("Verdict: the signature holds.");
        assertThat(verified.err()).contains("checked over " + claim);
    }

    @Test
    void verify_whenTheFileChangedAfterSigning_saysSoAndExitsOne() throws Exception {
        Path claim = file("claim.pdf", "%PDF-1.7 иск");
        typing().run("sign", "--p12", p12.toString(), claim.toString());
        Files.writeString(claim, "%PDF-1.7 иск, изменённый");

        FakeTerminal.Result r = verify("--lang", "ru", claim + ".cms");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out())
                .contains("подпись НЕ верна")
                .contains("содержимое изменено после подписания (DIGEST_MISMATCH)")
                .contains("Итог: подпись НЕ верна.");
    }

    @Test
    void verify_json_andContentNamedExplicitly() throws Exception {
        Path claim = file("claim.pdf", "%PDF-1.7 иск");
        Path signature = dir.resolve("signature.sig.der");
        typing().run("sign", "--p12", p12.toString(), "-o", signature.toString(), claim.toString());

        FakeTerminal.Result r = verify("--json", "--content", claim.toString(), signature.toString());

        assertThat(r.status()).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("kind").asText()).isEqualTo("cmsDetached");
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("signers").get(0).get("iin").asText()).isEqualTo("900101300007");
        assertThat(json.get("signers").get(0).get("testAnchor").asBoolean()).isTrue();
        assertThat(json.get("problems")).isEmpty();
    }

    @Test
    void verify_aDetachedSignatureWithoutItsContent_saysWhatIsMissing() throws Exception {
        Path claim = file("claim.pdf", "%PDF-1.7 иск");
        Path signature = dir.resolve("elsewhere.bin");
        typing().run("sign", "--p12", p12.toString(), "-o", signature.toString(), claim.toString());

        FakeTerminal.Result r = verify(signature.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("name the signed file with --content (CONTENT_MISSING)");
    }

    @Test
    void sign_attached_andVerify_base64AsNcaLayerGivesIt() throws Exception {
        Path form = file("form.txt", "заявление");
        typing().run("sign", "--attached", "--p12", p12.toString(), form.toString());
        Path base64 = dir.resolve("form.b64");
        Files.writeString(
                base64, Base64.getMimeEncoder().encodeToString(Files.readAllBytes(dir.resolve("form.txt.cms"))));

        FakeTerminal.Result der = verify(dir.resolve("form.txt.cms").toString());
        FakeTerminal.Result b64 = verify(base64.toString());

        assertThat(der.status()).isEqualTo(0);
        assertThat(der.out()).contains("CMS with the content inside");
        assertThat(b64.status()).isEqualTo(0);
    }

    @Test
    void sign_xml_envelopedSignature_holdsUntilTheXmlChanges() throws Exception {
        Path xml = file("request.xml", "<?xml version=\"1.0\"?><request><iin>900101300007</iin></request>");

        FakeTerminal.Result signed = typing().run("sign", "--xml", "--p12", p12.toString(), xml.toString());
        Path out = dir.resolve("request-signed.xml");
        FakeTerminal.Result good = verify(out.toString());
        Files.writeString(out, Files.readString(out).replace("900101300007", "900101300008"));
        FakeTerminal.Result changed = verify(out.toString());

        assertThat(signed.status()).isEqualTo(0);
        assertThat(good.status()).isEqualTo(0);
        assertThat(good.out()).contains("XML signature");
        assertThat(changed.status()).isEqualTo(1);
    }

    @Test
    void sign_zip_ofSeveralFiles_thenCosigned_verifiesWithBothSigners() throws Exception {
        Path claim = file("claim.pdf", "%PDF-1.7 иск");
        Path annex = file("annex.pdf", "%PDF-1.7 приложение");
        Path zip = dir.resolve("claim.zip");
        Path cosigned = dir.resolve("claim-cosigned.zip");

        FakeTerminal.Result signed = typing().run(
                        "sign",
                        "--zip",
                        "--p12",
                        p12.toString(),
                        "-o",
                        zip.toString(),
                        claim.toString(),
                        annex.toString());
        FakeTerminal.Result co =
                typing().run("sign", "--zip", "--cosign", "--p12", p12Second.toString(), zip.toString());
        FakeTerminal.Result r = verify("--json", cosigned.toString());

        assertThat(signed.status()).isEqualTo(0);
        assertThat(co.status()).as(co.all()).isEqualTo(0);
        assertThat(r.status()).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("kind").asText()).isEqualTo("zip");
        assertThat(json.get("files")).extracting(f -> f.get("name").asText()).containsExactly("claim.pdf", "annex.pdf");
        assertThat(json.get("signers"))
                .extracting(s -> s.get("iin").asText())
                .containsExactly("900101300007", "850615400016");
    }

    @Test
    void verify_zip_withAnAddedFile_refusesIt() throws Exception {
        Path claim = file("claim.pdf", "%PDF-1.7 иск");
        Path zip = dir.resolve("claim.zip");
        typing().run("sign", "--zip", "--p12", p12.toString(), "-o", zip.toString(), claim.toString());
        try (var fs = java.nio.file.FileSystems.newFileSystem(zip)) {
            Files.writeString(fs.getPath("extra.txt"), "не подписано");
        }

        FakeTerminal.Result r = verify(zip.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("extra.txt: a file the manifest does not list: it is not signed (EXTRA_FILE)");
    }

    @Test
    void sign_cosign_detachedCms_addsASecondSigner() throws Exception {
        Path claim = file("claim.pdf", "%PDF-1.7 иск");
        typing().run("sign", "--p12", p12.toString(), claim.toString());

        FakeTerminal.Result co = typing().run(
                        "sign",
                        "--cosign",
                        "--content",
                        claim.toString(),
                        "--p12",
                        p12Second.toString(),
                        claim + ".cms");
        FakeTerminal.Result r = verify(
                "--content",
                claim.toString(),
                dir.resolve("claim.pdf-cosigned.cms").toString());

        assertThat(co.status()).as(co.all()).isEqualTo(0);
        assertThat(r.status()).isEqualTo(0);
        assertThat(r.out()).contains("Signer 1: АСАНОВ БОЛАТ").contains("Signer 2: ИВАНОВА АЙГУЛЬ");
    }

    @Test
    void verify_withoutTrustingTheCa_saysTheChainIsUntrusted() throws Exception {
        Path claim = file("claim.pdf", "%PDF-1.7 иск");
        typing().run("sign", "--p12", p12.toString(), claim.toString());

        FakeTerminal.Result r = new FakeTerminal().run("verify", "--nca", "none", claim + ".cms");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("warning: no trust anchors");
        assertThat(r.out()).contains("(UNTRUSTED_CHAIN)");
    }

    @Test
    void sign_neverOverwrites_unlessForced() throws Exception {
        Path claim = file("claim.pdf", "%PDF-1.7 иск");
        typing().run("sign", "--p12", p12.toString(), claim.toString());

        FakeTerminal.Result again = typing().run("sign", "--p12", p12.toString(), claim.toString());
        FakeTerminal.Result forced = typing().run("sign", "--force", "--p12", p12.toString(), claim.toString());

        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("claim.pdf.cms exists");
        assertThat(forced.status()).isEqualTo(0);
    }

    @Test
    void sign_usageErrors_exitTwo() throws Exception {
        Path claim = file("claim.pdf", "%PDF-1.7 иск");

        assertThat(typing().run("sign", claim.toString()).err()).contains("--p12");
        assertThat(typing().run(
                                "sign",
                                "--p12",
                                p12.toString(),
                                dir.resolve("none.pdf").toString())
                        .status())
                .isEqualTo(2);
        assertThat(typing().run("sign", "--xml", "--zip", "--p12", p12.toString(), claim.toString())
                        .status())
                .isEqualTo(2);
        assertThat(typing().run("sign", "--p12", dir.resolve("none.p12").toString(), claim.toString())
                        .err())
                .contains("No key file");
        assertThat(verify(dir.resolve("none.cms").toString()).status()).isEqualTo(2);
    }

    static Stream<Path> kalkanSignatures() throws Exception {
        Path shared = Path.of(System.getProperty("officesud.shared.dir", "../../shared"), "testdata/nca");
        assumeTrue(Files.isDirectory(shared), "NCA test material not found at " + shared.toAbsolutePath());
        try (Stream<Path> files = Files.walk(shared.resolve("legacy-rsa-gost2004"))) {
            return files
                    .filter(p -> p.toString().endsWith(".cms") || p.toString().endsWith(".xml"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    /** Kalkan's own signatures (base64 CMS and enveloped XML) hold, judged as of a day their certificates were valid. */
    @ParameterizedTest
    @MethodSource("kalkanSignatures")
    void verify_kalkanMadeSignatures_asOfADayTheyWereValid(Path signature) {
        Path testCas =
                Path.of(System.getProperty("officesud.shared.dir", "../../shared"), "testdata/nca/ca-certs/test");

        FakeTerminal.Result r = new FakeTerminal()
                .run(
                        "verify",
                        "--test-trust",
                        testCas.toString(),
                        "--at",
                        "2020-10-01T00:00:00Z",
                        signature.toString());

        assertThat(r.status()).as(r.all()).isEqualTo(0);
        assertThat(r.out()).contains("A test certificate").contains("IIN: ");
    }
}
