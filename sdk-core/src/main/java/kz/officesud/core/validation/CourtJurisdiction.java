package kz.officesud.core.validation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.core.model.CaseKind;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.Filing;

/**
 * The one rule of which court may take a filing: the addressed court must hear the filing's {@linkplain
 * Filing#caseKind() kind} — its form of proceedings at its instance ({@link Court#hears}). A civil claim addressed
 * to a specialised administrative court, or to an appellate court, breaks it.
 *
 * <p>The client checks it before anything is sent; the court's registration clerk calls {@link #check(Filing)} on
 * what it received and, on a violation, refuses registration on ground 4, «документ не адресован данному суду»
 * (the 2018 rules, seed 004, §24). It is not one of {@link FilingValidator#standard()}'s form rules, which the
 * court's intake answers with 422 before a talon: like the document rules, it is a ground of refusal, added with
 * {@code FilingValidator.standard().withRules(CourtJurisdiction.rule())}.
 */
public final class CourtJurisdiction implements FilingRule {
    private static final CourtJurisdiction RULE = new CourtJurisdiction();

    private CourtJurisdiction() {}

    /** The rule, for {@link FilingValidator#withRules}. */
    public static FilingRule rule() {
        return RULE;
    }

    /**
     * The violation at {@code court} when the addressed court does not hear the filing's kind; none when it does,
     * when the filing names no court (the form rules report that) or when any court may take it.
     */
    public static List<Violation> check(Filing filing) {
        Objects.requireNonNull(filing, "filing");
        Court court = filing.court();
        Optional<CaseKind> kind = filing.caseKind();
        if (court == null || kind.isEmpty() || court.hears(kind.get())) {
            return List.of();
        }
        return List.of(new Violation(
                "court",
                court.code(),
                "court.notHearing",
                Map.of(
                        "code", court.code(),
                        "court", court.nameRu(),
                        "courtKind", court.kind(),
                        "form", kind.get().form(),
                        "instance", kind.get().instance())));
    }

    @Override
    public List<Violation> check(Filing filing, ValidationOptions options) {
        return check(filing);
    }

    @Override
    public String toString() {
        return "CourtJurisdiction";
    }
}
