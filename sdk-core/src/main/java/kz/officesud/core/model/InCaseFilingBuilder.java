package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the builders of filings in an existing case share besides {@link FilingBuilder}'s parts: the case's number
 * and what the filer asks, as text. Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class InCaseFilingBuilder<B extends InCaseFilingBuilder<B>> extends FilingBuilder<B>
        implements FiledInCase.Builder<B> {
    @Nullable
    CaseNumber caseNumber;

    @Nullable
    String summary;

    InCaseFilingBuilder() {}

    /** Copies the parts of a filing in a case into this builder. */
    final B from(
            @Nullable Court court,
            @Nullable CaseNumber caseNumber,
            List<Participant> participants,
            @Nullable String summary,
            @Nullable Attachment statement,
            List<Attachment> annexes,
            List<Attachment> powersOfAttorney) {
        this.caseNumber = caseNumber;
        this.summary = summary;
        return from(court, participants, statement, annexes, powersOfAttorney);
    }

    @Override
    public B caseNumber(CaseNumber caseNumber) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        return self();
    }

    /** The case number written as the court writes it ({@code 7594-26-00-2/123}), parsed now. */
    public B caseNumber(String caseNumber) {
        return caseNumber(CaseNumber.parse(Objects.requireNonNull(caseNumber, "caseNumber")));
    }

    /** What the filer asks, as text (the form's short content). */
    public B summary(String summary) {
        this.summary = Objects.requireNonNull(summary, "summary");
        return self();
    }
}
