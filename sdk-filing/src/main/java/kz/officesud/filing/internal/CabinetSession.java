package kz.officesud.filing.internal;

import java.nio.file.Path;
import java.util.List;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.Talon;
import kz.officesud.core.wire.JudicialActEntry;
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

    /** «Судебные акты»: the account's judicial acts, the last issued first. */
    List<JudicialActEntry> judicialActs();

    /** Downloads an act's file to {@code target}, checked on the way to be the size and SHA-256 {@code act} lists. */
    Path downloadAct(FilingId filingId, JudicialAct act, Path target);

    void logOut();
}
