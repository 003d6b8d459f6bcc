package kz.officesud.signing.internal;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.jspecify.annotations.Nullable;

/** A CMS signer's identifier (issuer and serial number, or subject key identifier) and the certificate it names. */
public final class SignerIds {
    private SignerIds() {}

    /** The certificate among {@code certificates} that {@code sid} names, or null. */
    public static @Nullable X509Certificate find(SignerIdentifier sid, List<X509Certificate> certificates) {
        ASN1Encodable id = id(sid);
        if (id == null) {
            return null; // an identifier Bouncy Castle cannot read names no certificate
        }
        if (id instanceof ASN1OctetString keyId) {
            for (X509Certificate c : certificates) {
                byte[] ski = subjectKeyId(c);
                if (ski != null && Arrays.equals(ski, keyId.getOctets())) {
                    return c;
                }
            }
            return null;
        }
        X500Name issuer;
        BigInteger serial;
        try {
            IssuerAndSerialNumber issuerAndSerial = IssuerAndSerialNumber.getInstance(id);
            issuer = issuerAndSerial.getName();
            serial = issuerAndSerial.getSerialNumber().getValue();
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException unreadable) {
            return null; // an identifier Bouncy Castle cannot read names no certificate
        }
        for (X509Certificate c : certificates) {
            if (c.getSerialNumber().equals(serial) && issuer.equals(issuerName(c))) {
                return c;
            }
        }
        return null;
    }

    /** How {@code sid} names its certificate, readably: {@code issuer …, serial …} or {@code key id …}. */
    public static String describe(SignerIdentifier sid) {
        ASN1Encodable id = id(sid);
        if (id == null) {
            return "an identifier that cannot be read";
        }
        if (id instanceof ASN1OctetString keyId) {
            return "subject key identifier " + HexFormat.of().formatHex(keyId.getOctets());
        }
        try {
            IssuerAndSerialNumber issuerAndSerial = IssuerAndSerialNumber.getInstance(id);
            return "serial "
                    + issuerAndSerial.getSerialNumber().getPositiveValue().toString(16) + " of "
                    + Names.of(issuerAndSerial.getName());
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException unreadable) {
            return "an issuer and serial number that cannot be read";
        }
    }

    /**
     * The identifier inside {@code sid}, or null when Bouncy Castle cannot read it: a tag of another class than
     * context-specific, or an implicit one where an explicit one belongs, throws {@code IllegalStateException}.
     */
    private static @Nullable ASN1Encodable id(SignerIdentifier sid) {
        try {
            return sid.getId();
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException unreadable) {
            return null;
        }
    }

    /** The certificate's issuer as Bouncy Castle reads it, or null when it cannot (then it matches no identifier). */
    private static @Nullable X500Name issuerName(X509Certificate certificate) {
        try {
            return X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException unreadable) {
            return null;
        }
    }

    /** The subject key identifier extension's value, or null. */
    public static byte @Nullable [] subjectKeyId(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (value == null) {
            return null;
        }
        try {
            return ASN1OctetString.getInstance(
                            ASN1OctetString.getInstance(value).getOctets())
                    .getOctets();
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
            return null;
        }
    }
}
