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
        ASN1Encodable id = sid.getId();
        if (id instanceof ASN1OctetString keyId) {
            for (X509Certificate c : certificates) {
                byte[] ski = subjectKeyId(c);
                if (ski != null && Arrays.equals(ski, keyId.getOctets())) {
                    return c;
                }
            }
            return null;
        }
        IssuerAndSerialNumber issuerAndSerial = IssuerAndSerialNumber.getInstance(id);
        X500Name issuer = issuerAndSerial.getName();
        BigInteger serial = issuerAndSerial.getSerialNumber().getValue();
        for (X509Certificate c : certificates) {
            if (c.getSerialNumber().equals(serial)
                    && X500Name.getInstance(c.getIssuerX500Principal().getEncoded())
                            .equals(issuer)) {
                return c;
            }
        }
        return null;
    }

    /** How {@code sid} names its certificate, readably: {@code issuer …, serial …} or {@code key id …}. */
    public static String describe(SignerIdentifier sid) {
        ASN1Encodable id = sid.getId();
        if (id instanceof ASN1OctetString keyId) {
            return "subject key identifier " + HexFormat.of().formatHex(keyId.getOctets());
        }
        IssuerAndSerialNumber issuerAndSerial = IssuerAndSerialNumber.getInstance(id);
        return "serial " + issuerAndSerial.getSerialNumber().getPositiveValue().toString(16) + " of "
                + Names.of(issuerAndSerial.getName());
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
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
