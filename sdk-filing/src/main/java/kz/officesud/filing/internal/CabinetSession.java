package kz.officesud.filing.internal;

import java.util.List;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Talon;
import kz.officesud.filing.CaseSummary;
import kz.officesud.filing.RegisteredUser;
import kz.officesud.filing.XmlSigner;

/** A session logged in through a {@link Cabinet}: what {@code CourtSession} delegates to. */
public interface CabinetSession {
    RegisteredUser user();

    /** Files a filing already checked locally, its XML to sign signed by {@code signer}. */
    Talon file(Filing filing, XmlSigner signer);

    /** «Мои дела». */
    List<CaseSummary> myCases();

    void logOut();
}
