package kz.officesud.core.model;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A document sent to a court through the court office: a claim, a complaint, a motion, a letter… One record
 * type per service of the court office, each listed in {@link CourtService}. A filing may be incomplete (a
 * draft, «Ожидает отправки»): {@code FilingValidator} reports every problem.
 */
public sealed interface Filing
        permits Claim,
                Appeal,
                PrivateComplaint,
                CassationComplaint,
                SupervisoryReview,
                NewlyDiscoveredCircumstances,
                SetAsideDefaultJudgment,
                CancelCourtOrder,
                Response,
                Counterclaim,
                Motion,
                SecureClaimApplication,
                RemarksOnRecord,
                CopiesOfJudicialActsApplication,
                RestoreMissedDeadlineApplication,
                DuplicateWritOfExecutionApplication,
                WritToJusticeBodiesApplication,
                RepeatedCopiesOfJudicialActsApplication,
                WritForArbitralOrForeignDecisionApplication,
                CriminalFiling,
                AdministrativeOffenceFiling,
                HearingRecordCopyRequest,
                Petition,
                Letter,
                ApostilleRequest {

    /** The service this filing belongs to. */
    CourtService service();

    /** The court it is addressed to; absent only in an incomplete draft. */
    @Nullable
    Court court();

    /**
     * What the addressed court must hear to take this filing — a form of proceedings at an instance ({@link
     * Court#hears}) — or empty when any court may take it (a letter, a petition). A court that does not hear it
     * refuses registration on ground 4, «документ не адресован данному суду» (the 2018 rules, seed 004, §24).
     */
    default Optional<CaseKind> caseKind() {
        return Optional.empty();
    }

    /**
     * Every participant, in the order entered; none where the service's form names no participants (a letter, a
     * petition: the applicant is the account holder).
     */
    default List<Participant> participants() {
        return List.of();
    }

    /** The filing's own document: the statement, complaint, motion or letter itself; absent only in a draft. */
    @Nullable
    Attachment statement();

    /** The documents annexed to the statement («Приложение»), one file per document. */
    List<Attachment> annexes();

    /** The documents of a representative's authority (доверенность). */
    List<Attachment> powersOfAttorney();

    /**
     * Every file of the filing with its path and role: the statement first, then the annexes, a fee receipt and
     * the powers of attorney, in the order entered. One file per document: each is uploaded, hashed into the
     * signed manifest and checked by the court.
     */
    default List<FilingDocument> documents() {
        return Filings.documents(
                statement(),
                annexes(),
                this instanceof TakesStateFee takesFee ? takesFee.stateFee() : null,
                powersOfAttorney());
    }

    /**
     * The same filing with each file passed through {@code bind}, in place: how the court binds the bytes it
     * stored to the documents a manifest names ({@link Attachment#withContent}). {@code bind} must return an
     * attachment with the same metadata.
     *
     * @throws IllegalArgumentException {@code bind} changed a file's metadata
     */
    default Filing withDocuments(UnaryOperator<Attachment> bind) {
        return toBuilder().bind(bind).build();
    }

    /** A builder holding this filing's values, to derive a changed copy. */
    FilingBuilder<?> toBuilder();

    /** The participants on {@code side}, in order. */
    default List<Participant> participants(PartySide side) {
        return participants().stream().filter(p -> p.side() == side).toList();
    }

    /** The files of {@code role}, in order. */
    default List<FilingDocument> documents(DocumentRole role) {
        return documents().stream().filter(d -> d.role() == role).toList();
    }
}
