package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Random;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A judicial act downloaded from «Мои дела» — by the API ({@code GET /api/v1/filings/{id}/acts/{actId}}) and by the
 * web cabinet's «Судебные акты» page — is streamed from the court's storage, never read whole into memory: while the
 * court serves a 24 MiB act, its own threads allocate a small fraction of it (measured as
 * {@link ObservationDownloadStreamingTest} measures an observation's download).
 */
class ActDownloadStreamingTest {
    static final int SIZE = ObservationDownloadStreamingTest.SIZE;

    @RegisterExtension
    ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(b ->
            b.clock(CourtClock.fixed(Instant.parse("2026-11-23T05:00:00Z"))).clerkPolicy(Clerk.Policy.IMMEDIATE));

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private TestUser user;
    private FilingId filing;
    private JudicialAct act;
    private String expected;

    @BeforeEach
    void aLargeActOnAFiling() throws Exception {
        assumeTrue(
                ObservationDownloadStreamingTest.allocatedBytes(Thread.currentThread()) >= 0,
                "the JVM counts no allocations per thread");
        CourtHttp http = CourtHttp.of(court);
        user = court.users().individual();
        filing = FilingId.of(http.filedClaim(user, "large act", "large-act"));
        byte[] content = new byte[SIZE];
        new Random(2).nextBytes(content);
        act = court.clerk()
                .issueAct(filing, JudicialActKind.DECISION, "Решение", "решение.pdf", "application/pdf", content);
        expected = ObservationDownloadStreamingTest.hex(
                MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void theApisActDownload_isStreamed() throws Exception {
        String token = CourtHttp.of(court).token(user);
        HttpRequest request = HttpRequest.newBuilder(
                        court.baseUrl().resolve("/api/v1/filings/" + filing.value() + "/acts/" + act.actId()))
                .header("Authorization", "Bearer " + token)
                .build();

        assertStreamed(request);
    }

    @Test
    void theWebCabinetsActDownload_isStreamed() throws Exception {
        String session = WebCabinetPagesTest.logIn(client, court, user);
        HttpRequest request = HttpRequest.newBuilder(court.baseUrl()
                        .resolve("/form/courtActs/download?uid=" + act.actId() + "&filing=" + filing.value()))
                .header("Cookie", session)
                .build();

        assertStreamed(request);
    }

    private void assertStreamed(HttpRequest request) throws Exception {
        ObservationDownloadStreamingTest.Download download = ObservationDownloadStreamingTest.download(client, request);

        HttpResponse<InputStream> response = download.response();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(SIZE));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename*=UTF-8''%D1%80%D0%B5%D1%88%D0%B5%D0%BD%D0%B8%D0%B5.pdf");
        assertThat(download.read()).isEqualTo(SIZE);
        assertThat(download.sha256()).isEqualTo(expected);
        assertThat(download.allocated())
                .as("bytes the court's threads allocated to serve %d bytes", SIZE)
                .isLessThan(SIZE / 8);
    }
}
