package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.officesud.core.model.CaseCategories;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.validation.CourtJurisdiction;
import kz.officesud.core.validation.FilingValidator;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.documents.DocumentFilingRule;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job: the demo files a claim into the embedded court and it is registered. */
class DemoTest {
    private static final Path NCA =
            Path.of(System.getProperty("officesud.shared.dir", "../../shared"), "testdata", "nca");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Demo.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void demo_withACourtTestKey_filesAClaimThatIsRegistered() {
        int status = run();

        assertThat(err()).isEmpty();
        assertThat(status).isZero();
        assertThat(out())
                .containsPattern("number +T-\\d{4}-\\d{6}")
                .contains("recipient  7517 Медеуский районный суд")
                .contains("5. Claim checked before sending: 0 violation(s)")
                .containsPattern("SENT  \\(talon T-\\d{4}-\\d{6}\\)")
                .contains("REGISTERED")
                .contains("Done: the claim is registered.");
    }

    @Test
    void demoClaim_isCoherent_courtProceedingsAndCategoryFitEachOther(@TempDir Path dir) throws IOException {
        TestNca nca = TestNca.generate();
        NcaKey key = nca.issueIndividual(Iin.ofUnverified("850304300125"), "ЖУМАБЕКОВА", "АЙГЕРИМ", "НУРЛАНОВНА");
        Claim claim = Demo.claim(dir, key.profile(), Iin.ofUnverified("850304300125"));

        assertThat(claim.court()).isNotNull();
        assertThat(claim.court().hears(claim.caseKind().orElseThrow())).isTrue();
        assertThat(CourtJurisdiction.check(claim)).isEmpty();
        CaseCategories.Entry category =
                CaseCategories.standard().find(claim.category()).orElseThrow();
        assertThat(category.form()).isEqualTo(ProceedingsForm.CIVIL);
        assertThat(category.fits(claim.proceedings())).isTrue();
        ValidationReport report = FilingValidator.standard()
                .withRules(CourtJurisdiction.rule(), DocumentFilingRule.inForce())
                .validate(
                        claim,
                        ValidationOptions.builder()
                                .allowUnverifiedIdentities(true)
                                .strictLayout(true)
                                .build());
        assertThat(report.violations()).isEmpty();
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void demo_withAKeyFileAndItsCa_filesUnderTheKeysIin(@TempDir Path dir) throws IOException {
        TestNca nca = TestNca.generate();
        NcaKey key = nca.issueIndividual(Iin.ofUnverified("850304300125"), "ЖУМАБЕКОВА", "АЙГЕРИМ", "НУРЛАНОВНА");
        Path p12 = dir.resolve("RSA256_aigerim.p12");
        nca.writePkcs12(key, p12, "s3cret-Pa55".toCharArray());
        Path trust = Files.createDirectory(dir.resolve("trust"));
        Files.write(trust.resolve("root.cer"), encoded(nca.root()));
        Files.write(trust.resolve("intermediate.cer"), encoded(nca.intermediate()));

        int status = run("--p12", p12.toString(), "--password", "s3cret-Pa55", "--trust", trust.toString());

        assertThat(err()).isEmpty();
        assertThat(status).isZero();
        assertThat(out()).contains("sender     ЖУМАБЕКОВА АЙГЕРИМ НУРЛАНОВНА, IIN 850304300125");
        assertThat(out()).doesNotContain("s3cret-Pa55");
    }

    @Test
    void demo_withTheNcasRealTestKey_filesDespiteItsChecksum() {
        Path p12 = NCA.resolve("ncanode-go/individual/valid/individual_valid.p12");
        assumeTrue(Files.isRegularFile(p12), "../shared/testdata/nca is absent");

        int status = run(
                "--p12",
                p12.toString(),
                "--password",
                "Qwerty12",
                "--trust",
                NCA.resolve("ca-certs/test").toString());

        assertThat(err()).isEmpty();
        assertThat(status).isZero();
        assertThat(out()).contains("IIN 123456789011").contains("Done: the claim is registered.");
    }

    @Test
    void demo_withAWrongPassword_saysSoInOneLine_andFilesNothing(@TempDir Path dir) {
        TestNca nca = TestNca.generate();
        Path p12 = dir.resolve("key.p12");
        nca.writePkcs12(
                nca.issueIndividual(Iin.ofUnverified("850304300125"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ"),
                p12,
                "right".toCharArray());

        int status = run("--p12", p12.toString(), "--password", "wrong");

        assertThat(status).isEqualTo(1);
        assertThat(err().lines()).containsExactly("error: the password does not open key.p12");
        assertThat(out()).doesNotContain("court started").doesNotContain("Talon");
    }

    @Test
    void demo_withoutAPasswordForTheKey_isAUsageError(@TempDir Path dir) throws IOException {
        Path p12 = Files.write(dir.resolve("key.p12"), new byte[] {1});

        assertThat(run("--p12", p12.toString())).isEqualTo(2);
        assertThat(err()).startsWith("usage error: --p12 needs --password");
        assertThat(out()).isEmpty();
    }

    @Test
    void demo_withAnUnknownOption_isAUsageError() {
        assertThat(run("--court", "7517")).isEqualTo(2);
        assertThat(err()).startsWith("usage error: unknown option --court");
    }

    @Test
    void demo_withACorruptKeyFile_saysSo(@TempDir Path dir) throws IOException {
        Path p12 = Files.write(dir.resolve("broken.p12"), "not a key".getBytes(StandardCharsets.US_ASCII));

        assertThat(run("--p12", p12.toString(), "--password", "x")).isEqualTo(1);
        assertThat(err().lines())
                .hasSize(1)
                .first()
                .asString()
                .startsWith("error: ")
                .contains("broken.p12");
    }

    private static byte[] encoded(java.security.cert.X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
