package kz.officesud.signing;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.officesud.signing.SignatureFormatException.Reason;
import kz.officesud.signing.internal.CmsStructure;
import kz.officesud.signing.internal.Encodings;
import kz.officesud.signing.internal.ParserFault;
import kz.officesud.signing.revocation.Crl;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.jspecify.annotations.Nullable;

/**
 * Reads CMS signatures, certificates and CRLs the way they arrive: DER; base64 text with or without line
 * breaks (NCALayer returns a CMS so; the NCA and many tools hand out certificates so); PEM
 * ({@code -----BEGIN CERTIFICATE-----}, {@code X509 CRL}, {@code PKCS7}, {@code CMS}). {@link #read}
 * takes any of them and says what it was; the others expect one kind. Anything else is a
 * {@link SignatureFormatException} whose {@link SignatureFormatException#reason() reason} says what was
 * wrong, never a Bouncy Castle or JDK exception: bytes that break a parser in a way no check foresaw are
 * {@link SignatureFormatException.Reason#MALFORMED} too, the parser's exception kept as the cause. A null argument
 * is a {@link NullPointerException}. Stateless and thread-safe.
 *
 * <pre>{@code
 * byte[] cms = PkiInput.cms(signatureFromNcaLayer);      // base64 from the browser, now DER
 * switch (PkiInput.read(upload)) {
 *     case PkiObject.SignedData s -> ...
 *     case PkiObject.Certificate c -> ...
 *     case PkiObject.RevocationList r -> ...
 * }
 * }</pre>
 */
public final class PkiInput {
    private static final ASN1ObjectIdentifier SIGNED_DATA_OID = new ASN1ObjectIdentifier("1.2.840.113549.1.7.2");

    private PkiInput() {}

    /**
     * A CMS signature, a certificate or a CRL, whichever the bytes hold (the first PEM block, if several).
     *
     * @throws SignatureFormatException if they hold none of them
     */
    public static PkiObject read(byte[] input) {
        Objects.requireNonNull(input, "input");
        try {
            byte[] der = Encodings.decode(input, "a CMS, certificate or CRL").der();
            return switch (Kind.of(der)) {
                case SIGNED_DATA -> {
                    CmsStructure.parse(der);
                    yield new PkiObject.SignedData(der);
                }
                case CERTIFICATE -> new PkiObject.Certificate(Objects.requireNonNull(parseCertificate(der)));
                case CRL -> new PkiObject.RevocationList(Objects.requireNonNull(parseCrl(der)));
                case OTHER_CMS, OTHER, UNREADABLE -> throw wrongKind("a CMS, a certificate or a CRL", der);
            };
        } catch (RuntimeException e) {
            throw unreadable("PkiInput.read", "a CMS, certificate or CRL", e);
        }
    }

    /**
     * The DER encoding of a CMS {@code SignedData}.
     *
     * @throws SignatureFormatException if the bytes are not one (a certificate, a CRL, damaged bytes)
     */
    public static byte[] cms(byte[] input) {
        Objects.requireNonNull(input, "input");
        try {
            byte[] der = Encodings.decode(input, "a CMS signature").der();
            if (Kind.of(der) != Kind.SIGNED_DATA) {
                throw wrongKind("a CMS signature", der);
            }
            CmsStructure.parse(der);
            return der;
        } catch (RuntimeException e) {
            throw unreadable("PkiInput.cms", "the CMS signature", e);
        }
    }

    /**
     * One certificate.
     *
     * @throws SignatureFormatException if the bytes are not a certificate
     */
    public static X509Certificate certificate(byte[] input) {
        Objects.requireNonNull(input, "input");
        try {
            byte[] der = Encodings.decode(input, "a certificate").der();
            X509Certificate certificate = parseCertificate(der);
            if (certificate == null) {
                throw wrongKind("a certificate", der);
            }
            return certificate;
        } catch (RuntimeException e) {
            throw unreadable("PkiInput.certificate", "the certificate", e);
        }
    }

    /**
     * Every certificate: of each PEM block, of a DER or base64 certificate, or carried by a CMS (a
     * {@code .p7b} bundle or a signature).
     *
     * @throws SignatureFormatException if the bytes hold no certificate
     */
    public static List<X509Certificate> certificates(byte[] input) {
        Objects.requireNonNull(input, "input");
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Encodings.Decoded decoded : Encodings.decodeAll(input, "certificates")) {
                byte[] der = decoded.der();
                Kind kind = Kind.of(der);
                if (kind == Kind.SIGNED_DATA) {
                    certificates.addAll(CmsStructure.parse(der).certificates());
                } else if (kind == Kind.CERTIFICATE) {
                    certificates.add(Objects.requireNonNull(parseCertificate(der)));
                } else if (decoded.form() != Encodings.Form.PEM) {
                    throw wrongKind("certificates", der);
                } // else a key or a CRL beside the certificates of a PEM bundle
            }
            if (certificates.isEmpty()) {
                throw new SignatureFormatException(Reason.UNEXPECTED_KIND, "expected certificates, found none");
            }
            return List.copyOf(certificates);
        } catch (RuntimeException e) {
            throw unreadable("PkiInput.certificates", "the certificates", e);
        }
    }

    /**
     * A CRL.
     *
     * @throws SignatureFormatException if the bytes are not a CRL
     */
    public static Crl crl(byte[] input) {
        Objects.requireNonNull(input, "input");
        try {
            byte[] der = Encodings.decode(input, "a CRL").der();
            Crl crl = parseCrl(der);
            if (crl == null) {
                throw wrongKind("a CRL", der);
            }
            return crl;
        } catch (RuntimeException e) {
            throw unreadable("PkiInput.crl", "the CRL", e);
        }
    }

    /**
     * The readers' boundary: an unchecked exception no check foresaw, thrown while reading the bytes, becomes a
     * {@link Reason#MALFORMED} refusal whose cause is the {@link ParserFault} (the exception as thrown its cause); a
     * {@link SignatureFormatException} of a check passes as it is.
     */
    static SignatureFormatException unreadable(String entryPoint, String what, RuntimeException e) {
        ParserFault fault = ParserFault.of(entryPoint, e);
        return new SignatureFormatException(Reason.MALFORMED, fault.describe(what), fault);
    }

    private static SignatureFormatException wrongKind(String expected, byte[] der) {
        Kind kind = Kind.of(der);
        Reason reason = kind == Kind.UNREADABLE || kind == Kind.OTHER ? Reason.MALFORMED : Reason.UNEXPECTED_KIND;
        return new SignatureFormatException(reason, "expected " + expected + ", found " + kind.description);
    }

    /** What a DER structure is. */
    private enum Kind {
        SIGNED_DATA("a CMS signature"),
        OTHER_CMS("a CMS of another type than SignedData"),
        CERTIFICATE("a certificate"),
        CRL("a CRL"),
        OTHER("an ASN.1 structure that is none of a CMS, a certificate or a CRL (damaged?)"),
        UNREADABLE("bytes that are not a readable ASN.1 structure (cut off or damaged)");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        static Kind of(byte[] der) {
            ASN1Primitive primitive;
            try {
                primitive = ASN1Primitive.fromByteArray(der);
            } catch (java.io.IOException | RuntimeException e) {
                return UNREADABLE;
            }
            if (primitive instanceof ASN1Sequence sequence
                    && sequence.size() > 0
                    && sequence.getObjectAt(0) instanceof ASN1ObjectIdentifier type) {
                return SIGNED_DATA_OID.equals(type) ? SIGNED_DATA : OTHER_CMS;
            }
            if (parseCertificate(der) != null) {
                return CERTIFICATE;
            }
            if (parseCrl(der) != null) {
                return CRL;
            }
            return OTHER;
        }
    }

    private static @Nullable X509Certificate parseCertificate(byte[] der) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            return null;
        }
    }

    private static @Nullable Crl parseCrl(byte[] der) {
        try {
            return Crl.parse(der);
        } catch (RuntimeException e) { // RevocationException, or anything Bouncy Castle throws
            return null;
        }
    }
}
