package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.mockserver.internal.store.BlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash of the court's process leaves half done after a filing is stored — found by killing the standalone
 * court under load ({@link StandaloneCrashLoopTest}) — is finished at the next start, once: the registration card of
 * a filing stored just before the kill, the registration number and notice of a filing registered just before it,
 * a refusal's notice, a notice's e-mail, and bytes stored without the upload that would have named them. The crash
 * is staged here by taking away, from a court's data directory, exactly the files that the kill kept from being
 * written.
 */
class InterruptedWorkTest {
    @TempDir
    Path data;

    private ReferenceCourt start() {
        return ReferenceCourt.builder()
                .dataDirectory(data)
                .clerkPolicy(Clerk.Policy.IMMEDIATE)
                .build()
                .start();
    }

    @Test
    void whatACrashLeftHalfDone_isFinishedAtStart_once() throws IOException {
        String registered;
        String sent;
        String refused;
        try (ReferenceCourt court = start()) {
            CourtHttp http = CourtHttp.of(court);
            TestUser user = court.control().newIndividual();
            registered = http.filedClaim(user, "registered before the kill", "key-registered");
            court.control().clerkNext(FilingStatus.refused(RefusalGround.DUPLICATE), "повторное обращение");
            refused = http.filedClaim(user, "refused before the kill", "key-refused");
            court.control().clerkPolicy(Clerk.Policy.MANUAL);
            sent = http.filedClaim(user, "stored just before the kill", "key-sent");
            court.control().clerkPolicy(Clerk.Policy.IMMEDIATE);
        }
        assertThat(DataDirectoryAudit.of(data).problems()).isEmpty();

        // killed after the filing was stored, before its card: no card, no notice of arrival
        Files.delete(data.resolve("cases").resolve(sent + ".json"));
        removeNotices(sent, "ARRIVED");
        // killed after the decision was stored, before the notice of registration
        removeNotices(registered, "REGISTERED");
        // killed after the refusal, before its notice
        removeNotices(refused, "REFUSED");
        // killed after a notice, before its e-mail
        String arrivalOfRegistered = removeNotices(registered, "ARRIVED").get(0);
        Files.writeString(data.resolve("notifications").resolve(arrivalOfRegistered + ".json"), kept);
        // killed after an upload's bytes were stored, before its record
        byte[] bytes = TestClaims.pdf("uploaded when the court was killed");
        String orphan = BlobStore.sha256Hex(bytes);
        Path orphanFile = data.resolve("blobs").resolve(orphan.substring(0, 2)).resolve(orphan);
        Files.createDirectories(orphanFile.getParent());
        Files.write(orphanFile, bytes);

        assertThat(DataDirectoryAudit.of(data).problems())
                .as("a card, a notice of arrival, of registration, of refusal, an e-mail, an orphan")
                .hasSize(6);

        try (ReferenceCourt court = start()) {
            DataDirectoryAudit audit = DataDirectoryAudit.of(data);
            assertThat(audit.problems()).isEmpty();
            assertThat(audit.states())
                    .containsEntry(registered, "REGISTERED")
                    .containsEntry(sent, "REGISTERED")
                    .containsEntry(refused, "REFUSED");
            assertThat(orphanFile).doesNotExist();
            JsonNode card = CourtHttp.MAPPER.readTree(
                    data.resolve("cases").resolve(sent + ".json").toFile());
            assertThat(card.path("card").path("registrationNumber").asText()).matches("\\d+/\\d{4}/\\d{6}");
        }
        int notices = count(data.resolve("notifications"));
        int emails = count(data.resolve("outbox").resolve("emails"));

        try (ReferenceCourt court = start()) {
            assertThat(DataDirectoryAudit.of(data).problems()).isEmpty();
        }
        assertThat(count(data.resolve("notifications")))
                .as("nothing done twice")
                .isEqualTo(notices);
        assertThat(count(data.resolve("outbox").resolve("emails"))).isEqualTo(emails);
    }

    private String kept = "";

    /** Deletes a filing's notices of a kind and their e-mails; returns their ids (the last one's JSON in {@link #kept}). */
    private List<String> removeNotices(String filingId, String kind) throws IOException {
        List<String> removed = new ArrayList<>();
        for (Path file : files(
                data.resolve("notifications"),
                json -> json.path("filingId").asText().equals(filingId)
                        && json.path("kind").asText().equals(kind))) {
            String id = CourtHttp.MAPPER
                    .readTree(file.toFile())
                    .path("notificationId")
                    .asText();
            kept = Files.readString(file);
            Files.delete(file);
            removed.add(id);
            for (Path email : files(
                    data.resolve("outbox").resolve("emails"),
                    json -> json.path("notificationId").asText().equals(id))) {
                Files.delete(email);
            }
        }
        assertThat(removed).as("%s notices of %s", kind, filingId).isNotEmpty();
        return removed;
    }

    private static List<Path> files(Path directory, Predicate<JsonNode> which) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> all = Files.list(directory)) {
            for (Path file : (Iterable<Path>) all::iterator) {
                if (file.toString().endsWith(".json") && which.test(CourtHttp.MAPPER.readTree(file.toFile()))) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private static int count(Path directory) throws IOException {
        try (Stream<Path> all = Files.list(directory)) {
            return (int) all.filter(file -> file.toString().endsWith(".json")).count();
        }
    }
}
