package kz.officesud.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.officesud.signing.internal.ParserFault;

/**
 * What the signing fuzz targets share: the content their seed signatures sign, and a verifier that trusts the test
 * NCAs that made the seeds ({@code fuzz-anchors.pem}, written by {@link FuzzSeeds} beside them), at a fixed time,
 * so that the fuzzer starts from signatures that hold and explores every check, not only the first refusal.
 */
public final class FuzzFixture {
    /** The content of every detached seed signature. */
    public static final byte[] CONTENT = "Исковое заявление о взыскании задолженности".getBytes(StandardCharsets.UTF_8);
    /** Inside the seed certificates' validity. */
    public static final Instant AT = Instant.parse("2026-12-03T12:00:00Z");
    /** The class-path resource of the seeds' trust anchors. */
    public static final String ANCHORS = "/kz/officesud/signing/fuzz-anchors.pem";

    public static final TrustAnchors TRUST = anchors();
    static final CmsVerifier VERIFIER = CmsVerifier.builder()
            .trustAnchors(TRUST)
            .tsaTrustAnchors(TRUST)
            .validationTime(AT)
            .build();
    private static final Path FILE;

    static {
        try {
            Path dir = Files.createTempDirectory("officesud-fuzz");
            dir.toFile().deleteOnExit();
            FILE = dir.resolve("input.bin");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FuzzFixture() {}

    private static TrustAnchors anchors() {
        try (InputStream in = FuzzFixture.class.getResourceAsStream(ANCHORS)) {
            if (in == null) {
                return TrustAnchors.empty();
            }
            List<X509Certificate> all = PkiInput.certificates(in.readAllBytes());
            return TrustAnchors.of(
                    all.stream().filter(FuzzFixture::selfSigned).toList(),
                    all.stream().filter(c -> !selfSigned(c)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean selfSigned(X509Certificate c) {
        return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }

    /** {@code bytes} in the one temporary file of this JVM (fuzz targets run one input at a time). */
    public static Path file(byte[] bytes) {
        try {
            return Files.write(FILE, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether an input a boundary answered for is a finding ({@code -Dfuzz.strictBoundary=true}, passed on by the
     * {@code fuzz} profile): the parser's exception is thrown again, as it was thrown, so that the fuzzer reports it
     * where it arose. Off by default, and always when the build replays the kept inputs: then the typed answer is
     * what the targets hold.
     */
    public static final boolean STRICT_BOUNDARY = Boolean.getBoolean("fuzz.strictBoundary");

    /** Whether Jazzer is fuzzing (the {@code fuzz} profile sets {@code JAZZER_FUZZ}), rather than replaying. */
    private static final boolean FUZZING =
            !System.getenv().getOrDefault("JAZZER_FUZZ", "").isEmpty();

    /** Where the boundaries caught something in this fuzzing JVM, each printed once. */
    private static final Set<String> CAUGHT = ConcurrentHashMap.newKeySet();

    /** {@link #notice(Throwable)} for a report's fault. */
    public static void notice(VerificationReport report) {
        report.fault().ifPresent(FuzzFixture::notice);
    }

    /**
     * Notices a typed answer (an exception, or a report's {@link VerificationReport#fault()}) that a boundary gave
     * because a reader threw something no check foresaw ({@link ParserFault} in the cause chain): with {@link
     * #STRICT_BOUNDARY}, throws the reader's exception again; while fuzzing, prints one {@code == Boundary caught:}
     * line for each place it was thrown ({@code scripts/fuzz-corpus.sh summary} counts them); while replaying,
     * nothing (the typed answer is the contract).
     */
    public static void notice(Throwable answer) {
        ParserFault fault = ParserFault.in(answer).orElse(null);
        if (fault == null) {
            return;
        }
        RuntimeException thrown = fault.getCause();
        if (STRICT_BOUNDARY) {
            throw thrown;
        }
        if (FUZZING) {
            StackTraceElement[] trace = thrown.getStackTrace();
            String at = trace.length == 0 ? "(no stack trace)" : trace[0].toString();
            String ours = Arrays.stream(trace)
                    .filter(e -> e.getClassName().startsWith("kz.officesud."))
                    .findFirst()
                    .map(StackTraceElement::toString)
                    .orElse("");
            if (CAUGHT.add(thrown.getClass().getName() + at + ours)) {
                System.err.println("== Boundary caught: " + fault.getMessage() + " at " + at + " from " + ours);
            }
        }
    }

    /**
     * Reads every part of a report, as a caller would, so that lazily computed parts are computed too, and
     * {@linkplain #notice(VerificationReport) notices} a boundary's answer.
     */
    static void read(VerificationReport report) {
        notice(report);
        String shown = report.problems().toString() + report.valid();
        for (SignerReport signer : report.signers()) {
            shown += signer.toString();
        }
        Optional<byte[]> content = report.content();
        if (shown.isEmpty() || content == null) {
            throw new AssertionError("a report without its parts");
        }
    }
}
