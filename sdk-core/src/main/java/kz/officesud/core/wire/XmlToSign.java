package kz.officesud.core.wire;

import java.time.Instant;
import java.util.Objects;

/**
 * What the court prepares for a signature by XML (as the live cabinet's {@code xmlToSign} page does): {@code POST
 * /filings/xml} answers the XML of a filing (its talon id in {@code <f1>}, the form's fields, each document's name,
 * size and SHA-256), and {@code POST /auth/challenges} the XML of a log-in. The key signs it as an enveloped XMLDSig
 * (NCALayer's {@code signXml}), and the signed XML is sent back.
 *
 * @param signingId the id of what is to be signed: the talon id the filing will carry, or the challenge's id
 * @param xml the XML to sign, UTF-8, base64
 * @param expiresAt when the court stops accepting it signed
 */
public record XmlToSign(String signingId, String xml, Instant expiresAt) {
    public XmlToSign {
        Objects.requireNonNull(signingId, "signingId");
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
