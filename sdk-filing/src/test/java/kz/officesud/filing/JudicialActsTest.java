package kz.officesud.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.wire.JudicialActEntry;
import kz.officesud.transport.CourtIoException;
import kz.officesud.transport.CourtServiceException;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Judicial acts downloaded to files: streamed, checked, written whole or not at all, repeated when the wire fails. */
class JudicialActsTest extends CourtServerTestBase {
    private static final byte[] ACT = "%PDF-1.7 решение суда, много страниц".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private static JudicialActEntry entry(byte[] content) {
        return new JudicialActEntry(
                new FilingId("F-1"),
                CourtService.CLAIM,
                court(),
                new JudicialAct(
                        "ACT-1",
                        JudicialActKind.DECISION,
                        "Решение",
                        "Решение.pdf",
                        "application/pdf",
                        content.length,
                        Sha256.of(content),
                        Instant.parse("2026-11-23T05:00:00Z")));
    }

    private static MockResponse pdf(byte[] bytes) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/pdf")
                .body(new Buffer().write(bytes))
                .build();
    }

    private Path previous() throws IOException {
        return Files.writeString(folder.resolve("Решение.pdf"), "the file that was there");
    }

    private void noTemporaryFilesLeft() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    @Test
    void download_writesTheActToTheFile_fromTheFilingsActPath() throws Exception {
        CourtSession session = session();
        server.enqueue(pdf(ACT));

        Path target = session.judicialActs().download(entry(ACT), previous());

        assertThat(target).hasBinaryContent(ACT);
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/v1/filings/F-1/acts/ACT-1");
        noTemporaryFilesLeft();
    }

    @Test
    void download_ofOtherBytesThanTheActListed_leavesTheFileAsItWas() throws Exception {
        CourtSession session = session();
        byte[] other = ACT.clone();
        other[other.length - 1] ^= 1;
        for (int attempt = 0; attempt < 3; attempt++) { // each attempt gets the same wrong bytes
            server.enqueue(pdf(other));
        }
        Path target = previous();

        assertThatThrownBy(() -> session.judicialActs().download(entry(ACT), target))
                .isInstanceOf(CourtIoException.class)
                .hasMessageContaining("SHA-256");
        assertThat(target).hasContent("the file that was there");
        noTemporaryFilesLeft();
    }

    @Test
    void download_ofMoreBytesThanTheActsSize_isCutShort_andRefused() throws Exception {
        CourtSession session = session();
        byte[] endless = new byte[ACT.length + 1_000_000];
        for (int attempt = 0; attempt < 3; attempt++) {
            server.enqueue(pdf(endless));
        }
        Path target = previous();

        assertThatThrownBy(() -> session.judicialActs().download(entry(ACT), target))
                .isInstanceOf(CourtIoException.class)
                .hasMessageContaining("larger than");
        assertThat(target).hasContent("the file that was there");
        noTemporaryFilesLeft();
    }

    @Test
    void download_cutMidwayOrAnswered503_isRepeated_andTheFileIsWhole() throws Exception {
        CourtSession session = session();
        server.enqueue(problem(503, "unavailable", "try again"));
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(new Buffer().write(ACT))
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        server.enqueue(pdf(ACT));

        Path target = session.judicialActs().download(entry(ACT), folder.resolve("Решение.pdf"));

        assertThat(target).hasBinaryContent(ACT);
        noTemporaryFilesLeft();
    }

    @Test
    void download_thatTheCourtRefuses_isItsProblem_andNoFile() throws Exception {
        CourtSession session = session();
        server.enqueue(problem(404, "not_found", "no such judicial act on this filing"));
        Path target = folder.resolve("Решение.pdf");

        assertThatThrownBy(() -> session.judicialActs().download(entry(ACT), target))
                .isInstanceOfSatisfying(
                        CourtServiceException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
        assertThat(target).doesNotExist();
        noTemporaryFilesLeft();
    }
}
