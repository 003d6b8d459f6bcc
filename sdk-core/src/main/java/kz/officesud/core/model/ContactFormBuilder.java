package kz.officesud.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The builders of filings whose form asks the applicant's phone and postal address ({@link TakesApplicantContacts})
 * and names no participants of the process: the applicant is the account holder. Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class ContactFormBuilder<B extends ContactFormBuilder<B>> extends FilingBuilder<B> {
    @Nullable
    String phone;

    @Nullable
    String postalAddress;

    ContactFormBuilder() {}

    /** Copies a filing's contacts into this builder. */
    final B contacts(@Nullable String phone, @Nullable String postalAddress) {
        this.phone = phone;
        this.postalAddress = postalAddress;
        return self();
    }

    /** The applicant's phone number, as written ({@code +7 701 234 56 78}). */
    public B phone(String phone) {
        this.phone = Objects.requireNonNull(phone, "phone");
        return self();
    }

    /** The applicant's postal address, as one line of text. */
    public B postalAddress(String postalAddress) {
        this.postalAddress = Objects.requireNonNull(postalAddress, "postalAddress");
        return self();
    }

    @Override
    boolean takesParticipants() {
        return false;
    }
}
