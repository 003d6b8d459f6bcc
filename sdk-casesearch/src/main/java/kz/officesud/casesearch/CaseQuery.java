package kz.officesud.casesearch;

import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.Region;
import kz.officesud.core.wire.CaseSearchForm;
import org.jspecify.annotations.Nullable;

/**
 * The criteria of the cabinet's case search: region, court, registration year, a participant's IIN or BIN, the case
 * number, a participant's name, archived or current. Start from {@link #caseNumber}, {@link #participant} or {@link
 * #participantName} (one of them is required) and narrow with the {@code in…}/{@code registeredIn}/{@code archived}
 * methods. Immutable.
 */
public record CaseQuery(
        @Nullable Region region,
        @Nullable String courtCode,
        @Nullable Integer year,
        @Nullable String participantId,
        @Nullable String caseNumber,
        @Nullable String participantName,
        @Nullable Boolean archived) {

    /** The case with this number. */
    public static CaseQuery caseNumber(CaseNumber number) {
        return new CaseQuery(null, null, null, null, number.format(), null, null);
    }

    /** The cases in which the person or organisation with this IIN or BIN (12 digits) takes part. */
    public static CaseQuery participant(String iinOrBin) {
        return new CaseQuery(null, null, null, iinOrBin, null, null, null);
    }

    /** The cases of a participant whose name contains {@code name} (at least 3 letters), case-insensitive. */
    public static CaseQuery participantName(String name) {
        return new CaseQuery(null, null, null, null, null, name, null);
    }

    public CaseQuery inRegion(Region region) {
        return new CaseQuery(region, courtCode, year, participantId, caseNumber, participantName, archived);
    }

    /** Cases of the court with this 4-digit code. */
    public CaseQuery inCourt(String courtCode) {
        return new CaseQuery(region, courtCode, year, participantId, caseNumber, participantName, archived);
    }

    public CaseQuery registeredIn(int year) {
        return new CaseQuery(region, courtCode, year, participantId, caseNumber, participantName, archived);
    }

    /** Archived (finished) cases only ({@code true}) or current ones only ({@code false}). */
    public CaseQuery archived(boolean archived) {
        return new CaseQuery(region, courtCode, year, participantId, caseNumber, participantName, archived);
    }

    CaseSearchForm form(@Nullable ChallengeAnswer answer) {
        return new CaseSearchForm(
                region,
                courtCode,
                year,
                participantId,
                caseNumber,
                participantName,
                archived,
                answer == null ? null : answer.challengeId(),
                answer == null ? null : answer.text());
    }
}
