package kz.officesud.signing;

import java.util.Locale;
import java.util.Objects;
import kz.officesud.signing.internal.ProblemTitles;

/**
 * One reason a signature does not hold, with a short English explanation and a {@linkplain #title(java.util.Locale) title}
 * for the user in Kazakh, Russian or English. The {@link Code} is what
 * programs branch on; the message is for logs and developers.
 *
 * @param signerIndex the signer the problem concerns (0 for the first), or -1 for the CMS as a whole
 */
public record VerificationProblem(Code code, String message, int signerIndex) {

    public VerificationProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * What this problem's code means, for the user, in Kazakh ({@code kk}), Russian ({@code ru}) or English (any
     * other language). {@link #message()} is the developer's detail and stays English.
     */
    public String title(Locale locale) {
        return code.title(locale);
    }

    /** What is wrong. */
    public enum Code {
        /** Not a DER/BER CMS SignedData, or a structure the verifier cannot read. */
        MALFORMED,
        /** The CMS holds no signer at all. */
        NO_SIGNER,
        /** A detached signature was given no content, or an attached one carries none. */
        CONTENT_MISSING,
        /** The content's digest differs from the signed messageDigest attribute: the content was changed. */
        DIGEST_MISMATCH,
        /** The signature value does not verify under the signer's public key. */
        SIGNATURE_INVALID,
        /** The signer's certificate is not in the CMS (nor given to the verifier). */
        SIGNER_CERTIFICATE_MISSING,
        /** The signingCertificateV2 attribute names another certificate than the one that verifies. */
        SIGNING_CERTIFICATE_MISMATCH,
        /**
         * An algorithm (digest, signature, key, transform) or a form (a reference to part of a document, a
         * certificate named only by issuer and serial) this SDK does not support; the message names it.
         */
        UNSUPPORTED_ALGORITHM,
        /** No path from the signer's certificate to a trust anchor, or a certificate on it does not verify. */
        UNTRUSTED_CHAIN,
        /** A certificate on the path had expired at the validation time. */
        EXPIRED,
        /** A certificate on the path was not yet valid at the validation time. */
        NOT_YET_VALID,
        /** The signer's certificate is not meant for the required purpose (signing or authentication). */
        WRONG_PURPOSE,
        /** The content type attribute does not match the encapsulated content type. */
        CONTENT_TYPE_MISMATCH,
        /** The signer's certificate was revoked or put on hold on or before the validation time (the message says when and why). */
        REVOKED,
        /** The revocation policy requires an answer and no source gave one (no CRL, stale CRL, OCSP unreachable...). */
        REVOCATION_UNKNOWN,
        /** A signature timestamp (CAdES-T) is present but does not verify, or stamps something else. */
        TIMESTAMP_INVALID,
        /**
         * A signature timestamp is intact, but its TSA does not chain to the verifier's TSA anchors: its time
         * is reported, not trusted.
         */
        TIMESTAMP_UNTRUSTED,
        /** The verifier requires a signature timestamp ({@link TimestampPolicy#REQUIRED}) and the signer has none. */
        TIMESTAMP_MISSING;

        /** What the code means, for the user, in kk, ru or en: see {@link VerificationProblem#title(Locale)}. */
        public String title(Locale locale) {
            return ProblemTitles.get("verification." + name(), locale);
        }
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
