package kz.officesud.mockserver.internal.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import kz.officesud.core.model.CaseEvent;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.internal.casefile.CaseFiles;
import kz.officesud.mockserver.internal.store.CourtStore;
import kz.officesud.mockserver.internal.store.FilingRecord;
import org.jspecify.annotations.Nullable;

/**
 * The court's work around a filing besides intake and the clerk's checks, put together once: the case files (card,
 * events, acts, answers), notifications with their e-mail outbox and webhooks, the state fee, the retention of
 * uploads, signing by XML, and the timer that runs what falls due on the court clock. Closing stops the timer and the
 * webhook threads.
 */
public final class Domain implements AutoCloseable {
    public final CaseFiles files;
    public final CourtTimer timer;
    public final WebhookDispatcher webhooks;
    public final Notifier notifier;
    public final Retention retention;
    public final CaseDesk cases;
    public final FeeDesk fees;
    public final XmlDesk xml;
    public final FilingViews views;
    public final ClerkEngine clerk;
    public final CourtStore store;
    public final FilingDesk desk;
    public final ObservationDesk observation;
    private final Courts courts;

    public Domain(
            CourtStore store,
            ClerkEngine clerk,
            FilingDesk desk,
            CourtClock clock,
            ObjectMapper mapper,
            Duration xmlTtl,
            Courts courts,
            SignatureCheck signatures)
            throws IOException {
        this.store = store;
        this.courts = courts;
        this.clerk = clerk;
        this.desk = desk;
        this.files = new CaseFiles(store.dataDirectory(), mapper);
        this.timer = new CourtTimer(clock);
        this.webhooks = new WebhookDispatcher(files, clock, mapper);
        this.notifier = new Notifier(files, store, webhooks, clock);
        this.retention = new Retention(store, files, clock, timer);
        this.cases = new CaseDesk(store, files, notifier, retention, clock);
        this.fees = new FeeDesk(files, clock, notifier);
        this.xml = new XmlDesk(store, clock, xmlTtl);
        this.views = new FilingViews(store, cases, clerk.served());
        this.observation = new ObservationDesk(files, cases, store, courts, clock, signatures);
        cases.listen(observation);
        desk.connect(cases::arrived, xml);
        clerk.onDecision((filing, decision) -> cases.decided(filing, decision.status(), decision.note()));
        clerk.onDue(due -> timer.at(due, "registration", clerk::runDue));
        clerk.earliestDue().ifPresent(due -> timer.at(due, "registration", clerk::runDue));
        retention.scheduleAll();
    }

    /**
     * At start, before anything is served: finishes what a crash of the court's process (a kill, a power cut) left
     * half done — a filing's registry work ({@link CaseDesk#finishInterrupted}), a notice's e-mail and webhook
     * deliveries ({@link Notifier#finishInterrupted}), bytes stored without the record that names them ({@link
     * Retention#sweepUnnamed}). Empty when there was nothing to finish, else what was done, in one line for the log.
     */
    public Optional<String> finishInterrupted() throws IOException {
        int registry = cases.finishInterrupted(courts);
        int notices = notifier.finishInterrupted();
        int blobs = retention.sweepUnnamed();
        if (registry + notices + blobs == 0) {
            return Optional.empty();
        }
        return Optional.of(registry + " filing step(s) finished, " + notices + " e-mail(s) and webhook delivery(ies)"
                + " made, " + blobs + " unnamed blob(s) deleted");
    }

    /** The filing with {@code filingId}, if the court has it. */
    public Optional<FilingRecord> filing(String filingId) {
        return store.filing(filingId);
    }

    /** Moves a filing to a status by the clerk's hand (with a comment), within the lifecycle. */
    public FilingRecord decide(String filingId, FilingStatus status, String comment) {
        return clerk.decide(filingId, new ClerkEngine.Decision(status, comment));
    }

    /**
     * Records an event of the case; an event that moves the filing (accepted → IN_PROCEEDINGS, returned or closed →
     * CLOSED) moves it first, within the lifecycle ({@link IllegalStateException} when it may not).
     */
    public CaseEvent event(FilingRecord filing, CaseEventKind kind, String text, @Nullable OffsetDateTime hearingAt) {
        FilingRecord current = filing;
        Optional<FilingState> moves = kind.movesTo();
        if (moves.isPresent() && !moves.get().name().equals(filing.current().state())) {
            current = decide(filing.filingId(), FilingStatus.of(moves.get()), kind.nameRu() + ": " + text);
        }
        return cases.event(current, kind, text, hearingAt);
    }

    @Override
    public void close() {
        timer.close();
        webhooks.close();
    }
}
