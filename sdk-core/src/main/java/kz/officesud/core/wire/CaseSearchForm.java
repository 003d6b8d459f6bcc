package kz.officesud.core.wire;

import kz.officesud.core.model.Region;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /case-searches}: the cabinet's case search («Поиск судебного дела»). Every criterion is optional; at least
 * one of {@code caseNumber}, {@code participantId} and {@code participantName} is required, and the court answers the
 * cases that match all the criteria given. The search is public and throttled: past the court's allowance an address
 * must answer a challenge ({@link SearchChallenge}), sent back here with its answer.
 *
 * @param region the region of the court
 * @param courtCode the court's 4-digit code
 * @param year the registration year, e.g. 2026
 * @param participantId the IIN or BIN of a participant, 12 digits
 * @param caseNumber the case number, e.g. {@code 7517-26-00-2/123}
 * @param participantName a participant's full name or a part of it (at least 3 letters), case-insensitive
 * @param archived true: archived (finished) cases only; false: current cases only; absent: both
 * @param challengeId the challenge answered, when the court asked for one
 * @param challengeAnswer what the user read in the challenge
 */
public record CaseSearchForm(
        @Nullable Region region,
        @Nullable String courtCode,
        @Nullable Integer year,
        @Nullable String participantId,
        @Nullable String caseNumber,
        @Nullable String participantName,
        @Nullable Boolean archived,
        @Nullable String challengeId,
        @Nullable String challengeAnswer) {}
