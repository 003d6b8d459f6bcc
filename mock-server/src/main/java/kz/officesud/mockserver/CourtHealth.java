package kz.officesud.mockserver;

import java.time.Instant;
import java.util.Objects;

/**
 * The court's answer to "are you there": {@code UP}, its clock's now and the clerk's policy.
 *
 * @param status {@code UP}
 * @param now the court clock's now
 * @param clerkPolicy the clerk's policy
 */
public record CourtHealth(String status, Instant now, Clerk.Policy clerkPolicy) {
    public CourtHealth {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(clerkPolicy, "clerkPolicy");
    }
}
