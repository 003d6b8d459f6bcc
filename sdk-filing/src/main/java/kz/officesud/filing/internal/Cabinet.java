package kz.officesud.filing.internal;

import kz.officesud.filing.XmlSigner;

/**
 * A court office reached through its web pages rather than its HTTP API (the live cabinet): how {@code CourtOffice}
 * logs in when it is built with {@code liveCabinet(...)}.
 */
public interface Cabinet {
    /** Logs in by IIN/BIN and password. */
    CabinetSession logIn(String login, char[] password);

    /** Logs in by ЭЦП: the page's XML signed as an enveloped XMLDSig. */
    CabinetSession logIn(XmlSigner signer);
}
