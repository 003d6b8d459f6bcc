package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import javax.management.JMException;
import javax.management.ObjectName;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.ParticipantCategory;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.mockserver.internal.http.ServerRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An observation download is streamed from the court's storage, never read whole into memory: while the court serves
 * a 24 MiB document, its own threads allocate a small fraction of it (a court that read the document into a byte
 * array would allocate the whole, and more as the array grows). Measured with the JVM's per-thread allocation
 * counters, on the court's threads only — the test's client reads on threads of its own.
 */
class ObservationDownloadStreamingTest {
    static final int SIZE = 24 * 1024 * 1024;

    @RegisterExtension
    ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(b ->
            b.clock(CourtClock.fixed(Instant.parse("2026-11-23T05:00:00Z"))).clerkPolicy(Clerk.Policy.IMMEDIATE));

    @Test
    void aLargeDocument_isServedWithItsLength_whileTheCourtsThreadsAllocateAFractionOfIt() throws Exception {
        assumeTrue(allocatedBytes(Thread.currentThread()) >= 0, "the JVM counts no allocations per thread");

        CourtHttp http = CourtHttp.of(court);
        TestUser user = court.users().individual();
        FilingId filing = FilingId.of(http.filedClaim(user, "large", "large"));
        court.court().observation().openCase("7517-26-00-2/900", filing, ProceedingsForm.CIVIL, CourtInstance.FIRST);
        byte[] content = new byte[SIZE];
        new Random(1).nextBytes(content);
        JudicialAct act = court.clerk()
                .issueAct(filing, JudicialActKind.DECISION, "Решение", "решение.pdf", "application/pdf", content);
        String expected = hex(MessageDigest.getInstance("SHA-256").digest(content));
        content = null;
        String password = ArchivedCasesAndViewedCasesTest.password(
                court.court(), "7517-26-00-2/900", user, ParticipantCategory.PLAINTIFF);
        JsonNode observed = http.postJson(
                        "/api/v1/observations", Map.of("iin", user.iin().value(), "password", password))
                .expect(200)
                .json();
        HttpRequest request = HttpRequest.newBuilder(
                        court.baseUrl().resolve("/api/v1/observations/documents/" + act.actId()))
                .header(
                        "Authorization",
                        "Bearer " + observed.path("accessToken").asText())
                .build();

        Download download = download(HttpClient.newHttpClient(), request);

        assertThat(download.response().statusCode()).isEqualTo(200);
        assertThat(download.response().headers().firstValue("Content-Length")).hasValue(String.valueOf(SIZE));
        assertThat(download.read()).isEqualTo(SIZE);
        assertThat(download.sha256()).isEqualTo(expected);
        assertThat(download.allocated())
                .as("bytes the court's threads allocated to serve %d bytes", SIZE)
                .isLessThan(SIZE / 8);
    }

    /** A download read to its end: its answer, the bytes read, their SHA-256, the court's threads' allocation. */
    record Download(HttpResponse<InputStream> response, long read, String sha256, long allocated) {}

    /** Sends {@code request} and reads the answer to its end, counting what the court's threads allocate meanwhile. */
    static Download download(HttpClient client, HttpRequest request) throws Exception {
        Map<Long, Long> before = courtThreadsAllocated();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long read = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                digest.update(buffer, 0, n);
                read += n;
            }
        }
        return new Download(response, read, hex(digest.digest()), allocatedSince(before));
    }

    /**
     * The bytes a thread has allocated, by the platform's threading bean ({@code getThreadAllocatedBytes}, HotSpot's
     * extension), or -1 when the JVM does not count them.
     */
    static long allocatedBytes(Thread thread) {
        try {
            Object bytes = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName(ManagementFactory.THREAD_MXBEAN_NAME),
                            "getThreadAllocatedBytes",
                            new Object[] {thread.getId()},
                            new String[] {"long"});
            return bytes instanceof Long value ? value : -1;
        } catch (JMException | RuntimeException e) {
            return -1;
        }
    }

    private static Map<Long, Long> courtThreadsAllocated() {
        Map<Long, Long> out = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(ServerRunner.THREAD_PREFIX)) {
                long bytes = allocatedBytes(t);
                if (bytes >= 0) {
                    out.put(t.getId(), bytes);
                }
            }
        }
        return out;
    }

    private static long allocatedSince(Map<Long, Long> before) {
        long total = 0;
        for (Map.Entry<Long, Long> now : courtThreadsAllocated().entrySet()) {
            total += now.getValue() - before.getOrDefault(now.getKey(), 0L);
        }
        return total;
    }

    static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
