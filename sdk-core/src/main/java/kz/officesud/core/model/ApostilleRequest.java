package kz.officesud.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An apostille request («Запрос на апостилирование»): the court office's part of the public service «Апостилирование
 * официальных документов, исходящих из судебных органов» — a request for copies of judicial acts to be apostilled; the
 * apostilled document is handed out at a public service centre (seed 000, preamble and §5). It names the acts, each by
 * its case, title and date; the request itself is a document. It bears the state fee for an apostille, charged per
 * document; it names no participants.
 *
 * @param court the court the request is addressed to
 * @param acts the judicial acts whose copies are to be apostilled, at least one
 * @param stateFee the state-fee step
 * @param statement the request itself
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record ApostilleRequest(
        @Nullable Court court,
        List<Act> acts,
        @Nullable StateFee stateFee,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, TakesStateFee {

    /**
     * A judicial act to be apostilled.
     *
     * @param caseNumber the number of the case the act was given in
     * @param title the act as it is titled («Решение», «Определение», «Постановление», «Приговор»…)
     * @param date the date of the act
     */
    public record Act(CaseNumber caseNumber, String title, LocalDate date) {
        public Act {
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(date, "date");
        }
    }

    public ApostilleRequest {
        acts = List.copyOf(Objects.requireNonNull(acts, "acts"));
        annexes = List.copyOf(Objects.requireNonNull(annexes, "annexes"));
        powersOfAttorney = List.copyOf(Objects.requireNonNull(powersOfAttorney, "powersOfAttorney"));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder().from(court, List.of(), statement, annexes, powersOfAttorney);
        b.acts.addAll(acts);
        b.stateFee = stateFee;
        return b;
    }

    @Override
    public CourtService service() {
        return CourtService.APOSTILLE_REQUEST;
    }

    /** Builds an {@link ApostilleRequest}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends FilingBuilder<Builder> {
        private final List<Act> acts = new ArrayList<>();
        private @Nullable StateFee stateFee;

        private Builder() {}

        /** A judicial act whose copy is to be apostilled. */
        public Builder act(Act act) {
            acts.add(Objects.requireNonNull(act, "act"));
            return this;
        }

        /** The act titled {@code title} of {@code date} in the case {@code caseNumber}. */
        public Builder act(CaseNumber caseNumber, String title, LocalDate date) {
            return act(new Act(caseNumber, title, date));
        }

        /** The state-fee step: exempt, paid online or paid with a receipt. */
        public Builder stateFee(StateFee stateFee) {
            this.stateFee = Objects.requireNonNull(stateFee, "stateFee");
            return this;
        }

        @Override
        boolean takesParticipants() {
            return false;
        }

        @Override
        Builder bind(UnaryOperator<Attachment> bind) {
            stateFee = Filings.bound(stateFee, bind);
            return super.bind(bind);
        }

        @Override
        public ApostilleRequest build() {
            return new ApostilleRequest(court, acts, stateFee, statement, annexes, powersOfAttorney);
        }
    }
}
