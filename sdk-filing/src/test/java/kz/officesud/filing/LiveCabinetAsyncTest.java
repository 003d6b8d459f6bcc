package kz.officesud.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous calls of an office that drives the live cabinet's pages: they run off the calling thread, cancelling
 * one cancels the page request in flight and reads no further page, and what the pages do not offer fails with the
 * same typed error as the blocking call.
 */
class LiveCabinetAsyncTest extends CourtServerTestBase {

    private CourtOffice live() {
        return officeBuilder()
                .liveCabinet(URI.create(server.url("/").toString()))
                .build();
    }

    @Test
    void cancellingALogIn_cancelsThePageRequestInFlight_andReadsNoFurtherPage() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .headersDelay(10, TimeUnit.SECONDS)
                .body("<html></html>")
                .build());
        try (CourtOffice office = live()) {
            CompletableFuture<CourtSession> logIn = office.loginAsync("870412300415", "secret".toCharArray());
            RecordedRequest page = server.takeRequest(10, TimeUnit.SECONDS);
            assertThat(page).as("the log-in page asked, off the calling thread").isNotNull();
            assertThat(page.getMethod()).isEqualTo("GET");

            assertThat(logIn.cancel(true)).isTrue();

            assertCancelledAndNothingMoreSent(logIn, "the page request was cancelled");
        }
    }

    @Test
    void aCallThePagesDoNotOffer_failsAsTheBlockingCallDoes_andSendsNothing() throws Exception {
        try (CourtOffice office = live()) {
            CompletableFuture<RegisteredUser> registering =
                    office.registerAsync(key(), "secret".toCharArray(), "a@example.kz", UserAgreement.ACCEPTED);

            assertThatThrownBy(() -> registering.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() ->
                            office.register(key(), "secret".toCharArray(), "a@example.kz", UserAgreement.ACCEPTED))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void theCaseSearchCallsThePagesDoNotOffer_failTyped_bothWays_andSendNothing() throws Exception {
        try (CourtOffice office = live()) {
            var search = office.caseSearch();
            List<ThrowingCallable> blocking = List.of(
                    search::viewedCases,
                    () -> search.observe("870412300415", "secret".toCharArray()),
                    () -> search.requestAccess(null));
            for (ThrowingCallable call : blocking) {
                assertThatThrownBy(call).isInstanceOf(UnsupportedOperationException.class);
            }
            for (CompletableFuture<?> future : List.of(
                    search.viewedCasesAsync(),
                    search.observeAsync("870412300415", "secret".toCharArray()),
                    search.requestAccessAsync(null))) {
                assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class)
                        .cause()
                        .isInstanceOf(UnsupportedOperationException.class)
                        .hasMessageContaining("live cabinet");
            }
            assertThat(server.getRequestCount()).isZero();
        }
    }
}
