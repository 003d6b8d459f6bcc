package kz.officesud.core.model;

import java.util.Objects;

/**
 * What a court must hear to take a filing: a form of proceedings at an instance, e.g. civil cases at first
 * instance for a claim. {@link Filing#caseKind()} names it for each filing; {@link Court#hears(CaseKind)} answers
 * whether a court takes it. A filing addressed to a court that does not hear its kind is refused registration on
 * ground 4, «документ не адресован данному суду» (the 2018 rules, seed 004, §24).
 *
 * @param form the form of proceedings
 * @param instance the instance
 */
public record CaseKind(ProceedingsForm form, CourtInstance instance) {
    /** Civil cases at first instance: every claim of the four proceedings. */
    public static final CaseKind CIVIL_FIRST_INSTANCE = new CaseKind(ProceedingsForm.CIVIL, CourtInstance.FIRST);

    public CaseKind {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(instance, "instance");
    }

    @Override
    public String toString() {
        return form + "/" + instance;
    }
}
