package kz.officesud.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Talon;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.wire.FilingView;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The session's calls as futures: the same results and failures as the blocking calls, and cancellation. */
class CourtSessionAsyncTest extends CourtServerTestBase {

    @Test
    void fileAsync_uploadsSignsAndSubmits_likeFile() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        server.enqueue(filed(201));
        List<FilingProgress> progress = Collections.synchronizedList(new ArrayList<>());

        Talon talon = session.fileAsync(claim, key(), FilingOptions.defaults(), progress::add)
                .get(30, TimeUnit.SECONDS);

        assertThat(talon).isEqualTo(talon());
        assertThat(takeAll())
                .extracting(RecordedRequest::getMethod, r -> r.getUrl().encodedPath())
                .endsWith(
                        org.assertj.core.groups.Tuple.tuple("POST", "/api/v1/uploads"),
                        org.assertj.core.groups.Tuple.tuple("POST", "/api/v1/uploads"),
                        org.assertj.core.groups.Tuple.tuple("POST", "/api/v1/filings"));
        long total = progress.get(0).totalBytes();
        assertThat(progress.get(progress.size() - 1)).isEqualTo(new FilingProgress(total, total));
        assertThat(progress).extracting(FilingProgress::bytesUploaded).isSorted();
    }

    @Test
    void fileAsync_ofAFilingThatFailsTheRules_isAFailedFuture_andNothingIsSent() throws Exception {
        claim();
        Claim invalid = Claim.builder().document(statementFile).build();
        CourtSession session = session();

        CompletableFuture<Talon> filing = session.fileAsync(invalid, key());

        assertThatThrownBy(() -> filing.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(ValidationException.class);
        assertThat(takeAll()).isEmpty();
    }

    @Test
    void cancellingFileAsync_duringAnUpload_cancelsIt_andSubmitsNothing() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        server.enqueue(new MockResponse.Builder()
                .headersDelay(10, TimeUnit.SECONDS)
                .body("{}")
                .build());

        CompletableFuture<Talon> filing = session.fileAsync(claim, key());
        RecordedRequest upload = server.takeRequest(10, TimeUnit.SECONDS);
        assertThat(upload).isNotNull();
        assertThat(upload.getUrl().encodedPath()).isEqualTo("/api/v1/uploads");

        assertThat(filing.cancel(true)).isTrue();

        assertCancelledAndNothingMoreSent(filing, "the upload in flight was cancelled");
    }

    @Test
    void submitAsync_ofAPreparedFiling_afterA500_asksWhetherItArrived_andTakesItsTalon() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        PreparedFiling prepared = session.prepare(claim);
        takeAll();
        server.enqueue(problem(500, "internal_error", "stored, then failed"));
        FilingView v = filingView();
        server.enqueue(json(
                200,
                List.of(new FilingView(
                        v.filingId(),
                        v.service(),
                        v.talon(),
                        v.court(),
                        v.status(),
                        v.history(),
                        v.reference(),
                        prepared.idempotencyKey().value(),
                        v.documents(),
                        v.events(),
                        v.acts(),
                        v.answers()))));
        byte[] signature = kz.officesud.signing.Cms.signDetached(key(), prepared.dataToSign());

        Talon talon = session.submitAsync(prepared, signature).get(30, TimeUnit.SECONDS);

        assertThat(talon).isEqualTo(talon());
        List<RecordedRequest> sent = takeAll();
        assertThat(sent).extracting(RecordedRequest::getMethod).containsExactly("POST", "GET");
        assertThat(sent.get(1).getUrl().queryParameter("idempotencyKey"))
                .isEqualTo(prepared.idempotencyKey().value());
    }

    @Test
    void talonPdfAsync_streamsToTheFile() throws Exception {
        CourtSession session = session();
        byte[] pdf = pdf("talon", 200_000);
        server.enqueue(new MockResponse.Builder()
                .addHeader("Content-Type", "application/pdf")
                .body(new okio.Buffer().write(pdf))
                .build());
        java.nio.file.Path target = dir.resolve("talon.pdf");
        Files.write(target, new byte[] {1}, StandardOpenOption.CREATE);

        assertThat(session.myCases().talonPdfAsync(talon().filingId(), target).get(30, TimeUnit.SECONDS))
                .isEqualTo(target);

        assertThat(target).hasBinaryContent(pdf);
        assertThat(Duration.ZERO).isZero();
    }
}
