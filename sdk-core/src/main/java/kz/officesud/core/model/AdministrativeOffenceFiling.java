package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A document in administrative-offence proceedings («Документ по делу об административном правонарушении»: a complaint,
 * motion, response, application or other document under the Code of Administrative Offences), filed through the
 * court office's section of administrative-offence proceedings (the 2018 rules on the technical means of filing, §8
 * and §10, from 1 July 2025): the applicant chooses the instance — the first, appeal or cassation instance, or the
 * Supreme Court — and the kind of document, and addresses a court of that instance. It bears no state fee.
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
public record AdministrativeOffenceFiling(
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

    public AdministrativeOffenceFiling {
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

    /** {@code administrative-offence cases} at the chosen instance: the addressed court must hear them there. */
    @Override
    public Optional<CaseKind> caseKind() {
        return Optional.ofNullable(instance).map(i -> new CaseKind(ProceedingsForm.ADMINISTRATIVE_OFFENCE, i));
    }

    @Override
    public CourtService service() {
        return CourtService.ADMINISTRATIVE_OFFENCE_FILING;
    }

    /** Builds a {@link AdministrativeOffenceFiling}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends InstanceFilingBuilder<Builder> {
        private Builder() {}

        @Override
        public AdministrativeOffenceFiling build() {
            return new AdministrativeOffenceFiling(
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
