package kz.officesud.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the builders of criminal and administrative-offence filings share ({@link FiledByInstance}): the instance and
 * the kind of document, besides the case's parts. Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class InstanceFilingBuilder<B extends InstanceFilingBuilder<B>> extends CaseFilingBuilder<B> {
    @Nullable
    CourtInstance instance;

    @Nullable
    ProceduralDocumentKind documentKind;

    InstanceFilingBuilder() {}

    /** Copies a filing's instance, kind, case number and summary into this builder. */
    final B byInstance(
            @Nullable CourtInstance instance,
            @Nullable ProceduralDocumentKind documentKind,
            @Nullable CaseNumber caseNumber,
            @Nullable String summary) {
        this.instance = instance;
        this.documentKind = documentKind;
        return inCase(caseNumber, summary);
    }

    /** The instance chosen: the addressed court must be of it. */
    public B instance(CourtInstance instance) {
        this.instance = Objects.requireNonNull(instance, "instance");
        return self();
    }

    /** The kind of document: a complaint, a motion, a response, an application or another. */
    public B documentKind(ProceduralDocumentKind documentKind) {
        this.documentKind = Objects.requireNonNull(documentKind, "documentKind");
        return self();
    }
}
