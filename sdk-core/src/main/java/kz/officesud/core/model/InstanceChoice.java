package kz.officesud.core.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The instances among which the criminal and administrative-offence sections of the court office let the applicant
 * choose, from a date: the choice in force on a date is the latest whose {@link #effectiveFrom()} is on or before it.
 *
 * @param effectiveFrom the first day it applies
 * @param instances the instances offered
 * @param source the act that sets it
 */
public record InstanceChoice(LocalDate effectiveFrom, Set<CourtInstance> instances, String source) {

    /**
     * The 2018 rules on the technical means of filing (order No. 6001-18-7-6/188 of 9 June 2018), §8 as amended by
     * order No. 2 of the Judicial Administration of 3 June 2025, in force from 1 July 2025: the applicant, through the
     * section of criminal proceedings or of administrative-offence proceedings, chooses proceedings in the court of
     * first instance, of appeal, of cassation, or in the Supreme Court.
     */
    public static final InstanceChoice KZ_2025_07_01 = new InstanceChoice(
            LocalDate.of(2025, 7, 1),
            EnumSet.allOf(CourtInstance.class),
            "Rules of technical application of the means of filing documents to courts in electronic form, order"
                    + " No. 6001-18-7-6/188 of 09.06.2018, point 8 as amended by order of the head of the Judicial"
                    + " Administration No. 2 of 03.06.2025 (in force from 01.07.2025)");

    private static final List<InstanceChoice> STANDARD = List.of(KZ_2025_07_01);

    public InstanceChoice {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(source, "source");
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("an instance choice offers at least one instance");
        }
        instances = Set.copyOf(instances);
    }

    /** Every choice the SDK knows, oldest first. */
    public static List<InstanceChoice> standard() {
        return STANDARD;
    }

    /** The choice the SDK knows in force on {@code date}; empty before the earliest took effect. */
    public static Optional<InstanceChoice> inForceOn(LocalDate date) {
        return inForceOn(date, STANDARD);
    }

    /** Of {@code choices}, the one in force on {@code date}: the latest that took effect by then. */
    public static Optional<InstanceChoice> inForceOn(LocalDate date, Collection<InstanceChoice> choices) {
        Objects.requireNonNull(date, "date");
        return choices.stream()
                .filter(choice -> !choice.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(InstanceChoice::effectiveFrom));
    }

    /** Of {@code choices}, the earliest to take effect; empty if there are none. */
    public static Optional<InstanceChoice> earliest(Collection<InstanceChoice> choices) {
        return choices.stream().min(Comparator.comparing(InstanceChoice::effectiveFrom));
    }

    /** True if {@code instance} is offered. */
    public boolean offers(CourtInstance instance) {
        return instances.contains(instance);
    }
}
