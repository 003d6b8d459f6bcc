package kz.officesud.transport.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Interceptor;
import org.jspecify.annotations.Nullable;

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

    /**
     * A blocking step with no asynchronous form run as a future on {@code executor}: a signature (the signer's
     * interface blocks: a key in memory, or NCALayer waiting for its user), a file hashed, or a sequence of calls that
     * must run one after another (the live cabinet's paced pages). Cancelling the future before the step starts skips
     * it; cancelling it while it runs cancels the HTTP call it has in flight on a client carrying {@link
     * #CANCELLATION}, and fails every later call of the step before it is sent.
     */
    public static <T> CompletableFuture<T> blocking(Executor executor, Supplier<T> step) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Scope scope = new Scope();
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                scope.cancel();
            }
        });
        Runnable run = () -> {
            if (result.isDone()) {
                return;
            }
            Scope outer = SCOPE.get();
            SCOPE.set(scope);
            try {
                result.complete(step.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            } catch (Error e) {
                result.completeExceptionally(e);
                throw e;
            } finally {
                SCOPE.set(outer);
            }
        };
        try {
            executor.execute(run);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    private static final ThreadLocal<@Nullable Scope> SCOPE = new ThreadLocal<>();

    /**
     * The interceptor through which a {@link #blocking} step's calls are seen: on a client that carries it, a call made
     * inside a cancelled step is cancelled, the one in flight when it is cancelled too. Outside a step it does nothing.
     */
    public static final Interceptor CANCELLATION = chain -> {
        Scope scope = SCOPE.get();
        if (scope != null) {
            scope.enter(chain.call());
        }
        return chain.proceed(chain.request());
    };

    /** The call in flight of one blocking step, and whether the step was cancelled. */
    private static final class Scope {
        private @Nullable Call current;
        private boolean cancelled;

        synchronized void enter(Call call) {
            current = call;
            if (cancelled) {
                call.cancel();
            }
        }

        synchronized void cancel() {
            cancelled = true;
            if (current != null) {
                current.cancel();
            }
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
