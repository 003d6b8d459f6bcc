package kz.officesud.benchmarks.filing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseCategory;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.wire.LogInForm;
import kz.officesud.core.wire.SessionView;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.PreparedFiling;
import kz.officesud.filing.UserAgreement;
import kz.officesud.mockserver.ReferenceCourt;
import kz.officesud.signing.NcaKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Uploading a 20 MB document to the reference court over loopback: the SDK ({@code CourtSession.prepare} of a claim
 * whose only large document is the 20 MB annex — streamed from disk, hashed on the way, checked against the court's
 * answer) against {@code curl --data-binary @file} posting the same file to the same endpoint with the same headers.
 * The court runs in the benchmark's JVM, storing to a temporary directory. curl's time includes starting its
 * process, which the SDK does not pay; the figure {@code curlSmallRequest} (curl asking for an empty «Мои дела»)
 * gives that cost, to subtract.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class UploadBenchmark {
    private static final int SIZE = 20 * 1024 * 1024;
    private static final String PASSWORD = "Correct-Horse-7";

    private Path directory;
    private Path large;
    private ReferenceCourt court;
    private CourtOffice office;
    private CourtSession session;
    private Claim claim;
    private String token;

    @Setup(Level.Trial)
    public void start() throws Exception {
        directory = Files.createTempDirectory("upload-benchmark-");
        large = directory.resolve("annex.pdf");
        Random random = new Random(20);
        byte[] piece = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(large)) {
            for (int i = 0; i < SIZE / piece.length; i++) {
                random.nextBytes(piece);
                out.write(piece);
            }
        }
        Path statement = directory.resolve("statement.pdf");
        Files.writeString(statement, "%PDF-1.7 statement", StandardCharsets.US_ASCII);
        court = ReferenceCourt.builder()
                .dataDirectory(Files.createDirectory(directory.resolve("court")))
                .build()
                .start();
        Iin iin = Iin.random(new SecureRandom());
        NcaKey key = court.testNca().issueIndividual(iin, "ЗАМЕРОВ", "ТЕСТ", "");
        office = CourtOffice.builder()
                .baseUrl(court.baseUrl())
                .allowPlainHttp(true)
                .checkDocuments(false)
                .build();
        office.register(key, PASSWORD.toCharArray(), "bench@example.kz", UserAgreement.ACCEPTED);
        session = office.login(key);
        claim = Claim.builder()
                .court("7517")
                .proceedings(Proceedings.ACTION)
                .category(CaseCategory.of("142030001200070000"))
                .nature("о взыскании задолженности")
                .plaintiff(Party.individual(iin, "ЗАМЕРОВ ТЕСТ"))
                .defendant(Party.legalEntity(Bin.random(new SecureRandom()), "ТОО «Ответчик»"))
                .claimAmount(Tenge.of(1_500_000))
                .stateFee(StateFee.paidOnline(Tenge.of(15_000)))
                .summary("Взыскать задолженность")
                .document(statement)
                .attachment(large)
                .build();
        ObjectMapper json = OfficesudJson.newMapper();
        HttpResponse<byte[]> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(court.baseUrl().resolve("api/v1/sessions"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(
                                        json.writeValueAsBytes(new LogInForm(iin.value(), PASSWORD.toCharArray()))))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        if (login.statusCode() != 201 && login.statusCode() != 200) {
            throw new IllegalStateException("log-in for curl: " + login.statusCode());
        }
        token = json.readValue(login.body(), SessionView.class).token();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        session.close();
        office.close();
        court.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    /** The SDK: prepares the claim, which uploads the 20 MB annex (and a 19-byte statement). */
    @Benchmark
    public PreparedFiling sdkUpload20Mb() {
        return session.prepare(claim);
    }

    /** curl posting the same 20 MB file to {@code POST /api/v1/uploads}. */
    @Benchmark
    public int curlUpload20Mb() throws Exception {
        return curl(
                "-X",
                "POST",
                "-H",
                "Authorization: Bearer " + token,
                "-H",
                "Idempotency-Key: " + UUID.randomUUID(),
                "-H",
                "X-File-Name: annex.pdf",
                "-H",
                "Content-Type: application/pdf",
                "--data-binary",
                "@" + large,
                court.baseUrl().resolve("api/v1/uploads").toString());
    }

    /** curl's own cost: starting it and one small request («Мои дела», an empty list). */
    @Benchmark
    public int curlSmallRequest() throws Exception {
        return curl(
                "-H",
                "Authorization: Bearer " + token,
                court.baseUrl().resolve("api/v1/filings").toString());
    }

    private static int curl(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("curl", "-s", "-o", "/dev/null", "--fail-with-body"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        int status = p.waitFor();
        if (status != 0) {
            throw new IllegalStateException("curl failed: " + status + " " + command);
        }
        return status;
    }
}
