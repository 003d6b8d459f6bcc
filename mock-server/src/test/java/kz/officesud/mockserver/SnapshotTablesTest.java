package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.Letter;
import kz.officesud.mockserver.internal.casefile.CaseFiles;
import kz.officesud.mockserver.internal.casefile.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A snapshot carries everything the court keeps, not only users, uploads and filings: the case files with their
 * events and acts (and the acts' bytes), notifications, observation, drafts. Restored, the court answers as before;
 * reset, it keeps nothing of them.
 */
class SnapshotTablesTest {
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            builder -> builder.clock(CourtClock.fixed(MONDAY_10)).clerkPolicy(Clerk.Policy.MANUAL));

    private final CourtHttp http = CourtHttp.of(court);

    @Test
    void restore_bringsBackTheCaseItsActsBytesNotificationsObservationAndDrafts() throws Exception {
        TestUser user = court.users().individual();
        String filingId = http.filedClaim(user, "snapshot-tables", "snapshot-tables");
        FilingId filing = FilingId.of(filingId);
        court.clerk().register(filing, "Зарегистрировано");
        court.clerk().event(filing, CaseEventKind.ACCEPTED, "Иск принят к производству");
        byte[] decision = TestDocuments.pdf("РЕШЕНИЕ", "Иск удовлетворить.");
        String actId = court.clerk()
                .issueAct(filing, JudicialActKind.DECISION, "Решение", "решение.pdf", "application/pdf", decision)
                .actId();
        http.postJson(
                        "/__admin/observed-cases",
                        Map.of(
                                "caseNumber",
                                "7517-26-00-2/77",
                                "filingId",
                                filingId,
                                "form",
                                "CIVIL",
                                "instance",
                                "FIRST"))
                .expect(201);
        String password = http.postJson(
                        "/__admin/access-grants",
                        Map.of(
                                "caseNumber", "7517-26-00-2/77",
                                "iin", user.iin().value(),
                                "fullName", "Асанов Болат Серикович",
                                "category", "PLAINTIFF",
                                "requestedOn", "2026-11-23",
                                "email", "plaintiff@example.kz"))
                .expect(201)
                .json()
                .path("password")
                .asText();
        String owner = CourtHttp.bearer(http.token(user));
        String draftId = http.postJson(
                        "/api/v1/drafts",
                        Map.of(
                                "filing",
                                Letter.builder().court("7517").subject("Тема").build()),
                        "Authorization",
                        owner)
                .expect(201)
                .json()
                .path("draftId")
                .asText();
        JsonNode before = seen(user, filingId);

        CourtSnapshot snapshot = court.control().snapshot();
        court.control().reset();
        assertThat(tableRows(court.control().snapshot()))
                .as("a reset court keeps no row of any table")
                .isEmpty();
        court.control().restore(snapshot);

        assertThat(seen(user, filingId)).isEqualTo(before);
        String again = CourtHttp.bearer(http.token(user));
        CourtHttp.Reply act = http.get("/api/v1/filings/" + filingId + "/acts/" + actId, "Authorization", again);
        assertThat(act.status()).isEqualTo(200);
        assertThat(act.body()).isEqualTo(decision);
        assertThat(http.get("/api/v1/drafts", "Authorization", again)
                        .expect(200)
                        .json()
                        .findValuesAsText("draftId"))
                .containsExactly(draftId);
        assertThat(http.postJson(
                                "/api/v1/observations", Map.of("iin", user.iin().value(), "password", password))
                        .expect(200)
                        .json()
                        .toString())
                .contains("7517-26-00-2/77");
    }

    @Test
    void registrationNumbers_goOnFromTheRestoredCases_andStartAgainAfterAReset() throws Exception {
        court.control().reset();
        TestUser user = court.users().individual();
        assertThat(registered(user, "numbering-1")).endsWith("/000001");
        assertThat(registered(user, "numbering-2")).endsWith("/000002");
        CourtSnapshot two = court.control().snapshot();
        assertThat(registered(user, "numbering-3")).endsWith("/000003");

        court.control().reset();
        TestUser afterReset = court.users().individual();
        assertThat(registered(afterReset, "numbering-after-reset"))
                .as("a reset court numbers from the first again")
                .endsWith("/000001");

        court.control().restore(two);
        assertThat(registered(user, "numbering-after-restore"))
                .as("a restored court goes on from the snapshot's highest number")
                .endsWith("/000003");
        court.control().reset();
        court.control().seed(two);
        assertThat(registered(user, "numbering-after-seed")).endsWith("/000003");
    }

    private String registered(TestUser user, String reference) throws Exception {
        String filingId = http.filedClaim(user, reference, reference);
        court.clerk().register(FilingId.of(filingId), "Зарегистрировано");
        return court.clerk().card(FilingId.of(filingId)).registrationNumber();
    }

    @Test
    void everyTableOfTheCaseFiles_isKnownByName_soResetAndSnapshotsSeeIt() throws Exception {
        CaseFiles files = new CaseFiles(null, CourtHttp.MAPPER);
        List<Table<?>> fields = new ArrayList<>();
        for (Field field : CaseFiles.class.getDeclaredFields()) {
            if (Table.class.isAssignableFrom(field.getType()) && !Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                fields.add((Table<?>) field.get(files));
            }
        }
        assertThat(fields).hasSizeGreaterThanOrEqualTo(12);
        assertThat(files.tables().values()).containsExactlyInAnyOrderElementsOf(fields);

        Set<String> carried = new TreeSet<>();
        court.control().snapshot();
        JsonNode tables =
                CourtHttp.MAPPER.readTree(court.control().snapshot().toJson()).path("tables");
        tables.fieldNames().forEachRemaining(carried::add);
        Set<String> expected = new TreeSet<>(files.tables().keySet());
        expected.add("drafts");
        assertThat(carried).isEqualTo(expected);
    }

    @Test
    void aSnapshotWithABadRowOrAnUnknownTable_isRefusedWhole_andChangesNothing() throws Exception {
        TestUser user = court.users().individual();
        http.filedClaim(user, "kept-through-bad-restores", "kept-through-bad-restores");
        ObjectNode good = (ObjectNode)
                CourtHttp.MAPPER.readTree(court.control().snapshot().toJson());

        for (String bad : List.of(
                "{\"cases\":[{\"filingId\":1}]}",
                "{\"cases\":[null]}",
                "{\"no-such-table\":[]}",
                "{\"drafts\":[{\"draftId\":\"../../etc/passwd\",\"userId\":\"u\",\"service\":\"LETTER\","
                        + "\"savedAt\":\"2026-11-23T05:00:00Z\",\"filing\":\"{}\"}]}")) {
            ObjectNode snapshot = good.deepCopy();
            snapshot.set("tables", CourtHttp.MAPPER.readTree(bad));
            assertThatThrownBy(() ->
                            court.control().restore(CourtSnapshot.of(CourtHttp.MAPPER.writeValueAsBytes(snapshot))))
                    .as(bad)
                    .isInstanceOfSatisfying(ReferenceCourtException.class, e -> assertThat(e.reason())
                            .isEqualTo(ReferenceCourtException.Reason.INVALID));
        }

        http.logIn(user.login(), user.password()).expect(201);
    }

    @Test
    void aVersion1Snapshot_withoutTables_isStillRestored() throws Exception {
        TestUser user = court.users().individual();
        ObjectNode snapshot = (ObjectNode)
                CourtHttp.MAPPER.readTree(court.control().snapshot().toJson());
        snapshot.put("version", 1);
        snapshot.remove("tables");
        court.control().reset();

        court.control().restore(CourtSnapshot.of(snapshot.toString().getBytes(StandardCharsets.UTF_8)));

        http.logIn(user.login(), user.password()).expect(201);
    }

    /** What the owner sees of the filing (a fresh log-in each time: a reset ends every session). */
    private JsonNode seen(TestUser user, String filingId) {
        return http.get("/api/v1/filings/" + filingId, "Authorization", CourtHttp.bearer(http.token(user)))
                .expect(200)
                .json();
    }

    private static List<JsonNode> tableRows(CourtSnapshot snapshot) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        CourtHttp.MAPPER.readTree(snapshot.toJson()).path("tables").forEach(table -> table.forEach(rows::add));
        return rows;
    }
}
