package kz.officesud.core.validation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.officesud.core.model.CaseCategories;
import org.jspecify.annotations.Nullable;

/**
 * How strictly to validate, and the data the rules judge by. Immutable; {@link #defaults()}: identities must hold
 * their check digit, the rules of today, the {@linkplain CaseCategories#standard() standard case categories}, and
 * layout findings as warnings.
 */
public final class ValidationOptions {
    /** The courts' time zone: a filing's day is its day in Kazakhstan. */
    public static final ZoneId COURT_ZONE = ZoneId.of("Asia/Almaty");

    private static final ValidationOptions DEFAULTS = builder().build();

    private final boolean allowUnverifiedIdentities;
    private final Set<String> unverifiedIdentitiesAccepted;
    private final @Nullable LocalDate filingDate;
    private final @Nullable CaseCategories caseCategories;
    private final boolean strictLayout;

    private ValidationOptions(Builder b) {
        this.allowUnverifiedIdentities = b.allowUnverifiedIdentities;
        this.unverifiedIdentitiesAccepted = Set.copyOf(b.unverifiedIdentitiesAccepted);
        this.filingDate = b.filingDate;
        this.caseCategories = b.caseCategories;
        this.strictLayout = b.strictLayout;
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
        b.caseCategories = caseCategories;
        b.strictLayout = strictLayout;
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

    /** The filing's day: {@link #filingDate()}, else today in Kazakhstan ({@link #COURT_ZONE}). */
    public LocalDate filingDay() {
        return filingDate != null ? filingDate : LocalDate.now(COURT_ZONE);
    }

    /**
     * The case categories a claim's category is judged by: a listed category must fit the claim's proceedings; an
     * unlisted one is not judged. Default: {@link CaseCategories#standard()}.
     */
    public CaseCategories caseCategories() {
        return caseCategories == null ? CaseCategories.standard() : caseCategories;
    }

    /**
     * True to make the document rules' layout findings (a font other than Times New Roman, a size other than 14, a
     * line spacing out of range) violations; false (the default) reports them as {@linkplain
     * ValidationReport#warnings() warnings}. The 2018 rules (seed 004, §9) ask for «шрифт 14 TimesNewRoman», but
     * layout is none of the grounds on which the court refuses registration (§24).
     */
    public boolean strictLayout() {
        return strictLayout;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ValidationOptions other
                && allowUnverifiedIdentities == other.allowUnverifiedIdentities
                && unverifiedIdentitiesAccepted.equals(other.unverifiedIdentitiesAccepted)
                && Objects.equals(filingDate, other.filingDate)
                && Objects.equals(caseCategories, other.caseCategories)
                && strictLayout == other.strictLayout;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                allowUnverifiedIdentities, unverifiedIdentitiesAccepted, filingDate, caseCategories, strictLayout);
    }

    @Override
    public String toString() {
        return "ValidationOptions[allowUnverifiedIdentities=" + allowUnverifiedIdentities + ", filingDate="
                + (filingDate == null ? "today" : filingDate) + ", caseCategories="
                + (caseCategories == null ? "standard" : caseCategories) + ", strictLayout=" + strictLayout + "]";
    }

    /** Builds {@link ValidationOptions}. */
    public static final class Builder {
        private boolean allowUnverifiedIdentities;
        private final Set<String> unverifiedIdentitiesAccepted = new HashSet<>();
        private @Nullable LocalDate filingDate;
        private @Nullable CaseCategories caseCategories;
        private boolean strictLayout;

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

        /** The case categories to judge by, e.g. {@code CaseCategories.standard().plus(CaseCategories.load(file))}. */
        public Builder caseCategories(CaseCategories categories) {
            this.caseCategories = Objects.requireNonNull(categories, "categories");
            return this;
        }

        /** Whether layout findings are violations ({@code true}) or warnings (the default). */
        public Builder strictLayout(boolean strict) {
            this.strictLayout = strict;
            return this;
        }

        public ValidationOptions build() {
            return new ValidationOptions(this);
        }
    }
}
