package kz.officesud.core.validation;

import java.util.List;
import kz.officesud.core.model.Filing;

/**
 * One check of a filing, run by {@link FilingValidator}. Rules report, they do not throw; a rule that does
 * not apply to a filing (another service) returns no violations. Document-format and size rules plug in
 * here ({@link FilingValidator#withRules}).
 */
@FunctionalInterface
public interface FilingRule {

    /** Every violation of this rule in {@code filing}; an empty list if there is none. */
    List<Violation> check(Filing filing, ValidationOptions options);

    /**
     * Every violation and every warning of this rule in {@code filing}, in one pass. {@link FilingValidator} calls
     * this; the default is {@link #check} with no warnings. A rule that also warns (the document rule's layout
     * findings) overrides it, and its {@link #check} returns the violations of the same judgement.
     */
    default ValidationReport judge(Filing filing, ValidationOptions options) {
        return new ValidationReport(check(filing, options));
    }
}
