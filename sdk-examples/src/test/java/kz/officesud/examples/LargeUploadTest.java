package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.officesud.core.model.Iin;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.UserAgreement;
import kz.officesud.mockserver.Clerk;
import kz.officesud.mockserver.ReferenceCourt;
import kz.officesud.signing.NcaKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB annex uploads from a JVM whose heap is 64 MB: the upload streams from disk, hashed on the way, and the
 * progress reports come in order and reach the total.
 */
class LargeUploadTest {
    private static final long SIZE = 200L * 1024 * 1024;
    private static final String PASSWORD = "Key-Password-1";

    @TempDir
    Path directory;

    @Test
    void a200MbAnnex_uploadsUnderA64MbHeap_withProgressInOrderReachingTheTotal() throws Exception {
        Path annex = directory.resolve("Приложение (сканы).pdf");
        writeBytes(annex, SIZE);
        Path documents = Files.createDirectory(directory.resolve("documents"));
        Path data = Files.createDirectory(directory.resolve("court"));
        try (ReferenceCourt court = ReferenceCourt.builder()
                        .dataDirectory(data)
                        .maxUploadSize(SIZE + 1024 * 1024)
                        .clerkPolicy(Clerk.Policy.IMMEDIATE)
                        .build()
                        .start();
                CourtOffice office = CourtOffice.builder()
                        .baseUrl(court.baseUrl())
                        .allowPlainHttp(true)
                        .build()) {
            NcaKey key = court.testNca().issueIndividual(Iin.random(new SecureRandom()), "БОЛЬШОЙ", "ФАЙЛ", "");
            office.register(key, "Correct-Horse-7".toCharArray(), "large@example.kz", UserAgreement.ACCEPTED);
            Path keyFile = directory.resolve("key.p12");
            Files.write(keyFile, court.testNca().toPkcs12(key, PASSWORD.toCharArray()));
            Path log = directory.resolve("child.log");

            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx64m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            LargeUploadChild.class.getName(),
                            court.baseUrl().toString(),
                            keyFile.toString(),
                            PASSWORD,
                            documents.toString(),
                            annex.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String said = Files.readString(log, StandardCharsets.UTF_8);

            assertThat(child.exitValue()).as(said).isZero();
            Matcher m = Pattern.compile("uploaded (\\d+) in (\\d+) reports, heap peak (\\d+)")
                    .matcher(said);
            assertThat(m.find()).as(said).isTrue();
            System.out.println("LargeUploadTest: " + m.group()); // the figures, in the surefire report
            assertThat(Long.parseLong(m.group(1))).isGreaterThan(SIZE);
            assertThat(Long.parseLong(m.group(2))).as("a report per chunk").isGreaterThan(SIZE / (64 * 1024));
            assertThat(Long.parseLong(m.group(3))).isLessThan(64L * 1024 * 1024);
        }
    }

    /** Pseudo-random bytes (so that nothing on the way could compress them), written in 1 MB pieces. */
    private static void writeBytes(Path file, long size) throws IOException {
        Random random = new Random(200);
        byte[] piece = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += piece.length) {
                random.nextBytes(piece);
                out.write(piece);
            }
        }
    }
}
