package kz.officesud.examples;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import kz.officesud.casesearch.CaseQuery;
import kz.officesud.casesearch.CaseSearchClient;
import kz.officesud.casesearch.ChallengeAnswer;
import kz.officesud.casesearch.SearchChallengeException;
import kz.officesud.core.wire.CaseDocumentView;
import kz.officesud.core.wire.CaseSummary;
import kz.officesud.core.wire.CaseTimelineEntry;
import kz.officesud.core.wire.ObservedCaseView;
import kz.officesud.core.wire.SearchChallenge;

/**
 * Following a case from outside the court, compiled (the README shows this code; a test runs it against the reference
 * court): the public case search finds the participant's cases — a person answers the court's challenge when it asks
 * for one — and observation (ЭНП) by IIN and the access password from the court's card prints the case's course and
 * downloads the acts the participant may see into {@code documents}.
 */
public final class CaseTimeline {
    private CaseTimeline() {}

    public static ObservedCaseView findAndFollow(
            URI courtOffice,
            String iin,
            char[] password,
            Function<SearchChallenge, String> askTheUser,
            Path documents) {
        // README:BEGIN
        try (CaseSearchClient cases = CaseSearchClient.builder()
                .baseUrl(courtOffice) // https://office.sud.kz
                .locale(Locale.forLanguageTag("ru"))
                .build()) {
            CaseQuery query = CaseQuery.participant(iin).registeredIn(2026);
            List<CaseSummary> found;
            try {
                found = cases.search(query);
            } catch (SearchChallengeException busy) { // the court wants a person: show the picture, never solve it
                SearchChallenge challenge = busy.challenge();
                found = cases.search(query, ChallengeAnswer.of(challenge, askTheUser.apply(challenge)));
            }
            for (CaseSummary c : found) {
                System.out.println(c.caseNumber() + "  " + c.courtName() + "  " + c.registeredOn());
            }

            ObservedCaseView observed = cases.observe(iin, password); // the password on the court's card
            for (CaseTimelineEntry step : observed.timeline()) { // oldest first, across every instance
                System.out.println(step.at() + "  " + step.instance() + "  " + step.kind() + "  " + step.text());
            }
            for (CaseDocumentView act : observed.documents()) { // what this participant may see, oldest first
                cases.download(observed, act, documents.resolve(act.fileName())); // streamed, checked
            }
            return observed;
        }
        // README:END
    }
}
