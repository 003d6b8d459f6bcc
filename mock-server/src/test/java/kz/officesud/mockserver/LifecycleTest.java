package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.officesud.core.model.FilingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start, stop, restart on the same data directory; no port or thread left behind. */
class LifecycleTest {
    @TempDir
    Path dataDirectory;

    private static List<Thread> courtThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith("reference-court-http-"))
                .toList();
    }

    @Test
    void close_releasesThePortAndTheThreads() throws Exception {
        ReferenceCourt court =
                ReferenceCourt.builder().dataDirectory(dataDirectory).build().start();
        int port = court.port();
        CourtHttp http = CourtHttp.of(court);
        for (int i = 0; i < 5; i++) {
            http.get("/__admin/health").expect(200);
        }

        court.close();

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        assertThat(courtThreads()).isEmpty();
        court.close(); // idempotent
    }

    @Test
    void restart_onTheSameDirectory_keepsUsersAndFilings() throws Exception {
        String login;
        String password;
        String filingId;
        try (ReferenceCourt court = ReferenceCourt.builder()
                .dataDirectory(dataDirectory)
                .clerkPolicy(Clerk.Policy.IMMEDIATE)
                .build()
                .start()) {
            CourtHttp http = CourtHttp.of(court);
            TestUser user = court.users().individual();
            login = user.login();
            password = user.password();
            String token = http.token(user);
            TestClaims.ClaimWithFiles claim = TestClaims.claimBy(user, "persistence");
            byte[] manifest = CourtHttp.manifest(claim.claim(), user);
            filingId = http.file(
                            token,
                            "key-persist",
                            CourtHttp.filingBody(
                                    manifest,
                                    CourtHttp.sign(user.key(), manifest),
                                    http.uploadAll(token, claim.files())))
                    .expect(201)
                    .json()
                    .path("filingId")
                    .asText();
        }
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }

        try (ReferenceCourt court = ReferenceCourt.builder()
                .dataDirectory(dataDirectory)
                .clerkPolicy(Clerk.Policy.IMMEDIATE)
                .build()
                .start()) {
            CourtHttp http = CourtHttp.of(court);
            String token =
                    http.logIn(login, password).expect(201).json().path("token").asText();
            List<JsonNode> cases = http.myCases(token);

            assertThat(cases).hasSize(1);
            assertThat(cases.get(0).path("filingId").asText()).isEqualTo(filingId);
            assertThat(CourtHttp.MAPPER.treeToValue(cases.get(0).path("status"), FilingStatus.class))
                    .isEqualTo(FilingStatus.REGISTERED);
            assertThat(cases.get(0).path("history")).hasSize(2);
            // the next talon continues the numbering
            TestUser next = court.users().individual();
            String nextToken = http.token(next);
            TestClaims.ClaimWithFiles claim = TestClaims.claimBy(next, "after restart");
            byte[] manifest = CourtHttp.manifest(claim.claim(), next);
            JsonNode talon = http.file(
                            nextToken,
                            "key-after",
                            CourtHttp.filingBody(
                                    manifest,
                                    CourtHttp.sign(next.key(), manifest),
                                    http.uploadAll(nextToken, claim.files())))
                    .expect(201)
                    .json();
            assertThat(talon.path("number").asText())
                    .isNotEqualTo(cases.get(0).path("talon").path("number").asText());
        }
    }

    @Test
    void restart_afterACrashMidWrite_ignoresAndSweepsTheHalfWrittenRecord() throws IOException {
        Path filings = dataDirectory.resolve("filings");
        Files.createDirectories(filings);
        Path half = filings.resolve(".tmp-12345.part");
        Files.writeString(half, "{\"filingId\":\"F-half\",\"userId\":");
        Path upload = dataDirectory.resolve("tmp").resolve(".tmp-999.part");
        Files.createDirectories(upload.getParent());
        Files.write(upload, new byte[1024]);

        try (ReferenceCourt court =
                ReferenceCourt.builder().dataDirectory(dataDirectory).build().start()) {
            CourtHttp.of(court).get("/__admin/health").expect(200);
        }

        assertThat(half).doesNotExist();
        assertThat(upload).doesNotExist();
    }

    @Test
    void keysOfAnEarlierRun_stillVerifyAfterRestart() throws IOException {
        TestUser user;
        try (ReferenceCourt court =
                ReferenceCourt.builder().dataDirectory(dataDirectory).build().start()) {
            user = court.users().individual();
        }
        try (ReferenceCourt court =
                ReferenceCourt.builder().dataDirectory(dataDirectory).build().start()) {
            CourtHttp http = CourtHttp.of(court);
            assertThat(http.logInWithKey(user.key())
                            .expect(201)
                            .json()
                            .path("user")
                            .path("login")
                            .asText())
                    .isEqualTo(user.login());
        }
    }

    @Test
    void start_twice_isRefused_andACourtWithoutADataDirectoryLivesInMemory() {
        try (ReferenceCourt court =
                ReferenceCourt.builder().dataDirectory(dataDirectory).build().start()) {
            assertThatThrownBy(court::start).isInstanceOf(ReferenceCourtException.class);
        }
        try (ReferenceCourt court = ReferenceCourt.builder().build().start()) {
            assertThat(court.dataDirectory()).isEmpty();
            CourtHttp.of(court).get("/__admin/health").expect(200);
        }
    }
}
