package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A petition («Обращение»): an appeal to a court outside any proceedings, considered under the Administrative
 * Procedural and Process-Related Code (АППК) — formerly the law on the consideration of appeals of individuals and
 * legal entities (the 2018 rules, §18–21; seed 000 §4). Only this is a petition: a motion in a case is a {@link
 * Motion}. The form asks the applicant's phone and postal address, a short description, the region and the court (the
 * 2014 instruction on filing through «Сот кабинеті», points 23–25); the petition itself and its annexes are documents.
 * It bears no state fee, names no participants, and — alone among the filings — is not refused as a repeat of one
 * already registered ({@link RefusalGround#DUPLICATE}).
 *
 * @param court the court the petition is addressed to, which fixes the region
 * @param phone the applicant's phone number
 * @param postalAddress the applicant's postal address
 * @param description a short description of the petition (қысқаша сипаттамасы)
 * @param statement the petition itself
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record Petition(
        @Nullable Court court,
        @Nullable String phone,
        @Nullable String postalAddress,
        @Nullable String description,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, TakesApplicantContacts {

    public Petition {
        annexes = List.copyOf(Objects.requireNonNull(annexes, "annexes"));
        powersOfAttorney = List.copyOf(Objects.requireNonNull(powersOfAttorney, "powersOfAttorney"));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder()
                .from(court, List.of(), statement, annexes, powersOfAttorney)
                .contacts(phone, postalAddress);
        b.description = description;
        return b;
    }

    @Override
    public CourtService service() {
        return CourtService.PETITION;
    }

    /** Builds a {@link Petition}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends ContactFormBuilder<Builder> {
        private @Nullable String description;

        private Builder() {}

        /** A short description of the petition. */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        @Override
        public Petition build() {
            return new Petition(court, phone, postalAddress, description, statement, annexes, powersOfAttorney);
        }
    }
}
