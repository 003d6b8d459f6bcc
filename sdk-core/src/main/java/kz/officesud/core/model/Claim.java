package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A statement of claim or application (исковое заявление / заявление) in the action, court-order, special
 * action or special proceedings: the cabinet's service «Заявления искового, приказного, особого искового, особого
 * производств» (the 2024 article «Как войти в судебный кабинет по ЭЦП», seed 001). A civil case at first instance
 * ({@link CaseKind#CIVIL_FIRST_INSTANCE}), whose category must fit its proceedings. Build one with {@link #builder()}; a claim may be incomplete
 * (a draft): {@code FilingValidator} names everything still missing or wrong.
 *
 * @param court the court (суд), which also fixes the region
 * @param proceedings the kind of proceedings (вид производства)
 * @param category the case category (категория дела), an 18-digit code
 * @param nature the nature of the application (характер заявления), as text
 * @param participants the parties, every plaintiff and every defendant
 * @param claimAmount the total amount of the dispute (цена иска)
 * @param stateFee the state-fee step
 * @param summary the claim's summary and grounds as text
 * @param statement the claim document itself (the file of the исковое заявление)
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность), when the claim is
 *     signed by someone acting for the account holder or a party
 */
public record Claim(
        @Nullable Court court,
        @Nullable Proceedings proceedings,
        @Nullable CaseCategory category,
        @Nullable String nature,
        List<Participant> participants,
        @Nullable Tenge claimAmount,
        @Nullable StateFee stateFee,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, TakesStateFee {

    public Claim {
        participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
        annexes = List.copyOf(Objects.requireNonNull(annexes, "annexes"));
        powersOfAttorney = List.copyOf(Objects.requireNonNull(powersOfAttorney, "powersOfAttorney"));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder().from(court, participants, statement, annexes, powersOfAttorney);
        b.proceedings = proceedings;
        b.category = category;
        b.nature = nature;
        b.claimAmount = claimAmount;
        b.stateFee = stateFee;
        b.summary = summary;
        return b;
    }

    @Override
    public CourtService service() {
        return CourtService.CLAIM;
    }

    /** A civil case at first instance: a district (or equivalent) court, or a specialised one that hears civil cases. */
    @Override
    public Optional<CaseKind> caseKind() {
        return Optional.of(CaseKind.CIVIL_FIRST_INSTANCE);
    }

    /**
     * The statement ({@code statement}), the annexes ({@code annexes[i]}), the receipt of a state fee paid with
     * one ({@code stateFee.receipt}) and the powers of attorney ({@code powersOfAttorney[i]}).
     */
    @Override
    public List<FilingDocument> documents() {
        return Filings.documents(statement, annexes, stateFee, powersOfAttorney);
    }

    @Override
    public Claim withDocuments(UnaryOperator<Attachment> bind) {
        Objects.requireNonNull(bind, "bind");
        return new Claim(
                court,
                proceedings,
                category,
                nature,
                participants,
                claimAmount,
                Filings.bound(stateFee, bind),
                summary,
                Filings.boundOrNull(statement, bind),
                Filings.bound(annexes, bind),
                Filings.bound(powersOfAttorney, bind));
    }

    /**
     * Builds a {@link Claim}. Every method rejects {@code null} (a missing value is simply not set); {@link
     * #build()} accepts an incomplete claim, which validation then reports. Not thread-safe.
     */
    public static final class Builder extends FilingBuilder<Builder> {
        private @Nullable Proceedings proceedings;
        private @Nullable CaseCategory category;
        private @Nullable String nature;
        private @Nullable Tenge claimAmount;
        private @Nullable StateFee stateFee;
        private @Nullable String summary;

        private Builder() {}

        public Builder proceedings(Proceedings proceedings) {
            this.proceedings = Objects.requireNonNull(proceedings, "proceedings");
            return this;
        }

        public Builder category(CaseCategory category) {
            this.category = Objects.requireNonNull(category, "category");
            return this;
        }

        /** The category with the 18-digit {@code code} (checked now). */
        public Builder category(String code) {
            return category(CaseCategory.of(Objects.requireNonNull(code, "code")));
        }

        public Builder nature(String nature) {
            this.nature = Objects.requireNonNull(nature, "nature");
            return this;
        }

        public Builder claimAmount(Tenge claimAmount) {
            this.claimAmount = Objects.requireNonNull(claimAmount, "claimAmount");
            return this;
        }

        public Builder stateFee(StateFee stateFee) {
            this.stateFee = Objects.requireNonNull(stateFee, "stateFee");
            return this;
        }

        public Builder summary(String summary) {
            this.summary = Objects.requireNonNull(summary, "summary");
            return this;
        }

        @Override
        public Claim build() {
            return new Claim(
                    court,
                    proceedings,
                    category,
                    nature,
                    participants,
                    claimAmount,
                    stateFee,
                    summary,
                    statement,
                    annexes,
                    powersOfAttorney);
        }
    }
}
