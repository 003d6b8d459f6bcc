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
 * wrong, never a Bouncy Castle or JDK exception. Stateless and thread-safe.
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
    private static final ASN1ObjectIdentifier SIGNED_DATA = new ASN1ObjectIdentifier("1.2.840.113549.1.7.2");

    private PkiInput() {}

    /**
     * A CMS signature, a certificate or a CRL, whichever the bytes hold (the first PEM block, if several).
     *
     * @throws SignatureFormatException if they hold none of them
     */
    public static PkiObject read(byte[] input) {
        Objects.requireNonNull(input, "input");
        Encodings.Decoded decoded = Encodings.decode(input, "a CMS, certificate or CRL");
        return classify(decoded.der());
    }

    /**
     * The DER encoding of a CMS {@code SignedData}.
     *
     * @throws SignatureFormatException if the bytes are not one (a certificate, a CRL, damaged bytes)
     */
    public static byte[] cms(byte[] input) {
        Objects.requireNonNull(input, "input");
        byte[] der = Encodings.decode(input, "a CMS signature").der();
        if (!contentInfo(der)) {
            throw new SignatureFormatException(
                    Reason.UNEXPECTED_KIND, "expected a CMS signature, found " + describe(der));
        }
        CmsStructure.parse(der);
        return der;
    }

    /**
     * One certificate.
     *
     * @throws SignatureFormatException if the bytes are not a certificate
     */
    public static X509Certificate certificate(byte[] input) {
        Objects.requireNonNull(input, "input");
        byte[] der = Encodings.decode(input, "a certificate").der();
        X509Certificate certificate = parseCertificate(der);
        if (certificate == null) {
            throw new SignatureFormatException(
                    contentInfo(der) || parseCrl(der) != null ? Reason.UNEXPECTED_KIND : Reason.MALFORMED,
                    "expected a certificate, found " + describe(der));
        }
        return certificate;
    }

    /**
     * Every certificate: of each PEM block, of a DER or base64 certificate, or carried by a CMS (a
     * {@code .p7b} bundle or a signature).
     *
     * @throws SignatureFormatException if the bytes hold no certificate
     */
    public static List<X509Certificate> certificates(byte[] input) {
        Objects.requireNonNull(input, "input");
        List<X509Certificate> certificates = new ArrayList<>();
        for (Encodings.Decoded decoded : Encodings.decodeAll(input, "certificates")) {
            byte[] der = decoded.der();
            if (contentInfo(der)) {
                certificates.addAll(CmsStructure.parse(der).certificates());
                continue;
            }
            X509Certificate certificate = parseCertificate(der);
            if (certificate == null) {
                if (decoded.form() == Encodings.Form.PEM) {
                    continue; // a key or a CRL beside the certificates of a bundle
                }
                throw new SignatureFormatException(
                        parseCrl(der) != null ? Reason.UNEXPECTED_KIND : Reason.MALFORMED,
                        "expected certificates, found " + describe(der));
            }
            certificates.add(certificate);
        }
        if (certificates.isEmpty()) {
            throw new SignatureFormatException(Reason.UNEXPECTED_KIND, "expected certificates, found none");
        }
        return List.copyOf(certificates);
    }

    /**
     * A CRL.
     *
     * @throws SignatureFormatException if the bytes are not a CRL
     */
    public static Crl crl(byte[] input) {
        Objects.requireNonNull(input, "input");
        byte[] der = Encodings.decode(input, "a CRL").der();
        Crl crl = parseCrl(der);
        if (crl == null) {
            throw new SignatureFormatException(
                    contentInfo(der) || parseCertificate(der) != null ? Reason.UNEXPECTED_KIND : Reason.MALFORMED,
                    "expected a CRL, found " + describe(der));
        }
        return crl;
    }

    private static PkiObject classify(byte[] der) {
        if (contentInfo(der)) {
            CmsStructure.parse(der);
            return new PkiObject.SignedData(der);
        }
        X509Certificate certificate = parseCertificate(der);
        if (certificate != null) {
            return new PkiObject.Certificate(certificate);
        }
        Crl crl = parseCrl(der);
        if (crl != null) {
            return new PkiObject.RevocationList(crl);
        }
        throw new SignatureFormatException(Reason.MALFORMED, "neither a CMS, nor a certificate, nor a CRL");
    }

    /** Whether the DER is a ContentInfo (a SEQUENCE that starts with an OID). */
    private static boolean contentInfo(byte[] der) {
        try {
            return ASN1Primitive.fromByteArray(der) instanceof ASN1Sequence sequence
                    && sequence.size() > 0
                    && sequence.getObjectAt(0) instanceof ASN1ObjectIdentifier;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static String describe(byte[] der) {
        if (contentInfo(der)) {
            try {
                ASN1Sequence sequence = (ASN1Sequence) ASN1Primitive.fromByteArray(der);
                return SIGNED_DATA.equals(sequence.getObjectAt(0)) ? "a CMS signature" : "a CMS of another type";
            } catch (java.io.IOException | RuntimeException e) {
                return "a damaged CMS";
            }
        }
        if (parseCertificate(der) != null) {
            return "a certificate";
        }
        if (parseCrl(der) != null) {
            return "a CRL";
        }
        return "bytes that are none of a CMS, a certificate or a CRL";
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
