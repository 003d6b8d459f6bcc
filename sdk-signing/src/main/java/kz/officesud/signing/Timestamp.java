package kz.officesud.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.signing.SignatureFormatException.Reason;
import kz.officesud.signing.internal.CmsStructure;
import kz.officesud.signing.internal.Encodings;
import kz.officesud.signing.internal.SignerIds;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.GeneralName;

/**
 * An RFC 3161 timestamp token as a TSA returns it (a CMS SignedData around a {@code TSTInfo}), read but
 * not yet verified: verify with {@link CmsVerifier#verifyTimestamp(byte[], byte[])}.
 *
 * @param time when the TSA says the imprint existed ({@code genTime})
 * @param policy the TSA policy OID (NCA: {@code 1.2.398.3.3.2.6.4} GOST-2015, {@code .6.2} RSA, {@code .6.1} GOST-2004)
 * @param serialNumber the token's serial number, read as an unsigned number (TSAs that write 20 random bytes
 *     set the top bit without the leading zero DER asks for)
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
     * Reads a token: DER, or base64 or PEM text.
     *
     * @throws SignatureFormatException if it is not a CMS SignedData carrying a TSTInfo
     */
    public static Timestamp parse(byte[] token) {
        Objects.requireNonNull(token, "token");
        try {
            byte[] der = Encodings.decode(token, "a timestamp token").der();
            Timestamp timestamp = read(der);
            // what was read answers every question, or the token is refused here
            timestamp.tsaName();
            timestamp.tsaCertificate();
            return timestamp;
        } catch (RuntimeException e) {
            throw PkiInput.unreadable("Timestamp.parse", "the timestamp token", e);
        }
    }

    private static Timestamp read(byte[] der) {
        TSTInfo info = tstInfo(der);
        try {
            return new Timestamp(
                    info.getGenTime().getDate().toInstant(),
                    info.getPolicy().getId(),
                    info.getSerialNumber().getPositiveValue(),
                    info.getMessageImprint().getHashAlgorithm().getAlgorithm().getId(),
                    info.getMessageImprint().getHashedMessage(),
                    der);
        } catch (java.text.ParseException | RuntimeException e) {
            throw new SignatureFormatException(Reason.MALFORMED, "the timestamp token's TSTInfo cannot be read", e);
        }
    }

    /** The TSTInfo of a DER token. */
    static TSTInfo tstInfo(byte[] der) {
        CmsStructure cms = CmsStructure.parse(der);
        if (!PKCSObjectIdentifiers.id_ct_TSTInfo.equals(cms.contentType()) || cms.content() == null) {
            throw new SignatureFormatException(
                    Reason.UNEXPECTED_KIND, "a CMS, but not a timestamp token: it carries no TSTInfo");
        }
        try {
            return TSTInfo.getInstance(ASN1Primitive.fromByteArray(cms.content()));
        } catch (IOException | RuntimeException e) {
            throw new SignatureFormatException(Reason.MALFORMED, "the timestamp token's TSTInfo cannot be read", e);
        }
    }

    /**
     * The TSA's name as the token states it (the optional {@code tsa} field; a directory name is written
     * readably), if it does.
     */
    public Optional<String> tsaName() {
        GeneralName tsa = tstInfo(token).getTsa();
        if (tsa == null) {
            return Optional.empty();
        }
        if (tsa.getTagNo() == GeneralName.directoryName) {
            return Optional.of(BCStyle.INSTANCE.toString(X500Name.getInstance(tsa.getName())));
        }
        return Optional.of(tsa.getName().toString());
    }

    /** The certificate of the TSA that signed the token, if the token carries it (TSAs asked with certReq do). */
    public Optional<X509Certificate> tsaCertificate() {
        CmsStructure cms = CmsStructure.parse(token);
        if (cms.signers().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(SignerIds.find(cms.signers().get(0).getSID(), cms.certificates()));
    }

    /** The serial number in lower-case hex, unsigned. */
    public String serialHex() {
        return serialNumber.toString(16);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timestamp t && Arrays.equals(token, t.token);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(token);
    }

    @Override
    public String toString() {
        return "Timestamp[" + time + ", policy " + policy + ", serial " + serialHex() + ", imprint "
                + HexFormat.of().formatHex(imprint) + "]";
    }
}
