package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An application to secure the claim («Заявление об обеспечении иска») in a civil case the court already has (seed 000
 * §2.3, item 4): the plaintiff asks for interim measures — an attachment of property, a ban on certain acts — so
 * that a judgment can be enforced. It bears no state fee: the Tax Code does not list it among the filings that do
 * (seed 002 §31).
 *
 * @param court the court the case is at
 * @param caseNumber the case's number at that court
 * @param participants the filer and the other participants, as the filer names them
 * @param summary what the filer asks or states, in a few words
 * @param statement the application itself
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record SecureClaimApplication(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        List<Participant> participants,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, FiledInCase {

    public SecureClaimApplication {
        participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
        annexes = List.copyOf(Objects.requireNonNull(annexes, "annexes"));
        powersOfAttorney = List.copyOf(Objects.requireNonNull(powersOfAttorney, "powersOfAttorney"));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder()
                .from(court, participants, statement, annexes, powersOfAttorney)
                .inCase(caseNumber, summary);
    }

    @Override
    public CourtService service() {
        return CourtService.SECURE_CLAIM;
    }

    /** Builds a {@link SecureClaimApplication}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends CaseFilingBuilder<Builder> {
        private Builder() {}

        @Override
        public SecureClaimApplication build() {
            return new SecureClaimApplication(
                    court, caseNumber, participants, summary, statement, annexes, powersOfAttorney);
        }
    }
}
