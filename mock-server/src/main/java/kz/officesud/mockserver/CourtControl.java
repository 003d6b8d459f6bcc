package kz.officesud.mockserver;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.signing.revocation.RevocationReason;

/**
 * Everything a test steers in a reference court, one surface in two forms: in process ({@link
 * ReferenceCourt#control()}) and over HTTP against a standalone court ({@link HttpCourtControl}), which behave
 * the same. Refusals are {@link ReferenceCourtException}s (over HTTP: the court's 400/404/409 problem, its detail
 * in the message).
 *
 * <pre>{@code
 * CourtControl control = HttpCourtControl.connect(URI.create("http://127.0.0.1:8080/"), token);
 * control.reset();
 * control.setClock(Instant.parse("2026-12-15T04:00:00Z"));
 * control.clerkNext(FilingStatus.refused(RefusalGround.MISSING_ANNEX), "Приложение 2 отсутствует");
 * control.inject(CourtFault.status("POST /api/v1/filings", 503).retryAfter(Duration.ofSeconds(1)));
 * }</pre>
 */
public interface CourtControl {
    /** Whether the court is up, its time and the clerk's policy. */
    CourtHealth health();

    /**
     * Forgets everything: users, uploads, filings, sessions, revocations, pending decisions, faults, the journal
     * and the outboxes; the clock goes back to where it started and the clerk to its configured policy.
     */
    void reset();

    /** Everything the court holds now. */
    CourtSnapshot snapshot();

    /** Puts the court back to a snapshot: a {@link #reset()}, then the snapshot's state and records. */
    void restore(CourtSnapshot snapshot);

    /** Adds a fixture's (a saved snapshot's) users, uploads and filings to what the court holds. */
    void seed(CourtSnapshot fixture);

    /** The court clock's now. */
    Instant now();

    /** Sets the court clock (forward or back) within [{@link CourtClock#EARLIEST}, {@link CourtClock#LATEST}). */
    Instant setClock(Instant instant);

    /** Moves the court clock forward; refused beyond {@link CourtClock#LATEST}. */
    Instant advanceClock(Duration duration);

    /** Moves the court clock to the same time on the {@code days}-th working day (0 to 10 000). */
    Instant advanceWorkingDays(int days);

    Clerk.Policy clerkPolicy();

    void clerkPolicy(Clerk.Policy policy);

    /** The next filing the clerk decides on gets {@code status} with {@code note}, whatever its checks say. */
    void clerkNext(FilingStatus status, String note);

    /** Decides every filing still SENT, now; returns them. */
    List<FilingId> runClerk();

    /** Moves a filing along its lifecycle now, with a note for its history. */
    void decide(FilingId filing, FilingStatus status, String note);

    /**
     * Arms a fault on one operation of the court's API, for a test of how a client copes with a slow, failing or
     * lossy court.
     *
     * <ul>
     *   <li>The operation is {@code METHOD /template} exactly as the OpenAPI description lists it ({@code POST
     *       /api/v1/filings}, {@code GET /api/v1/filings/{filingId}}); an operation the court does not serve, or one
     *       of the control API ({@code /__admin}), is refused ({@link ReferenceCourtException.Reason#INVALID}).
     *   <li>What it does ({@link CourtFault.Kind}): a delay of at most {@link CourtFault#MAX_LATENCY}; an error
     *       status 400–599 as {@code application/problem+json} with {@code code: fault_injected}, the request id and,
     *       when given, {@code Retry-After} in whole seconds; or the connection closed without an answer. The
     *       request journal records a dropped call with status 0.
     *   <li>When: by default before the court handles the request, so a status or a drop leaves nothing done; with
     *       {@link CourtFault#afterHandling()} once the court has done the work (the filing stored, its talon given),
     *       so the client loses or misreads an answer to something that happened.
     *   <li>How often: the next {@link CourtFault#times(int)} calls (one by default), after which the fault
     *       disarms itself; or each call with probability {@link CourtFault#fraction(double)} until {@link
     *       #clearFaults()}. Each call of an operation takes the first armed fault of that operation, in the order
     *       they were armed; at most 1 000 are armed at once.
     *   <li>{@link #reset()} and {@link #restore(CourtSnapshot)} disarm every fault; faults are not kept across a
     *       restart and are not part of a {@link #snapshot()}.
     * </ul>
     *
     * <pre>{@code
     * control.inject(CourtFault.status("POST /api/v1/uploads", 503).retryAfter(Duration.ofSeconds(1)).times(2));
     * control.inject(CourtFault.latency("GET /api/v1/filings", Duration.ofSeconds(3)));
     * control.inject(CourtFault.drop("POST /api/v1/filings").afterHandling()); // filed, the talon lost on the way
     * }</pre>
     */
    void inject(CourtFault fault);

    /** The faults still armed, in the order they were armed; a counted one with the calls it has left. */
    List<CourtFault> faults();

    /** Disarms every fault. */
    void clearFaults();

    /** The requests the court served, oldest first (the last 10 000; the control API's own are not kept). */
    List<JournalEntry> journal();

    void clearJournal();

    /** What the court sent through one outbox ({@code notifications}, {@code email}, {@code webhooks}). */
    List<OutboxMessage> outbox(String outbox);

    /** A new registered individual with a key of the court's test NCA. */
    TestUser newIndividual();

    /** A new registered legal entity's first head with a key of the court's test NCA. */
    TestUser newLegalEntity();

    /** Revokes (or holds) a certificate of the court's test NCA as of the court clock's now. */
    void revoke(X509Certificate certificate, RevocationReason reason);

    /** Lifts a hold or undoes a revocation. */
    void release(X509Certificate certificate);
}
