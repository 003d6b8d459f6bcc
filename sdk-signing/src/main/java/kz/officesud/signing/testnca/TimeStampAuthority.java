package kz.officesud.signing.testnca;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.SigningException;
import kz.officesud.signing.TsaClient;
import kz.officesud.signing.internal.CmsEncoder;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cmp.PKIStatusInfo;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.tsp.TimeStampReq;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * The time-stamping part of a {@link TestNca}: a TSA with its own key and a timeStamping certificate from
 * the intermediate, answering RFC 3161 requests with tokens in Kalkan's CMS shape.
 */
final class TimeStampAuthority {
    private final CertificateAuthority ca;
    private final Clock clock;
    private final NcaKey key;
    private final AtomicLong serial = new AtomicLong();

    TimeStampAuthority(CertificateAuthority ca, Clock clock) {
        this.ca = ca;
        this.clock = clock;
        this.key = ca.issueService("СЕРВИС МЕТКИ ВРЕМЕНИ", KeyPurposeId.id_kp_timeStamping)
                .asNcaKey("tsa", ca);
    }

    NcaKey key() {
        return key;
    }

    /**
     * A token over the request's imprint under the request's policy (or else the NCA's policy for the
     * generation), the nonce echoed, the time from the clock; {@code badDataFormat} when the request cannot
     * be read.
     */
    byte[] respond(byte[] request) {
        try {
            TimeStampReq req;
            try {
                req = TimeStampReq.getInstance(ASN1Primitive.fromByteArray(request));
                req.getMessageImprint().getHashAlgorithm();
            } catch (IOException | RuntimeException e) {
                return new TimeStampResp(
                                new PKIStatusInfo(
                                        PKIStatus.rejection, null, new PKIFailureInfo(PKIFailureInfo.badDataFormat)),
                                null)
                        .getEncoded(ASN1Encoding.DER);
            }
            ASN1ObjectIdentifier policy = req.getReqPolicy() != null
                    ? req.getReqPolicy()
                    : new ASN1ObjectIdentifier(TsaClient.ncaPolicy(ca.algorithm()));
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            TSTInfo info = new TSTInfo(
                    policy,
                    req.getMessageImprint(),
                    new ASN1Integer(serial.incrementAndGet()),
                    new ASN1GeneralizedTime(Date.from(now)),
                    null,
                    ASN1Boolean.FALSE,
                    req.getNonce(),
                    null,
                    null);
            byte[] token = CmsEncoder.signContent(
                    key, PKCSObjectIdentifiers.id_ct_TSTInfo, info.getEncoded(ASN1Encoding.DER), now);
            return new TimeStampResp(
                            new PKIStatusInfo(PKIStatus.granted),
                            ContentInfo.getInstance(ASN1Primitive.fromByteArray(token)))
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new SigningException("cannot make a test timestamp", e);
        }
    }
}
