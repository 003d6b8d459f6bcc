package kz.officesud.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.core.validation.ValidationOptions;

/**
 * A dated series of rule sets: the one in force on a day is the latest whose {@link RuleSet#effectiveFrom()} is on
 * or before it (the later rule stands). Days are days in Kazakhstan ({@link #COURT_ZONE}): {@link
 * #inForceAt(Instant)} turns a moment into the court's day.
 *
 * <p>{@link #standard()} holds the two acts on the documents of a filing:
 *
 * <ul>
 *   <li>the 2014 instruction on filing through «Сот кабинеті» (seed 002; order of the Department for ensuring the
 *       courts' activity No. 380 of 11 August 2014, points 7–8): doc, docx, pdf, jpeg; 10 MB; Times New Roman 14.
 *       In force from the day it was approved;
 *   <li>the 2018 rules on the technical means of filing (seed 004; order No. 6001-18-7-6/188 of 9 June 2018,
 *       registered with the Ministry of Justice on 3 July 2018 under No. 17148), points 9 and 12 as amended by order
 *       No. 2 of the Judicial Administration of 3 June 2025: doc, docx, pdf, xlsx; 20 MB; Times New Roman 14. The
 *       amendment «вводится в действие по истечении десяти календарных дней после дня его первого официального
 *       опубликования» (the footnotes to points 6, 7, 12 and 24); its point 8 alone takes effect on 01.07.2025. The
 *       seeds hold only the consolidated text, so the points as they stood before 2025 are not known and the 2014
 *       instruction's limits stand until the amendment takes effect.
 * </ul>
 *
 * <p>The day the amendment takes effect is data ({@link #AMENDMENT_2025_PUBLISHED}, {@link
 * #tenCalendarDaysAfterPublication}) with its basis in {@link RuleSet#effectiveFromBasis()}. The sources do not give
 * the day of its first official publication; the standard series takes the earliest the act allows — published on
 * the day it was signed — and a caller who knows the official day sets it with {@link RuleSet#withEffectiveFrom}.
 */
public final class RuleSets {
    /** The court's time zone: a filing's day is its day in Kazakhstan. */
    public static final ZoneId COURT_ZONE = ValidationOptions.COURT_ZONE;

    /** 10 MB as the 2014 instruction counts it (10 × 1024 × 1024 bytes). */
    public static final long TEN_MB = 10L * 1024 * 1024;
    /** 20 MB as the 2018 rules count it (20 × 1024 × 1024 bytes). */
    public static final long TWENTY_MB = 20L * 1024 * 1024;

    /** The day order No. 2 of the Judicial Administration, which amends the 2018 rules, was signed. */
    public static final LocalDate AMENDMENT_2025_SIGNED = LocalDate.of(2025, 6, 3);

    /**
     * The day of the amendment's first official publication as the standard series assumes it: the earliest the act
     * allows, the day it was signed, as no source at hand gives the official day (see the class comment).
     */
    public static final LocalDate AMENDMENT_2025_PUBLISHED = AMENDMENT_2025_SIGNED;

    /** The 2014 instruction. */
    public static final RuleSet KZ_2014 = new RuleSet(
            "KZ-2014",
            "Instruction on filing electronic documents through «Сот кабинеті» (2014)",
            "Order of the head of the Department for ensuring the courts' activity at the Supreme Court of the"
                    + " Republic of Kazakhstan No. 380 of 11.08.2014, points 7-8",
            LocalDate.of(2014, 8, 11),
            "approved by order No. 380 of 11.08.2014 and applied from that day; the instruction names no other date",
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
            tenCalendarDaysAfterPublication(AMENDMENT_2025_PUBLISHED),
            "order No. 2 of 03.06.2025 «вводится в действие по истечении десяти календарных дней после дня его"
                    + " первого официального опубликования» (footnote to point 12 of the rules); no source at hand"
                    + " gives the day of publication, so the earliest the act allows is taken: published on"
                    + " 03.06.2025, the day it was signed, hence in force from 14.06.2025",
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
     * The first day an act takes effect when it «вводится в действие по истечении десяти календарных дней после дня
     * его первого официального опубликования»: the ten days run from the day after publication, and the act applies
     * from the day after they have run out (published on 3 June, in force from 14 June).
     */
    public static LocalDate tenCalendarDaysAfterPublication(LocalDate published) {
        return Objects.requireNonNull(published, "published").plusDays(11);
    }

    /** The standard rule set in force at {@code moment}, taken as a day in Kazakhstan ({@link #COURT_ZONE}). */
    public static RuleSet inForceAt(Instant moment) {
        return inForceOn(LocalDate.ofInstant(Objects.requireNonNull(moment, "moment"), COURT_ZONE));
    }

    /** The standard rule set in force today in Kazakhstan. */
    public static RuleSet inForceToday() {
        return inForceToday(Clock.systemUTC());
    }

    /** The standard rule set in force today in Kazakhstan, by {@code clock}. */
    public static RuleSet inForceToday(Clock clock) {
        return inForceAt(Objects.requireNonNull(clock, "clock").instant());
    }

    /** The standard rule set in force on {@code date} (a day in Kazakhstan). */
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
