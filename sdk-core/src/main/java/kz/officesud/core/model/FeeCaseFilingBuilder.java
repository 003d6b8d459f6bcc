package kz.officesud.core.model;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The builders of documents filed in a case that bear the state fee ({@link TakesStateFee}): the case's parts and the
 * state-fee step. Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class FeeCaseFilingBuilder<B extends FeeCaseFilingBuilder<B>> extends CaseFilingBuilder<B> {
    @Nullable
    StateFee stateFee;

    FeeCaseFilingBuilder() {}

    /** The state-fee step: exempt, paid online or paid with a receipt. */
    public B stateFee(StateFee stateFee) {
        this.stateFee = Objects.requireNonNull(stateFee, "stateFee");
        return self();
    }

    @Override
    B bind(UnaryOperator<Attachment> bind) {
        stateFee = Filings.bound(stateFee, bind);
        return super.bind(bind);
    }
}
