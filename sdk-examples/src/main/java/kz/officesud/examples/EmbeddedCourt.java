package kz.officesud.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import kz.officesud.mockserver.Clerk;
import kz.officesud.mockserver.ReferenceCourt;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.TrustAnchors;
import kz.officesud.signing.revocation.RevocationReason;
import kz.officesud.signing.testnca.TestNca;
import org.jspecify.annotations.Nullable;

/**
 * The reference court (mock-server) running inside this process on a loopback port, with its data in a
 * temporary directory that closing deletes. The one class of the examples that touches mock-server: a
 * real integration would point {@code CourtOffice} at office.sud.kz instead.
 */
public final class EmbeddedCourt implements AutoCloseable {
    private final ReferenceCourt court;
    private final Path dataDirectory;

    private EmbeddedCourt(ReferenceCourt court, Path dataDirectory) {
        this.court = court;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a court that trusts its own test NCA and, if given, {@code extraTrust} (for example the
     * NCA's real test CA certificates, so that keys issued by the NCA can file). Its clerk decides each filing
     * at once, so that the demo shows the registration; the reference court's default — within one working
     * day, as the rules say — would leave it SENT until the next working day.
     */
    public static EmbeddedCourt start(@Nullable TrustAnchors extraTrust) throws IOException {
        Path data = Files.createTempDirectory("officesud-court-");
        ReferenceCourt.Builder builder =
                ReferenceCourt.builder().dataDirectory(data).clerkPolicy(Clerk.Policy.IMMEDIATE);
        if (extraTrust != null) {
            builder.trust(extraTrust);
        }
        try {
            return new EmbeddedCourt(builder.build().start(), data);
        } catch (RuntimeException e) {
            delete(data);
            throw e;
        }
    }

    /** Where the court listens: {@code http://127.0.0.1:<port>}. */
    public URI baseUrl() {
        return court.baseUrl();
    }

    /**
     * The operations the court serves, as {@code METHOD /path} ({@code POST /api/v1/filings}…), as its OpenAPI
     * description lists them.
     */
    public List<String> operations() {
        return court.operations();
    }

    /** The court's test NCA: issues keys the court trusts. */
    public TestNca testNca() {
        return court.testNca();
    }

    /** A fresh key of an individual, issued by the court's test NCA. */
    public NcaKey issueIndividual(
            kz.officesud.core.model.Iin iin, String surname, String givenName, String patronymic) {
        return court.testNca().issueIndividual(iin, surname, givenName, patronymic);
    }

    /**
     * Revokes a key of the court's test NCA as of now: the court's OCSP responder ({@code /pki/ocsp}) and CRL
     * ({@code /pki/crl}), which the key's certificate names, answer revoked, and the court refuses what the key
     * signs (log-in by signature, filings).
     */
    public void revoke(NcaKey key, RevocationReason reason) {
        court.revoke(key, reason);
    }

    /** The court's test NCA time-stamping service (RFC 3161), for CAdES-T signatures. */
    public URI timestampService() {
        return court.baseUrl().resolve("pki/tsp");
    }

    @Override
    public void close() {
        try {
            court.close();
        } finally {
            delete(dataDirectory);
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the court's data in " + directory, e);
        }
    }
}
