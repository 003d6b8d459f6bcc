package kz.officesud.signing.testnca;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import kz.officesud.signing.SigningException;
import kz.officesud.signing.internal.Ocsp;
import kz.officesud.signing.internal.SigningKey;
import kz.officesud.signing.revocation.Crl;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.CertID;
import org.bouncycastle.asn1.ocsp.CertStatus;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPRequest;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponseStatus;
import org.bouncycastle.asn1.ocsp.Request;
import org.bouncycastle.asn1.ocsp.ResponderID;
import org.bouncycastle.asn1.ocsp.ResponseBytes;
import org.bouncycastle.asn1.ocsp.ResponseData;
import org.bouncycastle.asn1.ocsp.RevokedInfo;
import org.bouncycastle.asn1.ocsp.SingleResponse;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * The OCSP part of a {@link TestNca}: a delegated responder (its own key and an OCSPSigning certificate
 * from the intermediate) answering from the same register as the CRLs.
 */
final class OcspResponder {
    private final CertificateAuthority ca;
    private final Revocations revocations;
    private final Clock clock;
    private final SigningKey key;
    private final X509Certificate certificate;

    OcspResponder(CertificateAuthority ca, Revocations revocations, Clock clock) {
        this.ca = ca;
        this.revocations = revocations;
        this.clock = clock;
        CertificateAuthority.ServiceKey service = ca.issueService("OCSP RESPONDER", KeyPurposeId.id_kp_OCSPSigning);
        this.key = service.key();
        this.certificate = service.certificate();
    }

    X509Certificate certificate() {
        return certificate;
    }

    /**
     * A basic response signed by the responder, its certificate included, the nonce echoed, each requested
     * certificate good, revoked (with reason) or unknown (not issued by this CA); {@code malformedRequest}
     * when the request cannot be read.
     */
    byte[] respond(byte[] request) {
        try {
            OCSPRequest ocspRequest;
            try {
                ocspRequest = OCSPRequest.getInstance(ASN1Primitive.fromByteArray(request));
                ocspRequest.getTbsRequest().getRequestList().size();
            } catch (IOException | RuntimeException e) {
                return new OCSPResponse(new OCSPResponseStatus(OCSPResponseStatus.MALFORMED_REQUEST), null)
                        .getEncoded(ASN1Encoding.DER);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            ASN1EncodableVector responses = new ASN1EncodableVector();
            for (ASN1Encodable e : ocspRequest.getTbsRequest().getRequestList()) {
                CertID id = Request.getInstance(e).getReqCert();
                responses.add(new SingleResponse(
                        id,
                        status(id),
                        new ASN1GeneralizedTime(Date.from(now)),
                        new ASN1GeneralizedTime(Date.from(now.plus(Duration.ofHours(1)))),
                        (Extensions) null));
            }
            Extensions extensions =
                    Ocsp.nonceExtension(Ocsp.nonce(ocspRequest.getTbsRequest().getRequestExtensions()));
            ResponseData data = new ResponseData(
                    new ResponderID(X500Name.getInstance(
                            certificate.getSubjectX500Principal().getEncoded())),
                    new ASN1GeneralizedTime(Date.from(now)),
                    new DERSequence(responses),
                    extensions);
            byte[] signature = key.sign(data.getEncoded(ASN1Encoding.DER));
            BasicOCSPResponse basic = new BasicOCSPResponse(
                    data,
                    key.signatureAlgorithm(),
                    new DERBitString(signature),
                    new DERSequence(org.bouncycastle.asn1.x509.Certificate.getInstance(certificate.getEncoded())));
            return new OCSPResponse(
                            new OCSPResponseStatus(OCSPResponseStatus.SUCCESSFUL),
                            new ResponseBytes(
                                    OCSPObjectIdentifiers.id_pkix_ocsp_basic,
                                    new DEROctetString(basic.getEncoded(ASN1Encoding.DER))))
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException | CertificateException e) {
            throw new SigningException("cannot make a test OCSP response", e);
        }
    }

    private CertStatus status(CertID id) {
        BigInteger serial = id.getSerialNumber().getValue();
        if (!Ocsp.matches(id, ca.intermediate(), serial)) {
            return new CertStatus(2, DERNull.INSTANCE);
        }
        Optional<Crl.Entry> entry = revocations.find(serial);
        if (entry.isPresent()) {
            return new CertStatus(new RevokedInfo(
                    new ASN1GeneralizedTime(Date.from(entry.get().revokedAt())),
                    CRLReason.lookup(entry.get().reason().code())));
        }
        return new CertStatus();
    }
}
