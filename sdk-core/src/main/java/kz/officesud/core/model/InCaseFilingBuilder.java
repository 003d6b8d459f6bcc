package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the builders of documents filed in a case share: the case number and the filer's summary, besides what every
 * filing has ({@link FilingBuilder}). Not thread-safe.
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

    /** What the filer asks or states, in a few words (the document itself says it in full). */
    public B summary(String summary) {
        this.summary = Objects.requireNonNull(summary, "summary");
        return self();
    }
}
