package kz.officesud.core.model;

import org.jspecify.annotations.Nullable;

/**
 * A filing in criminal or administrative-offence proceedings, where the applicant first chooses the instance — the
 * first, appeal or cassation instance, or the Supreme Court (the 2018 rules, §8, as {@link InstanceChoice} dates it) —
 * then the kind of document (§10). The addressed court must hear the filing's form of proceedings at that instance
 * ({@link Filing#caseKind()}: the jurisdiction rule holds it to the court directory). A case the court already has is
 * named by its number; at the first instance a complaint or motion may open a matter the court does not have yet (a
 * complaint against a body conducting the proceedings), so there the number may be absent.
 */
public sealed interface FiledByInstance extends FiledInCase permits CriminalFiling, AdministrativeOffenceFiling {

    /** The instance chosen; absent only in an incomplete draft. */
    @Nullable
    CourtInstance instance();

    /** The kind of document; absent only in an incomplete draft. */
    @Nullable
    ProceduralDocumentKind documentKind();

    /** Required but at the first instance. */
    @Override
    default boolean caseNumberRequired() {
        return instance() != CourtInstance.FIRST;
    }
}
