package kz.officesud.mockserver;

import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.mockserver.internal.court.ClerkEngine;

/**
 * The court's registration clerk (the 2018 rules, seed 004, §22–24), under a test's control. By default the clerk decides at once:
 * a filing is REGISTERED or REFUSED by the time its talon is answered. {@link #manual()} leaves filings SENT
 * until {@link #run()}; {@link #withinOneWorkingDay()} decides them when the {@link CourtClock} reaches the
 * next working day. Decisions can be forced ({@link #refuseNext}, {@link #refuse}, {@link #moveTo}).
 */
public final class Clerk {
    /** When the clerk decides. */
    public enum Policy {
        IMMEDIATE,
        WITHIN_ONE_WORKING_DAY,
        MANUAL
    }

    private final ClerkEngine engine;

    Clerk(ClerkEngine engine) {
        this.engine = engine;
    }

    public Policy policy() {
        return Policy.valueOf(engine.policy().name());
    }

    /** Decide each filing as soon as its talon is issued (the default). */
    public Clerk immediate() {
        engine.policy(ClerkEngine.Policy.IMMEDIATE);
        return this;
    }

    /** Leave filings SENT until {@link #run()}. */
    public Clerk manual() {
        engine.policy(ClerkEngine.Policy.MANUAL);
        return this;
    }

    /** Decide each filing when the court clock reaches the same time on the next working day. */
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
        moveTo(filing, FilingStatus.REGISTERED, "registered by the court");
    }

    /** Refuses a SENT filing now on {@code ground}. */
    public void refuse(FilingId filing, RefusalGround ground) {
        moveTo(filing, FilingStatus.refused(ground), "refused by the court");
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
