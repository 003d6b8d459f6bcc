package kz.officesud.core.validation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** How strictly to validate. Immutable; {@link #defaults()} is strict. */
public final class ValidationOptions {
    private static final ValidationOptions DEFAULTS = builder().build();

    private final boolean allowUnverifiedIdentities;
    private final Set<String> unverifiedIdentitiesAccepted;
    private final @Nullable LocalDate filingDate;

    private ValidationOptions(Builder b) {
        this.allowUnverifiedIdentities = b.allowUnverifiedIdentities;
        this.unverifiedIdentitiesAccepted = Set.copyOf(b.unverifiedIdentitiesAccepted);
        this.filingDate = b.filingDate;
    }

    /** Strict: identities must have a valid check digit; rules of today. */
    public static ValidationOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.allowUnverifiedIdentities = allowUnverifiedIdentities;
        b.unverifiedIdentitiesAccepted.addAll(unverifiedIdentitiesAccepted);
        b.filingDate = filingDate;
        return b;
    }

    /**
     * True to accept IINs and BINs whose check digit is wrong, as a court that trusts the test NCA must (its
     * test identities, e.g. IIN 123456789011, fail the checksum).
     */
    public boolean allowUnverifiedIdentities() {
        return allowUnverifiedIdentities;
    }

    /**
     * Whether the IIN or BIN {@code number} is accepted though its check digit is wrong: every one when {@link
     * #allowUnverifiedIdentities()}, else only those {@linkplain Builder#acceptUnverifiedIdentity named} (the
     * filer's own test identity, which a court that trusts the test NCA accepts, while it still holds every
     * other party's IIN to its checksum).
     */
    public boolean acceptsUnverified(String number) {
        return allowUnverifiedIdentities || unverifiedIdentitiesAccepted.contains(number);
    }

    /** The date whose rules apply (a filing is judged by the rules in force on its date); empty = today. */
    public Optional<LocalDate> filingDate() {
        return Optional.ofNullable(filingDate);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ValidationOptions other
                && allowUnverifiedIdentities == other.allowUnverifiedIdentities
                && unverifiedIdentitiesAccepted.equals(other.unverifiedIdentitiesAccepted)
                && Objects.equals(filingDate, other.filingDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allowUnverifiedIdentities, unverifiedIdentitiesAccepted, filingDate);
    }

    @Override
    public String toString() {
        return "ValidationOptions[allowUnverifiedIdentities=" + allowUnverifiedIdentities + ", filingDate="
                + (filingDate == null ? "today" : filingDate) + "]";
    }

    /** Builds {@link ValidationOptions}. */
    public static final class Builder {
        private boolean allowUnverifiedIdentities;
        private final Set<String> unverifiedIdentitiesAccepted = new HashSet<>();
        private @Nullable LocalDate filingDate;

        private Builder() {}

        /** Accepts this one IIN or BIN (12 digits) though its check digit is wrong. */
        public Builder acceptUnverifiedIdentity(String number) {
            unverifiedIdentitiesAccepted.add(Objects.requireNonNull(number, "number"));
            return this;
        }

        public Builder allowUnverifiedIdentities(boolean allow) {
            this.allowUnverifiedIdentities = allow;
            return this;
        }

        public Builder filingDate(LocalDate date) {
            this.filingDate = Objects.requireNonNull(date, "date");
            return this;
        }

        public ValidationOptions build() {
            return new ValidationOptions(this);
        }
    }
}
