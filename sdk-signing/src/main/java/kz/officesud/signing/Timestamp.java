package kz.officesud.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.TSTInfo;

/**
 * An RFC 3161 timestamp token as a TSA returns it (a CMS SignedData around a {@code TSTInfo}), read but
 * not yet verified: verify with {@link CmsVerifier#verifyTimestamp(byte[], byte[])}.
 *
 * @param time when the TSA says the imprint existed ({@code genTime})
 * @param policy the TSA policy OID (NCA: {@code 1.2.398.3.3.2.6.4} GOST-2015, {@code .6.2} RSA, {@code .6.1} GOST-2004)
 * @param digestOid the OID of the digest in the message imprint
 * @param imprint the digest the TSA stamped
 * @param token the DER token
 */
public record Timestamp(
        Instant time, String policy, BigInteger serialNumber, String digestOid, byte[] imprint, byte[] token) {

    public Timestamp {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(digestOid, "digestOid");
        imprint = imprint.clone();
        token = token.clone();
    }

    @Override
    public byte[] imprint() {
        return imprint.clone();
    }

    @Override
    public byte[] token() {
        return token.clone();
    }

    /**
     * Reads a token.
     *
     * @throws RevocationException if it is not a CMS SignedData carrying a TSTInfo
     */
    public static Timestamp parse(byte[] token) {
        Objects.requireNonNull(token, "token");
        try {
            TSTInfo info = tstInfo(token);
            return new Timestamp(
                    info.getGenTime().getDate().toInstant(),
                    info.getPolicy().getId(),
                    info.getSerialNumber().getValue(),
                    info.getMessageImprint().getHashAlgorithm().getAlgorithm().getId(),
                    info.getMessageImprint().getHashedMessage(),
                    token);
        } catch (IOException | java.text.ParseException | RuntimeException e) {
            throw new RevocationException("not a readable timestamp token", e);
        }
    }

    static TSTInfo tstInfo(byte[] token) throws IOException {
        ContentInfo info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(token));
        SignedData signedData = SignedData.getInstance(info.getContent());
        ContentInfo encapsulated = signedData.getEncapContentInfo();
        if (!PKCSObjectIdentifiers.id_ct_TSTInfo.equals(encapsulated.getContentType())) {
            throw new IOException("the token does not carry a TSTInfo");
        }
        ASN1Encodable content = encapsulated.getContent();
        return TSTInfo.getInstance(
                ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(content).getOctets()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timestamp t && java.util.Arrays.equals(token, t.token);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(token);
    }

    @Override
    public String toString() {
        return "Timestamp[" + time + ", policy " + policy + ", serial " + serialNumber.toString(16) + ", imprint "
                + HexFormat.of().formatHex(imprint) + "]";
    }
}
