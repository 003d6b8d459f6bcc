package kz.officesud.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.HttpTransport;
import kz.officesud.signing.SigningException;
import kz.officesud.signing.TrustAnchors;
import kz.officesud.signing.revocation.CrlSource;
import kz.officesud.signing.revocation.OcspClient;
import kz.officesud.signing.revocation.RevocationPolicy;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Whom a verification trusts and how it checks revocation: CA certificates from folders, or the NCA's own roots
 * (fetched from the NCA and accepted only when they match the fingerprints the SDK pins). Without a folder, the NCA's
 * production roots.
 */
final class TrustOptions {
    private static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(15);

    /** Which of the NCA's roots to fetch. */
    enum Nca {
        PRODUCTION,
        TEST,
        NONE
    }

    /** How to check that a signer's certificate is not revoked. */
    enum Revocation {
        /** Not at all. */
        OFFLINE,
        /** OCSP from the responder each certificate names, then its CRL. */
        OCSP,
        /** The CRL each certificate names. */
        CRL
    }

    @Option(names = "--trust", paramLabel = "DIR", descriptionKey = "trust.trust")
    private List<Path> trust = new ArrayList<>();

    @Option(names = "--test-trust", paramLabel = "DIR", descriptionKey = "trust.testTrust")
    private List<Path> testTrust = new ArrayList<>();

    @Option(names = "--nca", paramLabel = "production|test|none", descriptionKey = "trust.nca")
    private List<Nca> nca = new ArrayList<>();

    @Option(names = "--revocation", paramLabel = "offline|ocsp|crl", descriptionKey = "trust.revocation")
    private Revocation revocation = Revocation.OFFLINE;

    @Option(names = "--at", paramLabel = "INSTANT", descriptionKey = "trust.at")
    private @Nullable Instant at;

    /** The verifier these options describe. */
    CmsVerifier verifier(Context context) {
        TrustAnchors anchors = TrustAnchors.empty();
        for (Path dir : trust) {
            anchors = anchors.plus(directory(context, dir));
        }
        for (Path dir : testTrust) {
            anchors = anchors.plus(directory(context, dir).asTest());
        }
        List<Nca> fetch = new ArrayList<>(nca);
        if (fetch.isEmpty() && trust.isEmpty() && testTrust.isEmpty()) {
            fetch.add(Nca.PRODUCTION);
        }
        HttpTransport transport = HttpTransport.jdk(NETWORK_TIMEOUT);
        for (Nca which : fetch) {
            if (which == Nca.NONE) {
                continue;
            }
            try {
                anchors = anchors.plus(
                        which == Nca.PRODUCTION
                                ? TrustAnchors.ncaProduction(transport)
                                : TrustAnchors.ncaTest(transport));
            } catch (SigningException e) {
                context.warn("trust.ncaUnavailable", which.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (anchors.isEmpty()) {
            context.warn("trust.none");
        }
        CmsVerifier.Builder builder =
                CmsVerifier.builder().trustAnchors(anchors).validateAtTimestamp();
        if (at != null) {
            builder.validationTime(at);
        }
        switch (revocation) {
            case OFFLINE -> {}
            case OCSP ->
                builder.revocation(RevocationPolicy.preferOcsp(
                        OcspClient.builder().transport(transport).build(),
                        CrlSource.downloading(transport, Clock.systemUTC())));
            case CRL ->
                builder.revocation(RevocationPolicy.crlOnly(CrlSource.downloading(transport, Clock.systemUTC())));
        }
        return builder.build();
    }

    private static TrustAnchors directory(Context context, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw CliException.usage(context.t("trust.notDirectory", dir));
        }
        try {
            return TrustAnchors.fromDirectory(dir);
        } catch (SigningException e) {
            throw CliException.usage(context.t("trust.unreadable", dir, e.getMessage()));
        }
    }
}
