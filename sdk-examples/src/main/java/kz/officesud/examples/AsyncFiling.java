package kz.officesud.examples;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Talon;
import kz.officesud.filing.CourtSession;
import kz.officesud.signing.NcaSigner;

/**
 * Filing several claims at once without a thread per filing, compiled and run by the tests against the reference
 * court: each filing a future on OkHttp's dispatcher, and those still running when the time is up cancelled.
 */
public final class AsyncFiling {
    private AsyncFiling() {}

    /**
     * Files every claim concurrently; when {@code limit} has passed, cancels the filings not yet done (their call in
     * flight is cancelled and nothing more of them is sent). Returns at once: one future per claim.
     */
    public static List<CompletableFuture<Talon>> fileAll(
            CourtSession session, List<? extends Filing> claims, NcaSigner key, Duration limit) {
        // README:BEGIN
        List<CompletableFuture<Talon>> filings = claims.stream()
                .map(claim -> session.fileAsync(claim, key)) // uploads and submission enqueued on OkHttp's dispatcher
                .toList();
        CompletableFuture.allOf(filings.toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, limit.toMillis(), TimeUnit.MILLISECONDS)
                .thenRun(() -> filings.forEach(filing -> filing.cancel(true))); // the late ones: their call cancelled
        // README:END
        return filings;
    }
}
