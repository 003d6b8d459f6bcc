package kz.officesud.mockserver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.CaseEvent;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.mockserver.internal.court.ClerkEngine;
import kz.officesud.mockserver.internal.court.Domain;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.store.FilingRecord;
import org.jspecify.annotations.Nullable;

/**
 * The court's staff, under a test's control: the registration clerk and the hand that records the case's progress,
 * issues judicial acts and sends answers.
 *
 * <p>Registration (the 2018 rules on filing electronic documents, §23–24): by default the clerk decides within one
 * working day, as the rules say — when the {@link CourtClock} reaches the same time on the next working day of the
 * court's calendar (weekends, holidays and moved days off skipped), on the wall clock or a virtual one. {@link
 * #immediate()} decides each filing by the time its talon is answered; {@link #manual()} leaves filings SENT until
 * {@link #run()}. Decisions can be forced ({@link #refuseNext}, {@link #register}, {@link #refuse}, {@link #moveTo}),
 * always with a comment the applicant reads.
 *
 * <p>After registration: {@link #event} (accepted, hearing set or moved, decided…), {@link #issueAct} (a judicial act
 * the court keeps, which the applicant downloads), {@link #answer} (an outgoing document, delivered only when linked to
 * the incoming filing), {@link #card} (the registration control card) and {@link #checkPayments} (the state fee with the
 * tax authority).
 */
public final class Clerk {
    /** When the clerk decides. */
    public enum Policy {
        IMMEDIATE,
        WITHIN_ONE_WORKING_DAY,
        MANUAL
    }

    private final ClerkEngine engine;
    private final Domain domain;

    Clerk(ClerkEngine engine, Domain domain) {
        this.engine = engine;
        this.domain = domain;
    }

    public Policy policy() {
        return Policy.valueOf(engine.policy().name());
    }

    /** Decide each filing as soon as its talon is issued. */
    public Clerk immediate() {
        engine.policy(ClerkEngine.Policy.IMMEDIATE);
        return this;
    }

    /** Leave filings SENT until {@link #run()}. */
    public Clerk manual() {
        engine.policy(ClerkEngine.Policy.MANUAL);
        return this;
    }

    /** Decide each filing when the court clock reaches the same time on the next working day (the default). */
    public Clerk withinOneWorkingDay() {
        engine.policy(ClerkEngine.Policy.WITHIN_ONE_WORKING_DAY);
        return this;
    }

    /** Decides every filing still waiting (SENT), now; returns them. */
    public List<FilingId> run() {
        return engine.runPending().stream().map(FilingId::of).toList();
    }

    /** The next filing the clerk decides on is refused on {@code ground}, whatever its checks say. */
    public Clerk refuseNext(RefusalGround ground) {
        engine.decideNext(new ClerkEngine.Decision(FilingStatus.refused(ground), "refused by the court"));
        return this;
    }

    /** Registers a SENT filing now, whatever the checks would say. */
    public void register(FilingId filing) {
        register(filing, "registered by the court");
    }

    /** Registers a SENT filing now with the clerk's comment, whatever the checks would say. */
    public void register(FilingId filing, String comment) {
        moveTo(filing, FilingStatus.REGISTERED, comment);
    }

    /** Refuses a SENT filing now on {@code ground}. */
    public void refuse(FilingId filing, RefusalGround ground) {
        refuse(filing, ground, "refused by the court");
    }

    /** Refuses a SENT filing now on {@code ground}, with the clerk's comment the applicant reads. */
    public void refuse(FilingId filing, RefusalGround ground, String comment) {
        moveTo(filing, FilingStatus.refused(ground), comment);
    }

    /**
     * Records an event of the case (the applicant is notified); an event that moves the filing — accepted (→
     * IN_PROCEEDINGS), returned or closed (→ CLOSED) — moves it too.
     *
     * @throws ReferenceCourtException an unknown filing, or a move the lifecycle does not allow
     */
    public CaseEvent event(FilingId filing, CaseEventKind kind, String text) {
        return event(filing, kind, text, null);
    }

    /** Records an event of the case with the hearing's date and time (a hearing set or moved). */
    public CaseEvent event(FilingId filing, CaseEventKind kind, String text, @Nullable OffsetDateTime hearingAt) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        FilingRecord record = record(filing);
        try {
            return domain.event(record, kind, text, hearingAt);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ReferenceCourtException(e.getMessage(), e);
        }
    }

    /** Issues a judicial act on a filing: the court keeps the file, the applicant is notified with a link to it. */
    public JudicialAct issueAct(
            FilingId filing, JudicialActKind kind, String title, String fileName, String mediaType, byte[] content) {
        Objects.requireNonNull(content, "content");
        return issueAct(filing, kind, title, fileName, mediaType, () -> new ByteArrayInputStream(content));
    }

    /** Issues a judicial act from a file, streamed. */
    public JudicialAct issueAct(FilingId filing, JudicialActKind kind, String title, Path file, String mediaType) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        return issueAct(
                filing,
                kind,
                title,
                name == null ? "act" : name.toString(),
                mediaType,
                () -> Files.newInputStream(file));
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    private JudicialAct issueAct(
            FilingId filing, JudicialActKind kind, String title, String fileName, String mediaType, Source content) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        FilingRecord record = record(filing);
        try (InputStream in = content.open()) {
            return domain.cases.issueAct(record, kind, title, fileName, mediaType, in);
        } catch (ProblemException e) {
            throw invalid(e);
        } catch (IOException e) {
            throw new ReferenceCourtException("cannot store the judicial act: " + e.getMessage(), e);
        }
    }

    /**
     * Sends an outgoing document: delivered to the applicant's cabinet (with a notice) only when linked to the
     * incoming filing and marked for the cabinet; otherwise kept, undelivered, and the dispatch says why.
     */
    public AnswerDispatch answer(OutgoingAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        FilingRecord linked = answer.linkedTo() == null ? null : record(answer.linkedTo());
        byte[] document = answer.document();
        try {
            var stored = domain.cases.answer(
                    linked,
                    answer.deliverThroughCabinet(),
                    answer.text(),
                    answer.fileName(),
                    answer.mediaType(),
                    document == null ? null : new ByteArrayInputStream(document));
            return new AnswerDispatch(stored.answerId(), stored.delivered(), stored.reason());
        } catch (ProblemException e) {
            throw invalid(e);
        } catch (IOException e) {
            throw new ReferenceCourtException("cannot store the answer: " + e.getMessage(), e);
        }
    }

    /** A document the court refuses to keep (its file name, its size): {@code INVALID}, with the court's code. */
    private static ReferenceCourtException invalid(ProblemException e) {
        return new ReferenceCourtException(ReferenceCourtException.Reason.INVALID, e.code() + ": " + e.detail(), e);
    }

    /** The registration control card (РКК) made when the filing arrived. */
    public RegistrationCard card(FilingId filing) {
        FilingRecord record = record(filing);
        return domain.cases
                .card(record)
                .orElseThrow(() -> new ReferenceCourtException("filing " + filing + " has no registration card"));
    }

    /**
     * Checks every state-fee payment the filing names with the tax authority («Проверить платеж» on the card); each
     * answer is recorded and the applicant notified. A payment younger than the gateway's lag is not there yet.
     */
    public List<PaymentCheck> checkPayments(FilingId filing) {
        return domain.fees.check(record(filing));
    }

    private FilingRecord record(FilingId filing) {
        Objects.requireNonNull(filing, "filing");
        return domain.filing(filing.value()).orElseThrow(() -> new ReferenceCourtException("no filing " + filing));
    }

    /**
     * Moves a filing along its lifecycle now (e.g. REGISTERED → IN_PROCEEDINGS); throws
     * {@link ReferenceCourtException} for a move the lifecycle does not allow or an unknown filing.
     */
    public void moveTo(FilingId filing, FilingStatus status, String note) {
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        try {
            engine.decide(filing.value(), new ClerkEngine.Decision(status, note));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ReferenceCourtException(e.getMessage(), e);
        }
    }
}
