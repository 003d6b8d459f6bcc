package kz.officesud.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the builders of documents filed in a case share: the case number and the filer's summary, besides what every
 * filing has ({@link FilingBuilder}). Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class CaseFilingBuilder<B extends CaseFilingBuilder<B>> extends FilingBuilder<B>
        implements FiledInCase.Builder<B> {
    @Nullable
    CaseNumber caseNumber;

    @Nullable
    String summary;

    CaseFilingBuilder() {}

    /** Copies a filing's case number and summary into this builder. */
    final B inCase(@Nullable CaseNumber caseNumber, @Nullable String summary) {
        this.caseNumber = caseNumber;
        this.summary = summary;
        return self();
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
