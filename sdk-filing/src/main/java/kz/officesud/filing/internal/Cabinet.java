package kz.officesud.filing.internal;

import java.time.LocalDate;
import java.util.List;
import kz.officesud.casesearch.CaseSearch;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.wire.HearingView;
import kz.officesud.core.wire.LegitimacyVerdict;
import kz.officesud.filing.XmlSigner;
import org.jspecify.annotations.Nullable;

/**
 * A court office reached through its web pages rather than its HTTP API (the live cabinet): how {@code CourtOffice}
 * logs in and reads the public pages when it is built with {@code liveCabinet(...)}.
 */
public interface Cabinet {
    /** Logs in by IIN/BIN and password. */
    CabinetSession logIn(String login, char[] password);

    /** Logs in by ЭЦП: the page's XML signed as an enveloped XMLDSig. */
    CabinetSession logIn(XmlSigner signer);

    /** «Проверка законности судебного акта», and whether a file of SHA-256 {@code sha256} is the act. */
    LegitimacyVerdict checkLegitimacy(String actId, @Nullable Sha256 sha256);

    /** «График судебных заседаний» of a court on a day. */
    List<HearingView> hearings(Court court, LocalDate date);

    /** The court directory as the cabinet publishes it. */
    Courts courtDirectory();

    /** «Поиск судебного дела», its CAPTCHA handed to the caller. */
    CaseSearch caseSearch();
}
