package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A document in criminal proceedings («Документ по уголовному делу»: a complaint, motion, response, application or other
 * document under the Criminal Procedure Code), filed through the court office's section of criminal proceedings (the
 * 2018 rules on the technical means of filing, §8 and §10): the applicant chooses the instance — the first, appeal or
 * cassation instance, or the Supreme Court — and the kind of document, and addresses a court of that instance. It
 * bears no state fee. The participants, if named, follow the court office's forms: the defendant or convicted person
 * on the {@linkplain PartySide#PLAINTIFF plaintiffs'} side, the victim on the {@linkplain PartySide#DEFENDANT
 * defendants'} (the 2014 instruction on filing through «Сот кабинеті», point 17).
 *
 * @param court the court addressed, of the chosen instance
 * @param instance the instance chosen
 * @param documentKind the kind of document
 * @param caseNumber the case's number at that court; may be absent at the first instance, for a matter the court
 *     does not have yet
 * @param participants the participants, as the applicant names them
 * @param summary what the applicant asks or states, in a few words
 * @param statement the document itself (the complaint, motion, response…)
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (a defence counsel's warrant, a power of
 *     attorney)
 */
public record CriminalFiling(
        @Nullable Court court,
        @Nullable CourtInstance instance,
        @Nullable ProceduralDocumentKind documentKind,
        @Nullable CaseNumber caseNumber,
        List<Participant> participants,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, FiledByInstance {

    public CriminalFiling {
        participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
        annexes = List.copyOf(Objects.requireNonNull(annexes, "annexes"));
        powersOfAttorney = List.copyOf(Objects.requireNonNull(powersOfAttorney, "powersOfAttorney"));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder()
                .from(court, participants, statement, annexes, powersOfAttorney)
                .byInstance(instance, documentKind, caseNumber, summary);
    }

    /** {@code criminal cases} at the chosen instance: the addressed court must hear them there. */
    @Override
    public Optional<CaseKind> caseKind() {
        return Optional.ofNullable(instance).map(i -> new CaseKind(ProceedingsForm.CRIMINAL, i));
    }

    @Override
    public CourtService service() {
        return CourtService.CRIMINAL_FILING;
    }

    /** Builds a {@link CriminalFiling}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends InstanceFilingBuilder<Builder> {
        private Builder() {}

        @Override
        public CriminalFiling build() {
            return new CriminalFiling(
                    court,
                    instance,
                    documentKind,
                    caseNumber,
                    participants,
                    summary,
                    statement,
                    annexes,
                    powersOfAttorney);
        }
    }
}
