package kz.officesud.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to reach a party: phone, e-mail, postal address; each may be absent.
 *
 * @param phone a phone number as written
 * @param email an e-mail address
 * @param postalAddress a postal address as one line of text
 */
public record Contacts(@Nullable String phone, @Nullable String email, @Nullable String postalAddress) {
    private static final Contacts NONE = new Contacts(null, null, null);

    /** No contacts. */
    public static Contacts none() {
        return NONE;
    }

    public static Contacts of(@Nullable String phone, @Nullable String email, @Nullable String postalAddress) {
        return new Contacts(phone, email, postalAddress);
    }

    public Contacts withPhone(String phone) {
        return new Contacts(Objects.requireNonNull(phone, "phone"), email, postalAddress);
    }

    public Contacts withEmail(String email) {
        return new Contacts(phone, Objects.requireNonNull(email, "email"), postalAddress);
    }

    public Contacts withPostalAddress(String postalAddress) {
        return new Contacts(phone, email, Objects.requireNonNull(postalAddress, "postalAddress"));
    }

    public boolean isEmpty() {
        return phone == null && email == null && postalAddress == null;
    }
}
