package kz.officesud.mockserver.internal.court;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import kz.officesud.signing.TrustAnchors;
import kz.officesud.signing.revocation.RevocationPolicy;
import org.jspecify.annotations.Nullable;

/** Verifies detached CMS signatures against the court's trust anchors. */
public final class SignatureCheck {
    private final Supplier<TrustAnchors> anchors;
    private final RevocationPolicy revocation;

    public SignatureCheck(Supplier<TrustAnchors> anchors) {
        this(anchors, RevocationPolicy.offline());
    }

    /** Checks revocation under {@code revocation} as well (a revoked signer is a problem). */
    public SignatureCheck(Supplier<TrustAnchors> anchors, RevocationPolicy revocation) {
        this.anchors = Objects.requireNonNull(anchors, "anchors");
        this.revocation = Objects.requireNonNull(revocation, "revocation");
    }

    /** The outcome: the signer when the signature holds, else the problems (codes and English messages). */
    public record Outcome(@Nullable Signer signer, List<String> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return signer != null && problems.isEmpty();
        }
    }

    public Outcome verify(byte[] cms, byte[] content, Instant at) {
        return Bridge.check(anchors.get(), revocation, at, cms, content);
    }

    /** Verifies the enveloped XMLDSig of a signed XML (the live cabinet's way of signing). */
    public Outcome verifyXml(byte[] signedXml, Instant at) {
        return Bridge.checkXml(anchors.get(), revocation, at, signedXml);
    }

    /** Whether a stored signature is a signed XML rather than a DER CMS (which starts with a SEQUENCE, 0x30). */
    public static boolean isXml(byte[] signature) {
        int i = 0;
        if (signature.length >= 3 && (signature[0] & 0xFF) == 0xEF && (signature[1] & 0xFF) == 0xBB) {
            i = 3;
        }
        while (i < signature.length && Character.isWhitespace(signature[i])) {
            i++;
        }
        return i < signature.length && signature[i] == '<';
    }
}
