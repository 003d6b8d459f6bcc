package kz.officesud.transport.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Chains of asynchronous calls whose cancellation reaches the call in flight: {@link CompletableFuture#thenCompose}
 * alone would leave it running when the caller cancels the result.
 */
public final class Futures {
    private Futures() {}

    /** {@code first}, then the future {@code next} makes of its value; cancelling the result cancels whichever runs. */
    public static <A, B> CompletableFuture<B> then(
            CompletableFuture<A> first, Function<? super A, CompletableFuture<B>> next) {
        CompletableFuture<B> result = new CompletableFuture<>();
        AtomicReference<CompletableFuture<?>> running = new AtomicReference<>(first);
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                running.get().cancel(true);
            }
        });
        first.whenComplete((a, failure) -> {
            if (failure != null) {
                result.completeExceptionally(unwrap(failure));
                return;
            }
            if (result.isDone()) {
                return;
            }
            CompletableFuture<B> second;
            try {
                second = next.apply(a);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            running.set(second);
            if (result.isCancelled()) {
                second.cancel(true);
                return;
            }
            second.whenComplete((b, secondFailure) -> {
                if (secondFailure != null) {
                    result.completeExceptionally(unwrap(secondFailure));
                } else {
                    result.complete(b);
                }
            });
        });
        return result;
    }

    /** {@code first}'s value mapped; cancelling the result cancels {@code first} (which {@code thenApply} does not). */
    public static <A, B> CompletableFuture<B> map(CompletableFuture<A> first, Function<? super A, B> mapping) {
        return then(first, a -> CompletableFuture.completedFuture(mapping.apply(a)));
    }

    /** The future {@code start} makes, or a failed one when it throws (a local check that fails before any call). */
    public static <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> start) {
        try {
            return start.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The SDK's exception inside a {@link CompletionException}, so that callers see the type the sync call throws. */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null && !(t instanceof CancellationException)) {
            t = t.getCause();
        }
        return t;
    }
}
