package kz.officesud.core.validation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How strictly to validate. Immutable; {@link #defaults()} is strict. */
public final class ValidationOptions {
    private static final ValidationOptions DEFAULTS = builder().build();

    private final boolean allowUnverifiedIdentities;
    private final @Nullable LocalDate filingDate;

    private ValidationOptions(Builder b) {
        this.allowUnverifiedIdentities = b.allowUnverifiedIdentities;
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

    /** The date whose rules apply (a filing is judged by the rules in force on its date); empty = today. */
    public Optional<LocalDate> filingDate() {
        return Optional.ofNullable(filingDate);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ValidationOptions other
                && allowUnverifiedIdentities == other.allowUnverifiedIdentities
                && Objects.equals(filingDate, other.filingDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allowUnverifiedIdentities, filingDate);
    }

    @Override
    public String toString() {
        return "ValidationOptions[allowUnverifiedIdentities=" + allowUnverifiedIdentities + ", filingDate="
                + (filingDate == null ? "today" : filingDate) + "]";
    }

    /** Builds {@link ValidationOptions}. */
    public static final class Builder {
        private boolean allowUnverifiedIdentities;
        private @Nullable LocalDate filingDate;

        private Builder() {}

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
