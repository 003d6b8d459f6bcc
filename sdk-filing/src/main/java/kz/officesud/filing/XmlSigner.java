package kz.officesud.filing;

import java.util.Objects;
import kz.officesud.signing.NcaSigner;
import kz.officesud.signing.XmlDsig;

/**
 * Something that signs an XML document as an enveloped XMLDSig, wherever the key is — what NCALayer's {@code signXml}
 * returns, and what the live cabinet's pages ask for: a key file in this process ({@link #of(NcaSigner)}), NCALayer on
 * the user's machine ({@code NcaLayer.xmlSigner}), a signing service. The court office needs nothing else to log in by
 * ЭЦП the live cabinet's way ({@link CourtOffice#loginSigningXml(XmlSigner)}) or to sign a filing's XML ({@link
 * CourtSession#fileSigningXml}).
 */
@FunctionalInterface
public interface XmlSigner {

    /** The XML with an enveloped {@code ds:Signature} added to its document element (UTF-8). */
    byte[] signXml(byte[] xml);

    /** Signs with a key held in this process. */
    static XmlSigner of(NcaSigner signer) {
        Objects.requireNonNull(signer, "signer");
        return xml -> XmlDsig.signEnveloped(signer, xml);
    }
}
