package kz.officesud.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated series of rule sets: the one in force on a date is the latest whose {@link RuleSet#effectiveFrom()} is on
 * or before it (the later rule stands).
 *
 * <p>{@link #standard()} holds the two acts on attached documents:
 *
 * <ul>
 *   <li>the 2014 instruction on filing through «Сот кабинеті» (order of the Department for ensuring the courts'
 *       activity No. 380 of 11 August 2014, points 7–8): doc, docx, pdf, jpeg; 10 MB; Times New Roman 14;
 *   <li>the 2018 rules on the technical means of filing (order No. 6001-18-7-6/188 of 9 June 2018, registered with
 *       the Ministry of Justice on 3 July 2018 under No. 17148), points 9 and 12 as amended by order No. 2 of the
 *       Judicial Administration of 3 June 2025: doc, docx, pdf, xlsx; 20 MB; Times New Roman 14. The sources hold
 *       only the consolidated text, so the amended points are applied from the rules' registration date.
 * </ul>
 */
public final class RuleSets {
    /** 10 MB as the 2014 instruction counts it (10 × 1024 × 1024 bytes). */
    public static final long TEN_MB = 10L * 1024 * 1024;
    /** 20 MB as the 2018 rules count it (20 × 1024 × 1024 bytes). */
    public static final long TWENTY_MB = 20L * 1024 * 1024;

    /** The 2014 instruction. */
    public static final RuleSet KZ_2014 = new RuleSet(
            "KZ-2014",
            "Instruction on filing electronic documents through «Сот кабинеті» (2014)",
            "Order of the head of the Department for ensuring the courts' activity at the Supreme Court of the"
                    + " Republic of Kazakhstan No. 380 of 11.08.2014, points 7-8",
            LocalDate.of(2014, 8, 11),
            EnumSet.of(DocumentFormat.DOC, DocumentFormat.DOCX, DocumentFormat.PDF, DocumentFormat.JPEG),
            TEN_MB,
            LayoutRule.timesNewRoman14());

    /** The 2018 rules as amended on 3 June 2025: in force today. */
    public static final RuleSet KZ_2018_AMENDED_2025 = new RuleSet(
            "KZ-2018-AMENDED-2025-06-03",
            "Rules of technical application of the means of filing documents to courts in electronic form (2018),"
                    + " as amended on 03.06.2025",
            "Order of the head of the Department for ensuring the courts' activity No. 6001-18-7-6/188 of"
                    + " 09.06.2018 (Ministry of Justice registration No. 17148 of 03.07.2018), points 9 and 12 as"
                    + " amended by order of the head of the Judicial Administration No. 2 of 03.06.2025",
            LocalDate.of(2018, 7, 3),
            EnumSet.of(DocumentFormat.DOC, DocumentFormat.DOCX, DocumentFormat.PDF, DocumentFormat.XLSX),
            TWENTY_MB,
            LayoutRule.timesNewRoman14());

    private static final RuleSets STANDARD = new RuleSets(List.of(KZ_2014, KZ_2018_AMENDED_2025));

    private final List<RuleSet> ruleSets;

    private RuleSets(List<RuleSet> ruleSets) {
        this.ruleSets = ruleSets.stream()
                .sorted(Comparator.comparing(RuleSet::effectiveFrom))
                .toList();
    }

    /** The court's own rules (2014 and 2018 as amended). */
    public static RuleSets standard() {
        return STANDARD;
    }

    /** A caller's own series of rule sets. */
    public static RuleSets of(List<RuleSet> ruleSets) {
        Objects.requireNonNull(ruleSets, "ruleSets");
        if (ruleSets.isEmpty()) {
            throw new IllegalArgumentException("at least one rule set is needed");
        }
        return new RuleSets(List.copyOf(ruleSets));
    }

    /**
     * Kazakhstan's time zone ({@code Asia/Almaty}): the date a rule is in force by is the date at the court, never the
     * date in the JVM's default zone or in UTC (at 01:00 in Astana it is still yesterday in UTC).
     */
    public static final ZoneId COURT_ZONE = ZoneId.of("Asia/Almaty");

    /** The standard rule set in force today in Kazakhstan. */
    public static RuleSet inForceToday() {
        return inForceToday(Clock.systemUTC());
    }

    /** The standard rule set in force on the date in Kazakhstan at {@code clock}'s instant. */
    public static RuleSet inForceToday(Clock clock) {
        return inForceOn(today(clock));
    }

    /** The date in Kazakhstan at {@code clock}'s instant. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), COURT_ZONE);
    }

    /** The standard rule set in force on {@code date}. */
    public static RuleSet inForceOn(LocalDate date) {
        return STANDARD.ruleSetOn(date)
                .orElseThrow(() -> new IllegalArgumentException("no court rules were in force on " + date
                        + "; the earliest take effect on " + KZ_2014.effectiveFrom()));
    }

    /** The rule set of this series in force on {@code date}; empty before the first took effect. */
    public Optional<RuleSet> ruleSetOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        RuleSet found = null;
        for (RuleSet r : ruleSets) {
            if (!r.effectiveFrom().isAfter(date)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every rule set, oldest first. */
    public List<RuleSet> all() {
        return ruleSets;
    }
}
