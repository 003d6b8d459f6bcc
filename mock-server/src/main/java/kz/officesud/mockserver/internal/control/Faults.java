package kz.officesud.mockserver.internal.control;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import kz.officesud.mockserver.CourtFault;
import kz.officesud.mockserver.internal.http.Fault;
import org.jspecify.annotations.Nullable;

/**
 * The faults a test armed: each call of an operation takes the first armed fault of that operation, which then
 * counts down (a count) or fires with its probability (a fraction). Thread-safe.
 */
public final class Faults implements Fault.Plan {
    /** At most this many faults are armed at once. */
    public static final int MAX_ARMED = 1000;

    private static final class Armed {
        final CourtFault fault;
        int left;

        Armed(CourtFault fault) {
            this.fault = fault;
            this.left = fault.times();
        }

        boolean fraction() {
            return fault.fraction() != null;
        }
    }

    private final List<Armed> armed = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom();

    public synchronized void add(CourtFault fault) {
        if (armed.size() >= MAX_ARMED) {
            throw new IllegalArgumentException("at most " + MAX_ARMED + " faults are armed at once");
        }
        armed.add(new Armed(fault));
    }

    public synchronized List<CourtFault> armed() {
        List<CourtFault> faults = new ArrayList<>();
        for (Armed one : armed) {
            faults.add(one.fraction() ? one.fault : one.fault.times(one.left));
        }
        return faults;
    }

    public synchronized void clear() {
        armed.clear();
    }

    @Override
    public synchronized @Nullable Fault next(String operation) {
        for (Iterator<Armed> it = armed.iterator(); it.hasNext(); ) {
            Armed one = it.next();
            if (!one.fault.operation().equals(operation)) {
                continue;
            }
            Double fraction = one.fault.fraction();
            if (fraction != null) {
                if (random.nextDouble() >= fraction) {
                    return null;
                }
            } else if (--one.left <= 0) {
                it.remove();
            }
            return fault(one.fault);
        }
        return null;
    }

    private static Fault fault(CourtFault fault) {
        Fault strike = strike(fault);
        return fault.phase() == CourtFault.Phase.AFTER_HANDLING ? new Fault.After(strike) : strike;
    }

    private static Fault strike(CourtFault fault) {
        return switch (fault.kind()) {
            case LATENCY -> new Fault.Latency(java.util.Objects.requireNonNull(fault.latency()));
            case STATUS ->
                new Fault.Status(
                        java.util.Objects.requireNonNull(fault.status()),
                        fault.retryAfter() == null ? null : fault.retryAfter().toSeconds());
            case DROP -> new Fault.Drop();
        };
    }
}
