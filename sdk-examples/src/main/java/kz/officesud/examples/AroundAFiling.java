package kz.officesud.examples;

import java.nio.file.Path;
import java.util.List;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Talon;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.core.wire.DraftView;
import kz.officesud.core.wire.FilingPolicy;
import kz.officesud.core.wire.JudicialActEntry;
import kz.officesud.core.wire.LegitimacyVerdict;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.signing.NcaSigner;

/**
 * The cabinet's services around a filing, compiled and run by the tests against the reference court: the court's
 * policy, a dry run at the court, a draft kept by the court and resumed, the filing, and later its judicial acts
 * downloaded and checked. The documents are looked up in {@code documents} by their file names.
 */
public final class AroundAFiling {
    private AroundAFiling() {}

    /** Files {@code claim} the careful way; the talon. */
    public static Talon fileCarefully(
            CourtOffice office, CourtSession session, Filing claim, NcaSigner key, Path documents) {
        // README:BEGIN
        FilingPolicy policy = office.policy(CourtService.CLAIM); // formats, size, layout, required fields, fee
        System.out.println(policy.formats().size() + " formats, at most " + policy.maxFileSize() + " bytes a file");

        ValidationReport atCourt = session.dryRun(claim); // the court's checks, every violation at once, nothing filed
        atCourt.orThrow();

        DraftView draft = session.drafts().save(claim); // «Ожидает отправки», kept by the court
        Filing resumed = session.drafts()
                .get(draft.draftId())
                .filing() // later, perhaps in another process
                .withDocuments(a -> a.withContent(ContentSource.ofPath(documents.resolve(a.fileName()))));
        Talon talon = session.file(resumed, key);
        session.drafts().delete(draft.draftId());
        return talon;
        // README:END
    }

    /** Downloads every judicial act of the account into {@code folder} and checks each with the public check. */
    public static List<LegitimacyVerdict> downloadActs(CourtOffice office, CourtSession session, Path folder) {
        List<JudicialActEntry> acts = session.judicialActs().list(); // «Судебные акты», the last issued first
        return acts.stream()
                .map(entry -> {
                    // streamed to the file, never whole in memory; size and SHA-256 checked
                    Path file = session.judicialActs()
                            .download(entry, folder.resolve(entry.act().fileName()));
                    return office.checkLegitimacy(entry.act().actId(), file); // «Проверка законности судебного акта»
                })
                .toList();
    }
}
