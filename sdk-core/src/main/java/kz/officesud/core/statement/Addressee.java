package kz.officesud.core.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;

/**
 * Ground 4 of the 2018 rules on filing electronic documents (§24: «документ не адресован данному суду»), as far as a
 * rule can decide it from what the filing says:
 *
 * <ul>
 *   <li>a document filed into an existing case of a court — the documents of a case, remarks on the hearing record, a
 *       copy of it, setting aside a default judgment, cancelling a court order — names a case number whose court code
 *       (its first four digits) is not the addressed court's;
 *   <li>the statement's heading names another court of the directory in full (its addressee line, «В … суд …»), and
 *       not the addressed one.
 * </ul>
 *
 * Anything else is left to the clerk. Court names are compared by word stems (first five letters), so «В
 * Специализированный межрайонный административный суд города Алматы» names that court.
 */
public final class Addressee {
    /** The services whose documents go into an existing case at the court that has it. */
    public static final Set<CourtService> INTO_A_CASE_OF_THIS_COURT = Set.of(
            CourtService.RESPONSE,
            CourtService.COUNTERCLAIM,
            CourtService.MOTION,
            CourtService.SECURE_CLAIM,
            CourtService.REMARKS_ON_RECORD,
            CourtService.COPIES_OF_JUDICIAL_ACTS,
            CourtService.RESTORE_MISSED_DEADLINE,
            CourtService.DUPLICATE_WRIT_OF_EXECUTION,
            CourtService.WRIT_TO_JUSTICE_BODIES,
            CourtService.REPEATED_COPIES_OF_JUDICIAL_ACTS,
            CourtService.HEARING_RECORD_COPY_REQUEST,
            CourtService.SET_ASIDE_DEFAULT_JUDGMENT,
            CourtService.CANCEL_COURT_ORDER);

    private Addressee() {}

    /**
     * Why the filing is not addressed to {@code court}; empty when nothing shows that.
     *
     * @param court the court the filing is sent to
     * @param service the section chosen
     * @param caseNumber the case number of the form, when the service has one
     * @param statement the statement's text, when it could be read
     * @param directory the courts whose names the heading is compared with
     */
    public static Optional<String> notAddressedTo(
            Court court,
            CourtService service,
            @org.jspecify.annotations.Nullable CaseNumber caseNumber,
            @org.jspecify.annotations.Nullable StatementText statement,
            Courts directory) {
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(directory, "directory");
        if (INTO_A_CASE_OF_THIS_COURT.contains(service)) {
            List<CaseNumber> numbers = new ArrayList<>();
            if (caseNumber != null) {
                numbers.add(caseNumber);
            }
            if (statement != null) {
                numbers.addAll(statement.headingCaseNumbers());
            }
            for (CaseNumber number : numbers) {
                if (!number.courtCode().equals(court.code())) {
                    return Optional.of("case " + number.format() + " is a case of court " + number.courtCode()
                            + ", not of " + court.code());
                }
            }
        }
        if (statement == null) {
            return Optional.empty();
        }
        for (String line : statement.heading()) {
            Set<String> words = AnnexCheck.stems(line);
            if (!words.contains("суд") && !line.toLowerCase(Locale.ROOT).contains("сот")) {
                continue;
            }
            // the court the line names most fully: «…административный суд области Абай» names that court, not
            // «Суд области Абай», whose words it also holds
            int addressed = named(words, court);
            Court best = null;
            int bestWords = 0;
            for (Court other : directory.all()) {
                int n = named(words, other);
                if (n > bestWords) {
                    best = other;
                    bestWords = n;
                }
            }
            if (best == null) {
                continue;
            }
            if (addressed >= bestWords) {
                return Optional.empty();
            }
            return Optional.of("the statement is addressed to " + best.code() + " " + best.nameRu() + ", not to "
                    + court.code() + " " + court.nameRu());
        }
        return Optional.empty();
    }

    /** How many words of the court's name the line holds, when it holds them all (0 when it does not). */
    private static int named(Set<String> line, Court court) {
        int best = 0;
        for (String name : new String[] {court.nameRu(), court.nameKk()}) {
            if (name == null) {
                continue;
            }
            Set<String> words = AnnexCheck.stems(name);
            if (!words.isEmpty() && line.containsAll(words)) {
                best = Math.max(best, words.size());
            }
        }
        return best;
    }
}
