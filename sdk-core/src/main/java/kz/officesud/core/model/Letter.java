package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A letter to a court («Письмо»): correspondence that belongs neither to proceedings nor to petitions under the law
 * on petitions, delivered with a guarantee and answered within the legal terms (seed 000 §3). The letter itself and
 * its annexes are documents; its subject says in a few words what it is about. It bears no state fee and names no
 * participants.
 *
 * @param court the court the letter is addressed to
 * @param subject what the letter is about, in a few words
 * @param statement the letter itself
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record Letter(
        @Nullable Court court,
        @Nullable String subject,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing {

    public Letter {
        annexes = List.copyOf(Objects.requireNonNull(annexes, "annexes"));
        powersOfAttorney = List.copyOf(Objects.requireNonNull(powersOfAttorney, "powersOfAttorney"));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder().from(court, List.of(), statement, annexes, powersOfAttorney);
        b.subject = subject;
        return b;
    }

    @Override
    public CourtService service() {
        return CourtService.LETTER;
    }

    /** Builds a {@link Letter}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends FilingBuilder<Builder> {
        private @Nullable String subject;

        private Builder() {}

        /** What the letter is about, in a few words. */
        public Builder subject(String subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
            return this;
        }

        @Override
        boolean takesParticipants() {
            return false;
        }

        @Override
        public Letter build() {
            return new Letter(court, subject, statement, annexes, powersOfAttorney);
        }
    }
}
