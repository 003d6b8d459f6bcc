package kz.officesud.documents;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The court's rules for attached documents, as data: which formats, how large, how set, since when and on what
 * authority. A caller can build its own (another court system, a stricter office policy).
 *
 * @param id a short stable name, e.g. {@code KZ-2018-AMENDED-2025-06-03}
 * @param title a human title
 * @param source the act that sets the rules (name, number, date, point)
 * @param effectiveFrom the first day the rules apply to a filing (a date in Kazakhstan, Asia/Almaty)
 * @param effectiveFromBasis why that day: the act's own words on when it takes effect, and what the date is derived
 *     from
 * @param formats the accepted formats
 * @param maxFileSize the largest accepted file, in bytes
 * @param layout how text must be set; {@code null} when the rules say nothing about it
 */
public record RuleSet(
        String id,
        String title,
        String source,
        LocalDate effectiveFrom,
        String effectiveFromBasis,
        Set<DocumentFormat> formats,
        long maxFileSize,
        @Nullable LayoutRule layout) {

    public RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveFromBasis, "effectiveFromBasis");
        EnumSet<DocumentFormat> copy = EnumSet.noneOf(DocumentFormat.class);
        copy.addAll(formats);
        formats = java.util.Collections.unmodifiableSet(copy);
        if (maxFileSize <= 0) {
            throw new IllegalArgumentException("maxFileSize must be positive: " + maxFileSize);
        }
    }

    /** A caller's rule set whose effective date needs no note (its own policy, another court system). */
    public RuleSet(
            String id,
            String title,
            String source,
            LocalDate effectiveFrom,
            Set<DocumentFormat> formats,
            long maxFileSize,
            @Nullable LayoutRule layout) {
        this(id, title, source, effectiveFrom, "", formats, maxFileSize, layout);
    }

    /** This rule set with another layout rule (e.g. with a tolerance), or none. */
    public RuleSet withLayout(@Nullable LayoutRule newLayout) {
        return new RuleSet(id, title, source, effectiveFrom, effectiveFromBasis, formats, maxFileSize, newLayout);
    }

    /** This rule set with another size limit. */
    public RuleSet withMaxFileSize(long bytes) {
        return new RuleSet(id, title, source, effectiveFrom, effectiveFromBasis, formats, bytes, layout);
    }

    /**
     * This rule set taking effect on another day, e.g. the official date of an amendment once its publication is
     * known: {@code RuleSets.of(List.of(RuleSets.KZ_2014, RuleSets.KZ_2018_AMENDED_2025.withEffectiveFrom(day,
     * "published on …")))}.
     */
    public RuleSet withEffectiveFrom(LocalDate day, String basis) {
        return new RuleSet(
                id,
                title,
                source,
                Objects.requireNonNull(day, "day"),
                Objects.requireNonNull(basis, "basis"),
                formats,
                maxFileSize,
                layout);
    }

    /** Whether the rules accept {@code format}. */
    public boolean allows(DocumentFormat format) {
        return formats.contains(format);
    }
}
