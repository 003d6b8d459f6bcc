package kz.officesud.mockserver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.ParticipantCategory;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.wire.AccessRequestView;
import kz.officesud.core.wire.CaseSummary;
import kz.officesud.mockserver.internal.court.Domain;
import kz.officesud.mockserver.internal.court.ObservationApi;
import kz.officesud.mockserver.internal.http.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * The court office's hand in case observation (ЭНП), for tests and demos (the same as the {@code /__admin} routes): it
 * opens a case to observation, records a participant and issues an access password with its card, blocks a document
 * from being shown, archives a finished case, and reads the audit history of every access.
 */
public final class CaseObservation {
    private final Domain domain;

    CaseObservation(Domain domain) {
        this.domain = domain;
    }

    /**
     * Opens the case {@code caseNumber} to observation with {@code filing} heard at {@code instance}, or adds the filing
     * (an appeal, a cassation complaint) to the case.
     */
    public CaseSummary openCase(String caseNumber, FilingId filing, ProceedingsForm form, CourtInstance instance) {
        return domain.observation.openCase(caseNumber, filing.value(), form, instance, java.util.Locale.ROOT);
    }

    /**
     * A participant as the office records them (ИИН, ФИО, категория, дата обращения, e-mail); for a legal entity, the
     * natural person who represents it, with the entity's BIN and name.
     */
    public record Participant(
            String iin,
            String fullName,
            ParticipantCategory category,
            LocalDate requestedOn,
            String email,
            @Nullable String representedBin,
            @Nullable String representedName) {
        public Participant {
            Objects.requireNonNull(iin, "iin");
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(requestedOn, "requestedOn");
            Objects.requireNonNull(email, "email");
        }

        /** A natural person taking part in their own name. */
        public static Participant person(
                String iin, String fullName, ParticipantCategory category, LocalDate requestedOn, String email) {
            return new Participant(iin, fullName, category, requestedOn, email, null, null);
        }

        @Override
        public String toString() {
            return "Participant[" + category + "]";
        }
    }

    /**
     * An issued access password and its card (a 10 × 15 cm PDF): the only time the password is seen.
     *
     * @param grantId the grant's id
     * @param caseNumber the case
     * @param issuedAt when
     * @param password the access password
     * @param card the card's PDF
     */
    public record IssuedPassword(String grantId, String caseNumber, Instant issuedAt, String password, byte[] card) {
        @Override
        public byte[] card() {
            return card.clone();
        }

        @Override
        public String toString() {
            return "IssuedPassword[" + grantId + ", " + caseNumber + ", password=***]";
        }
    }

    /** Records the participant and issues an access password to the case. */
    public IssuedPassword issuePassword(String caseNumber, Participant p) {
        return issued(ObservationApi.issued(domain.observation.grant(caseNumber, p)));
    }

    /** The participants' online requests for a password, oldest first. */
    public List<AccessRequestView> accessRequests() {
        return domain.observation.requests(false);
    }

    /** Approves an online request: the password goes to the request's e-mail (and is returned with its card). */
    public IssuedPassword approve(String requestId) {
        return issued(ObservationApi.issued(domain.observation.approve(requestId)));
    }

    /** Refuses an online request, telling the participant why by e-mail. */
    public AccessRequestView refuse(String requestId, String reason) {
        return domain.observation.refuse(requestId, Objects.requireNonNull(reason, "reason"));
    }

    private static IssuedPassword issued(ObservationApi.AccessGrantIssued issued) {
        return new IssuedPassword(
                issued.grantId(), issued.caseNumber(), issued.issuedAt(), issued.password(), issued.card());
    }

    /** Blocks a document (a judicial act's id) of the case from being shown in observation. */
    public void block(String caseNumber, String documentId) {
        domain.observation.block(caseNumber, documentId, true);
    }

    /** Shows a blocked document again. */
    public void unblock(String caseNumber, String documentId) {
        domain.observation.block(caseNumber, documentId, false);
    }

    /**
     * Moves a finished case (every filing of it, at every instance, closed) to the archive; it stays observable and is
     * searched as archived.
     *
     * @throws ReferenceCourtException {@code CONFLICT} the case is not finished; {@code NOT_FOUND} no such case
     */
    public void archive(String caseNumber) {
        try {
            domain.observation.archive(caseNumber);
        } catch (ProblemException e) {
            throw refused(e);
        }
    }

    /**
     * Attaches the scan of a paper document (a PDF) to an archived case: listed oldest first by {@code date} among the
     * case's acts, to the participants whose category may see {@code kind}, and blocked like any other document.
     *
     * @param date the date the document bears
     * @param instance the instance whose file it belongs to
     * @return the scan as a document of the case
     * @throws ReferenceCourtException {@code CONFLICT} the case is not archived; {@code INVALID} not a PDF or a
     *     malformed field; {@code NOT_FOUND} no such case
     */
    public JudicialAct attachScan(
            String caseNumber,
            JudicialActKind kind,
            String title,
            String fileName,
            LocalDate date,
            CourtInstance instance,
            byte[] pdf) {
        try {
            return domain.observation.attachScan(
                    caseNumber, kind, title, fileName, date, instance, new ByteArrayInputStream(pdf));
        } catch (ProblemException e) {
            throw refused(e);
        } catch (IOException e) {
            throw new ReferenceCourtException("cannot store the scan: " + e.getMessage(), e);
        }
    }

    private static ReferenceCourtException refused(ProblemException e) {
        ReferenceCourtException.Reason reason =
                switch (e.status()) {
                    case 404 -> ReferenceCourtException.Reason.NOT_FOUND;
                    case 409 -> ReferenceCourtException.Reason.CONFLICT;
                    default -> ReferenceCourtException.Reason.INVALID;
                };
        return new ReferenceCourtException(reason, e.code() + ": " + e.detail(), e);
    }

    /** The audit history of one case, oldest first. */
    public List<AccessAuditEntry> audit(String caseNumber) {
        return domain.observation.audit(caseNumber, null).stream()
                .map(ObservationApi::entry)
                .toList();
    }

    /** The whole audit history, oldest first (searches, denials and lock-outs name no case). */
    public List<AccessAuditEntry> audit() {
        return domain.observation.audit(null, null).stream()
                .map(ObservationApi::entry)
                .toList();
    }

    /**
     * What a person would read in the image of an open search challenge: the reference court's aid for tests of an
     * application's challenge handling. A real court has no such thing, and the SDK never solves a challenge.
     */
    public Optional<String> challengeAnswer(String challengeId) {
        return domain.observation.throttle().answer(challengeId);
    }
}
