package kz.officesud.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseCategory;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Contacts;
import kz.officesud.core.model.ContentNotBoundException;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.CourtKind;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Participant;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.PartySide;
import kz.officesud.core.model.PersonKind;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.Region;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.StatusChange;
import kz.officesud.core.model.Talon;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.model.UnknownCourtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OfficesudJsonTest {
    private final ObjectMapper mapper = OfficesudJson.newMapper();

    static Attachment file(String name) {
        return Attachment.of(name, ContentSource.ofBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    static Claim sampleClaim() {
        return Claim.builder()
                .court("7517")
                .proceedings(Proceedings.ACTION)
                .category(CaseCategory.of("142030001200070000"))
                .nature("О взыскании задолженности")
                .plaintiff(Party.legalEntity(Bin.ofUnverified("123456789021"), "ТОО «Альфа»")
                        .withContacts(Contacts.of(null, "info@alfa.kz", "г. Алматы, пр. Абая, 1")))
                .defendant(Party.individual(Iin.ofUnverified("123456789011"), "Иванов Иван Иванович")
                        .withContacts(Contacts.none().withPhone("+7 701 000 00 00")))
                .participant(PartySide.THIRD_PARTY, Party.nonResidentIndividual(null, "John Smith"))
                .claimAmount(Tenge.of(1_500_000))
                .stateFee(StateFee.receipt(Tenge.parse("45000.50"), file("чек.jpg")))
                .summary("Ответчик не оплатил работы.\n\"Кавычки\" и \\ слэш")
                .statement(file("исковое заявление.pdf"))
                .attachment(file("договор подряда.pdf"))
                .build();
    }

    static Talon sampleTalon() {
        return new Talon(
                "T-2025-000001",
                FilingId.of("f-1"),
                OffsetDateTime.parse("2025-06-16T10:15:30.123+05:00"),
                new Talon.Sender(
                        "Иванов Иван Иванович", Iin.ofUnverified("123456789011"), Bin.ofUnverified("123456789021")),
                Talon.Recipient.of(Courts.standard().byCode("7599")));
    }

    /** Every model type with a JSON form, with the type to read it back as. */
    static Stream<Arguments> everyModelType() {
        return Stream.of(
                Arguments.of(Iin.ofUnverified("123456789011"), Iin.class),
                Arguments.of(Bin.ofUnverified("123456789021"), Bin.class),
                Arguments.of(Sha256.of(new byte[] {1}), Sha256.class),
                Arguments.of(Tenge.parse("0.05"), Tenge.class),
                Arguments.of(CaseNumber.parse("6003-25-00-4к/1454(2)"), CaseNumber.class),
                Arguments.of(CaseCategory.of("142030001200070000"), CaseCategory.class),
                Arguments.of(FilingId.of("f-1"), FilingId.class),
                Arguments.of(Courts.standard().byCode("6001"), Court.class),
                Arguments.of(Region.ULYTAU, Region.class),
                Arguments.of(CourtInstance.CASSATION, CourtInstance.class),
                Arguments.of(CourtService.APOSTILLE_REQUEST, CourtService.class),
                Arguments.of(PersonKind.LEGAL_ENTITY, PersonKind.class),
                Arguments.of(PartySide.REPRESENTATIVE, PartySide.class),
                Arguments.of(Proceedings.SPECIAL_ACTION, Proceedings.class),
                Arguments.of(Contacts.of("1", "a@b.kz", null), Contacts.class),
                Arguments.of(Party.individual(Iin.ofUnverified("123456789011"), "Иванов"), Party.class),
                Arguments.of(Party.nonResidentLegalEntity(null, "Acme GmbH"), Party.class),
                Arguments.of(
                        new Participant(PartySide.APPLICANT, Party.nonResidentIndividual(null, "X")),
                        Participant.class),
                Arguments.of(file("a.docx"), Attachment.class),
                Arguments.of(StateFee.exempt("инвалиды"), StateFee.class),
                Arguments.of(StateFee.paidOnline(), StateFee.class),
                Arguments.of(StateFee.paidOnline(Tenge.of(3)), StateFee.class),
                Arguments.of(StateFee.receipt(Tenge.of(3), file("чек.pdf")), StateFee.class),
                Arguments.of(sampleClaim(), Claim.class),
                Arguments.of(sampleClaim(), Filing.class),
                Arguments.of(Claim.builder().build(), Filing.class),
                Arguments.of(sampleTalon(), Talon.class),
                Arguments.of(FilingState.IN_PROCEEDINGS, FilingState.class),
                Arguments.of(RefusalGround.SIGNATURE_NOT_AUTHENTIC, RefusalGround.class),
                Arguments.of(FilingStatus.refused(RefusalGround.DUPLICATE), FilingStatus.class),
                Arguments.of(FilingStatus.REGISTERED, FilingStatus.class),
                Arguments.of(
                        new StatusChange(FilingStatus.SENT, Instant.parse("2025-06-16T05:15:30Z"), "принято"),
                        StatusChange.class),
                Arguments.of(
                        new StatusChange(FilingStatus.CLOSED, Instant.parse("2025-06-16T05:15:30.5Z"), null),
                        StatusChange.class),
                Arguments.of(LocalDate.of(2025, 6, 3), LocalDate.class));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("everyModelType")
    void everyModelType_roundTrips(Object value, Class<?> type) throws Exception {
        byte[] json = mapper.writeValueAsBytes(value);
        assertThat(mapper.readValue(json, type)).isEqualTo(value);
        // and through the static helpers
        assertThat(OfficesudJson.read(OfficesudJson.write(value), type)).isEqualTo(value);
        // canonical bytes are stable and read back too
        assertThat(OfficesudJson.read(OfficesudJson.canonicalBytes(value), type))
                .isEqualTo(value);
    }

    @Test
    void simpleValues_areStrings() throws Exception {
        assertThat(json(Iin.ofUnverified("123456789011"))).isEqualTo("\"123456789011\"");
        assertThat(json(Tenge.of(1_500_000))).isEqualTo("\"1500000.00\"");
        assertThat(json(Courts.standard().byCode("7599"))).isEqualTo("\"7599\"");
        assertThat(json(CaseNumber.parse("7599-22-00-2а/1489"))).isEqualTo("\"7599-22-00-2а/1489\"");
        assertThat(json(Instant.parse("2025-06-16T05:15:30Z"))).isEqualTo("\"2025-06-16T05:15:30Z\"");
        assertThat(json(FilingStatus.refused(RefusalGround.DUPLICATE)))
                .isEqualTo("{\"state\":\"REFUSED\",\"ground\":\"DUPLICATE\"}");
        assertThat(mapper.readValue("1500000.5", Tenge.class)).isEqualTo(Tenge.parse("1500000.50"));
    }

    @Test
    void claim_hasTypePropertiesAndAttachmentMetadataOnly() throws Exception {
        JsonNode tree = mapper.readTree(mapper.writeValueAsBytes(sampleClaim()));
        assertThat(tree.get("service").asText()).isEqualTo("CLAIM");
        assertThat(tree.get("court").asText()).isEqualTo("7517");
        assertThat(tree.get("participants").get(0).get("party").get("kind").asText())
                .isEqualTo("LEGAL_ENTITY");
        assertThat(tree.get("participants").get(1).get("party").get("kind").asText())
                .isEqualTo("INDIVIDUAL");
        assertThat(tree.get("participants").get(1).get("party").get("contacts").has("empty"))
                .isFalse();
        assertThat(tree.get("stateFee").get("type").asText()).isEqualTo("RECEIPT");
        assertThat(iterable(tree.get("statement").fieldNames()))
                .containsExactly("fileName", "mediaType", "size", "sha256");
        assertThat(tree.has("documents")).isFalse();
    }

    @Test
    void attachmentsReadBack_haveUnboundContent_untilBound() throws Exception {
        Claim back = (Claim) OfficesudJson.read(OfficesudJson.write(sampleClaim()), Filing.class);
        Attachment statement = back.statement();
        assertThat(statement.isContentBound()).isFalse();
        assertThatThrownBy(() -> statement.content().open()).isInstanceOf(ContentNotBoundException.class);
        Attachment bound =
                statement.withContent(ContentSource.ofBytes("исковое заявление.pdf".getBytes(StandardCharsets.UTF_8)));
        assertThat(bound.contentMatches()).isTrue();
    }

    @Test
    void identitiesFailingTheChecksum_areReadUnverified_forValidationToReport() {
        Party party = OfficesudJson.read(
                "{\"kind\":\"INDIVIDUAL\",\"iin\":\"123456789011\",\"fullName\":\"Тест\",\"resident\":true,\"contacts\":{}}"
                        .getBytes(StandardCharsets.UTF_8),
                Party.class);
        assertThat(((Party.Individual) party).iin().checksumValid()).isFalse();
        assertThat(party.contacts()).isEqualTo(Contacts.none());
    }

    @Test
    void canonicalBytes_sameObject_identicalBytes_sortedKeys_noWhitespace() throws Exception {
        Claim claim = sampleClaim();
        byte[] first = OfficesudJson.canonicalBytes(claim);
        assertThat(OfficesudJson.canonicalBytes(claim)).isEqualTo(first);
        // an equal object built separately gives the same bytes
        assertThat(OfficesudJson.canonicalBytes(sampleClaim())).isEqualTo(first);
        // and the bytes read back and re-canonicalised are the same again
        assertThat(OfficesudJson.canonicalBytes(OfficesudJson.read(first, Filing.class)))
                .isEqualTo(first);

        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Иванов Иван Иванович")
                .doesNotContain("\\u04")
                .doesNotContain(": ")
                .doesNotContain("\n  ");
        assertThat(text).startsWith("{\"annexes\":[");
        assertKeysSorted(mapper.readTree(first));
    }

    @Test
    void canonicalBytes_ofAManifestMap_sortsKeysWhateverTheInsertionOrder() throws Exception {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("version", 1);
        a.put("service", "CLAIM");
        a.put("filing", sampleClaim());
        a.put("signer", Map.of("iin", Iin.ofUnverified("123456789011")));
        a.put("createdAt", Instant.parse("2025-06-16T05:15:30Z"));
        Map<String, Object> b = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(a.keySet());
        java.util.Collections.reverse(keys);
        keys.forEach(k -> b.put(k, a.get(k)));
        byte[] bytes = OfficesudJson.canonicalBytes(a);
        assertThat(OfficesudJson.canonicalBytes(b)).isEqualTo(bytes);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .startsWith("{\"createdAt\":\"2025-06-16T05:15:30Z\",\"filing\":{\"annexes\":")
                .contains("\"service\":\"CLAIM\",\"signer\":{\"iin\":\"123456789011\"},\"version\":1}");
        assertKeysSorted(mapper.readTree(bytes));
        Map<String, Object> back = OfficesudJson.read(bytes, Map.class) instanceof Map<?, ?> m ? cast(m) : Map.of();
        assertThat(mapper.convertValue(back.get("filing"), Filing.class)).isEqualTo(sampleClaim());
    }

    @Test
    void typeProperties_areWritten_evenWhereTheStaticTypeIsObject() {
        Map<String, Object> map = Map.of(
                "party",
                Party.nonResidentIndividual(null, "X"),
                "filing",
                Claim.builder().build());
        String text = new String(OfficesudJson.canonicalBytes(map), StandardCharsets.UTF_8);
        assertThat(text).contains("\"kind\":\"INDIVIDUAL\"").contains("\"service\":\"CLAIM\"");
    }

    @Test
    void readingBadJson_isAJsonException_namingTheProblem() {
        assertThatThrownBy(() -> OfficesudJson.read("{".getBytes(StandardCharsets.UTF_8), Filing.class))
                .isInstanceOf(JsonException.class)
                .hasMessageStartingWith("cannot read JSON as Filing");
        assertThatThrownBy(() -> OfficesudJson.read("\"12345\"".getBytes(StandardCharsets.UTF_8), Iin.class))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("expected 12 digits");
        assertThatThrownBy(() -> OfficesudJson.read("\"0000\"".getBytes(StandardCharsets.UTF_8), Court.class))
                .isInstanceOfSatisfying(JsonException.class, e -> assertThat(e.invalidValue())
                        .containsInstanceOf(UnknownCourtException.class))
                .hasMessageContaining("no court with code 0000");
        // deep inside a filing too: a court can answer NOT_ADDRESSED_TO_COURT
        String claim =
                new String(OfficesudJson.write(sampleClaim()), StandardCharsets.UTF_8).replace("\"7517\"", "\"0000\"");
        assertThatThrownBy(() -> OfficesudJson.read(claim.getBytes(StandardCharsets.UTF_8), Filing.class))
                .isInstanceOfSatisfying(JsonException.class, e -> assertThat(e.invalidValue())
                        .hasValueSatisfying(v ->
                                assertThat(((UnknownCourtException) v).code()).isEqualTo("0000")));
        assertThatThrownBy(() -> OfficesudJson.read("{".getBytes(StandardCharsets.UTF_8), Filing.class))
                .isInstanceOfSatisfying(
                        JsonException.class, e -> assertThat(e.invalidValue()).isEmpty());
        assertThatThrownBy(() -> OfficesudJson.read("\"-1\"".getBytes(StandardCharsets.UTF_8), Tenge.class))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> OfficesudJson.read(
                        "{\"service\":\"CASE_SEARCH\"}".getBytes(StandardCharsets.UTF_8), Filing.class))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("CASE_SEARCH");
        assertThatThrownBy(() -> OfficesudJson.read(
                        "{\"fileName\":\"a.pdf\",\"mediaType\":\"application/pdf\",\"size\":\"x\",\"sha256\":\"00\"}"
                                .getBytes(StandardCharsets.UTF_8),
                        Attachment.class))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("size");
        assertThatThrownBy(() -> OfficesudJson.read(
                        "{\"fileName\":\"a.pdf\",\"mediaType\":\"application/pdf\",\"size\":1,\"sha256\":\"00\"}"
                                .getBytes(StandardCharsets.UTF_8),
                        Attachment.class))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("SHA-256");
    }

    @Test
    void newMapper_withOwnDirectory_readsItsCourts() throws Exception {
        Court test = new Court("9901", 9901, Region.ASTANA, CourtKind.DISTRICT, "Тестовый суд", null, null);
        ObjectMapper own = OfficesudJson.newMapper(Courts.of(List.of(test)));
        assertThat(own.readValue("\"9901\"", Court.class)).isEqualTo(test);
        assertThatThrownBy(() -> mapper.readValue("\"9901\"", Court.class))
                .hasMessageContaining("no court with code 9901");
        assertThat(OfficesudJson.configure(new ObjectMapper())
                        .readValue("\"7599\"", Court.class)
                        .nameRu())
                .isEqualTo("Алматинский городской суд");
    }

    @Test
    void listsOfModels_roundTrip() throws Exception {
        List<StatusChange> history = List.of(
                new StatusChange(FilingStatus.SENT, Instant.parse("2025-06-16T05:00:00Z"), null),
                new StatusChange(
                        FilingStatus.refused(RefusalGround.MISSING_ANNEX),
                        Instant.parse("2025-06-17T05:00:00Z"),
                        "нет приложения 2"));
        byte[] json = mapper.writeValueAsBytes(history);
        assertThat(mapper.readValue(json, new TypeReference<List<StatusChange>>() {}))
                .isEqualTo(history);
    }

    private String json(Object value) throws Exception {
        return mapper.writeValueAsString(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static <T> List<T> iterable(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static void assertKeysSorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = iterable(node.fieldNames());
            assertThat(names).isSorted();
            node.forEach(OfficesudJsonTest::assertKeysSorted);
        } else if (node.isArray()) {
            node.forEach(OfficesudJsonTest::assertKeysSorted);
        }
    }
}
