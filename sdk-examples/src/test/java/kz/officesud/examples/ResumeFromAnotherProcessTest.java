package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.officesud.core.model.Iin;
import kz.officesud.filing.CaseSummary;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.PreparedFiling;
import kz.officesud.filing.UserAgreement;
import kz.officesud.signing.NcaKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filing prepared in one process, interrupted after its submission reached the court, and submitted again from
 * a new process gets the same talon, and the court holds one filing: the prepared filing saved to disk carries
 * the manifest, the signature, the uploads and the idempotency key.
 */
class ResumeFromAnotherProcessTest {
    private static final String PASSWORD = "Key-Password-1";

    @TempDir
    Path directory;

    @Test
    void aFilingSubmittedAgainFromANewProcess_getsTheSameTalon_andIsFiledOnce() throws Exception {
        try (EmbeddedCourt court = EmbeddedCourt.start(null);
                CourtOffice office = CourtOffice.builder()
                        .baseUrl(court.baseUrl())
                        .allowPlainHttp(true)
                        .build()) {
            NcaKey key = court.issueIndividual(Iin.random(new SecureRandom()), "ВОЗОБНОВЛЯЮЩИЙ", "ТЕСТ", "");
            office.register(key, "Correct-Horse-7".toCharArray(), "resume@example.kz", UserAgreement.ACCEPTED);
            Path keyFile = directory.resolve("key.p12");
            Files.write(keyFile, court.testNca().toPkcs12(key, PASSWORD.toCharArray()));
            Path saved = directory.resolve("prepared.json");
            Path documents = Files.createDirectory(directory.resolve("documents"));

            Process sender = child("send", court, keyFile, saved, documents);
            assertThat(sender.waitFor(60, TimeUnit.SECONDS))
                    .as("the sending process ends")
                    .isTrue();
            assertThat(output("send"))
                    .as("it dies before it could say the talon")
                    .doesNotContain("talon");
            List<CaseSummary> filedOnce;
            try (CourtSession session = office.login(key)) {
                filedOnce = session.myCases().list();
            }
            assertThat(filedOnce).as("the submission reached the court").hasSize(1);
            assertThat(PreparedFiling.load(saved).signature()).isPresent();

            Process resumer = child("resume", court, keyFile, saved, documents);
            assertThat(resumer.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String said = output("resume");

            assertThat(resumer.exitValue()).as(said).isZero();
            CaseSummary only = filedOnce.get(0);
            assertThat(said.strip())
                    .isEqualTo("talon " + only.talon().number() + " "
                            + only.filingId().value());
            try (CourtSession session = office.login(key)) {
                assertThat(session.myCases().list()).as("still one filing").hasSize(1);
            }
        }
    }

    private Process child(String mode, EmbeddedCourt court, Path keyFile, Path saved, Path documents)
            throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ResumeChild.class.getName(),
                        mode,
                        court.baseUrl().toString(),
                        keyFile.toString(),
                        PASSWORD,
                        saved.toString(),
                        documents.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve(mode + ".log").toFile())
                .start();
    }

    private String output(String mode) throws IOException {
        return Files.readString(directory.resolve(mode + ".log"), StandardCharsets.UTF_8);
    }
}
