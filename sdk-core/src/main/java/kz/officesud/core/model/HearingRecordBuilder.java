package kz.officesud.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the builders of the two hearing-record services share ({@link HearingRecordForm}): the case, the applicant's
 * side and contacts, the case's plaintiffs and defendants by name. Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class HearingRecordBuilder<B extends HearingRecordBuilder<B>> extends ContactFormBuilder<B>
        implements FiledInCase.Builder<B> {
    @Nullable
    CaseNumber caseNumber;

    @Nullable
    PartySide side;

    final List<String> plaintiffs = new ArrayList<>();
    final List<String> defendants = new ArrayList<>();

    HearingRecordBuilder() {}

    /** Copies a hearing-record form's values into this builder. */
    final B form(HearingRecordForm form) {
        caseNumber = form.caseNumber();
        side = form.side();
        plaintiffs.addAll(form.plaintiffs());
        defendants.addAll(form.defendants());
        return contacts(form.phone(), form.postalAddress());
    }

    @Override
    public B caseNumber(CaseNumber caseNumber) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        return self();
    }

    /** The applicant's side in the process. */
    public B side(PartySide side) {
        this.side = Objects.requireNonNull(side, "side");
        return self();
    }

    /** Plaintiffs of the case by name (in a criminal case: the defendant or convicted person), added in order. */
    public B plaintiffs(String... names) {
        return names(plaintiffs, names);
    }

    /** Defendants of the case by name (in a criminal case: the victim), added in order. */
    public B defendants(String... names) {
        return names(defendants, names);
    }

    private B names(List<String> list, String... names) {
        for (String name : Arrays.asList(names)) {
            list.add(Objects.requireNonNull(name, "name"));
        }
        return self();
    }
}
