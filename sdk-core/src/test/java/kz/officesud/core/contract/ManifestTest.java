package kz.officesud.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import kz.officesud.core.contract.ManifestException.Reason;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseCategory;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.DocumentRole;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.model.UnknownCourtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00.123456Z");
    static final Manifest.Signer SIGNER = new Manifest.Signer(Iin.ofUnverified("123456789011"), null);

    static Attachment file(String name) {
        return Attachment.of(name, ContentSource.ofBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    static Claim claim() {
        return Claim.builder()
                .court("7517")
                .proceedings(Proceedings.ACTION)
                .category(CaseCategory.of("142030001200070000"))
                .nature("О взыскании задолженности")
                .plaintiff(Party.individual(Iin.ofUnverified("123456789011"), "Асанов Болат Серикович"))
                .defendant(Party.legalEntity(Bin.ofUnverified("000740001307"), "ТОО «Альфа»"))
                .claimAmount(Tenge.parse("1500000.5"))
                .stateFee(StateFee.receipt(Tenge.of(45_000), file("чек.pdf")))
                .summary("Взыскать долг")
                .statement(file("Исковое заявление.docx"))
                .attachment(file("Договор.pdf"))
                .powerOfAttorney(file("Доверенность.pdf"))
                .build();
    }

    static Manifest manifest() {
        return Manifest.of(claim(), SIGNER, "ERP-2026/0042", NOW);
    }

    static String text(Manifest manifest) {
        return new String(manifest.canonicalBytes(), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void canonicalBytes_parseBackToTheSameManifest_andAreStable() {
        Manifest manifest = manifest();
        byte[] bytes = manifest.canonicalBytes();

        Manifest read = Manifest.parse(bytes);

        assertThat(read).isEqualTo(manifest);
        assertThat(read.canonicalBytes()).isEqualTo(bytes);
        assertThat(manifest().canonicalBytes()).isEqualTo(bytes);
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void documents_listEveryFileWithItsRole_statementFirst() {
        assertThat(manifest().documents())
                .extracting(Manifest.Document::path, Manifest.Document::role, Manifest.Document::fileName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "statement", DocumentRole.STATEMENT, "Исковое заявление.docx"),
                        org.assertj.core.groups.Tuple.tuple("annexes[0]", DocumentRole.ANNEX, "Договор.pdf"),
                        org.assertj.core.groups.Tuple.tuple("stateFee.receipt", DocumentRole.FEE_RECEIPT, "чек.pdf"),
                        org.assertj.core.groups.Tuple.tuple(
                                "powersOfAttorney[0]", DocumentRole.POWER_OF_ATTORNEY, "Доверенность.pdf"));
    }

    @Test
    void canonicalText_hasSortedKeysAndNoWhitespace() {
        String text = text(manifest());

        assertThat(text)
                .startsWith("{\"createdAt\":\"2026-11-23T10:00:00Z\",\"documents\":[{\"fileName\":")
                .contains("\"reference\":\"ERP-2026/0042\",\"service\":\"CLAIM\",\"signer\":{\"bin\":null,")
                .endsWith("\"version\":2}")
                .doesNotContain("\n")
                .doesNotContain(": ");
    }

    @Test
    void contentDigest_ignoresTimeSignerAndReference_butNotTheContent() {
        Manifest manifest = manifest();
        Manifest later = Manifest.of(
                claim(), new Manifest.Signer(Iin.ofUnverified("990101300123"), null), null, NOW.plusSeconds(3600));
        Manifest otherFile =
                Manifest.of(claim().toBuilder().attachment(file("Расчёт.xlsx")).build(), SIGNER, "ERP-2026/0042", NOW);
        Manifest otherAmount =
                Manifest.of(claim().toBuilder().claimAmount(Tenge.of(1)).build(), SIGNER, "ERP-2026/0042", NOW);

        assertThat(later.contentDigest()).isEqualTo(manifest.contentDigest());
        assertThat(later.canonicalBytes()).isNotEqualTo(manifest.canonicalBytes());
        assertThat(otherFile.contentDigest()).isNotEqualTo(manifest.contentDigest());
        assertThat(otherAmount.contentDigest()).isNotEqualTo(manifest.contentDigest());
    }

    @Test
    void parse_refusesAnUnknownField_namingIt() {
        String text = text(manifest()).replace("\"reference\":", "\"extra\":1,\"reference\":");

        assertThatThrownBy(() -> Manifest.parse(bytes(text))).isInstanceOfSatisfying(ManifestException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
            assertThat(e.path()).isEqualTo("extra");
        });
    }

    @Test
    void parse_refusesAnUnknownFieldDeepInTheFiling_withItsPath() {
        String text = text(manifest()).replace("\"fullName\":", "\"nickname\":\"Болат\",\"fullName\":");

        assertThatThrownBy(() -> Manifest.parse(bytes(text))).isInstanceOfSatisfying(ManifestException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
            assertThat(e.path()).isEqualTo("filing.participants[0].party.nickname");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 0, -1})
    void parse_refusesAnotherVersion(int version) {
        String text = text(manifest()).replace("\"version\":2}", "\"version\":" + version + "}");

        assertThatThrownBy(() -> Manifest.parse(bytes(text))).isInstanceOfSatisfying(ManifestException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_VERSION);
            assertThat(e.getMessage()).contains("version " + version).contains("reads version 2");
        });
    }

    @Test
    void parse_refusesAMissingField() {
        String text = text(manifest()).replace("\"reference\":\"ERP-2026/0042\",", "");

        assertThatThrownBy(() -> Manifest.parse(bytes(text)))
                .isInstanceOfSatisfying(
                        ManifestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    @Test
    void parse_refusesAServiceWithoutAFilingType() {
        String text = text(manifest()).replace("\"service\":\"CLAIM\"", "\"service\":\"CASE_SEARCH\"");

        assertThatThrownBy(() -> Manifest.parse(bytes(text)))
                .isInstanceOfSatisfying(
                        ManifestException.class, e -> assertThat(e.reason()).isIn(Reason.UNSUPPORTED_SERVICE));
    }

    @Test
    void parse_refusesAServiceThatIsNotTheFilings() {
        String text =
                text(manifest()).replace(",\"service\":\"CLAIM\",\"signer\"", ",\"service\":\"APPEAL\",\"signer\"");

        assertThatThrownBy(() -> Manifest.parse(bytes(text))).isInstanceOfSatisfying(ManifestException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.INCONSISTENT);
            assertThat(e.path()).isEqualTo("service");
        });
        assertThat(CourtService.valueOf("APPEAL")).isNotNull();
    }

    @Test
    void parse_refusesDocumentsThatAreNotTheFilings() {
        String text = text(manifest()).replace("\"role\":\"ANNEX\"", "\"role\":\"POWER_OF_ATTORNEY\"");

        assertThatThrownBy(() -> Manifest.parse(bytes(text))).isInstanceOfSatisfying(ManifestException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.INCONSISTENT);
            assertThat(e.path()).isEqualTo("documents");
        });
    }

    @Test
    void parse_refusesBytesThatAreNotCanonical() {
        String text = text(manifest());

        assertThatThrownBy(() -> Manifest.parse(bytes(text.replace("{\"createdAt\"", "{ \"createdAt\""))))
                .isInstanceOfSatisfying(
                        ManifestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_CANONICAL));
        assertThatThrownBy(() -> Manifest.parse(bytes(text.replace("\"1500000.50\"", "1500000.5"))))
                .isInstanceOfSatisfying(
                        ManifestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_CANONICAL));
    }

    @Test
    void parse_refusesDuplicateKeysAndTrailingData() {
        String text = text(manifest());

        assertThatThrownBy(() -> Manifest.parse(bytes(text.replace("\"version\":2}", "\"version\":2,\"version\":2}"))))
                .isInstanceOfSatisfying(
                        ManifestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
        assertThatThrownBy(() -> Manifest.parse(bytes(text + "{}")))
                .isInstanceOfSatisfying(
                        ManifestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    @Test
    void parse_refusesAnUnknownCourt_withTheModelsRule() {
        String text = text(manifest()).replace("\"court\":\"7517\"", "\"court\":\"9999\"");

        assertThatThrownBy(() -> Manifest.parse(bytes(text))).isInstanceOfSatisfying(ManifestException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
            assertThat(e.path()).isEqualTo("filing.court");
            assertThat(e.invalidValue()).containsInstanceOf(UnknownCourtException.class);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1e999999999", "1e100000000", "1e999999999999"})
    void parse_refusesAbsurdAmountsQuickly_withAShortMessage(String amount) {
        String text = text(manifest()).replace("\"1500000.50\"", "\"" + amount + "\"");

        assertThatThrownBy(() -> Manifest.parse(bytes(text))).isInstanceOfSatisfying(ManifestException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
            assertThat(e.path()).isEqualTo("filing.claimAmount");
            assertThat(e.getMessage()).hasSizeLessThan(400);
        });
    }

    @Test
    void parse_refusesNumbersTooLongToRead() {
        String text = text(manifest()).replace("\"version\":2}", "\"version\":" + "9".repeat(100) + "}");

        assertThatThrownBy(() -> Manifest.parse(bytes(text)))
                .isInstanceOfSatisfying(
                        ManifestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    @Test
    void parse_refusesTooLargeAManifest_beforeReadingIt() {
        byte[] huge = new byte[Manifest.MAX_BYTES + 1];

        assertThatThrownBy(() -> Manifest.parse(huge))
                .isInstanceOfSatisfying(
                        ManifestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "\"manifest\"", "{", "\u0000"})
    void parse_refusesWhatIsNoManifestAtAll(String text) {
        assertThatThrownBy(() -> Manifest.parse(bytes(text)))
                .isInstanceOfSatisfying(
                        ManifestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    @Test
    void reference_isBoundedAndPrintable() {
        assertThat(Manifest.isValidReference("ERP-1")).isTrue();
        assertThat(Manifest.isValidReference("")).isFalse();
        assertThat(Manifest.isValidReference(" x")).isFalse();
        assertThat(Manifest.isValidReference("a\nb")).isFalse();
        assertThat(Manifest.isValidReference("x".repeat(101))).isFalse();
        assertThatThrownBy(() -> Manifest.of(claim(), SIGNER, "a\u0000b", NOW))
                .isInstanceOfSatisfying(
                        ManifestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE));
    }

    @Test
    void signer_isTheCertificatesIdentity() {
        SignerIdentity personal = SignerIdentity.personal(Iin.ofUnverified("123456789011"));
        SignerIdentity organisation = SignerIdentity.organisation(
                Iin.ofUnverified("123456789011"), Bin.ofUnverified("000740001307"), java.util.Set.of());

        assertThat(SIGNER.is(personal)).isTrue();
        assertThat(SIGNER.is(organisation)).isFalse();
        assertThat(Manifest.Signer.of(organisation).bin()).isEqualTo(Bin.ofUnverified("000740001307"));
        assertThat(List.of(Manifest.VERSION)).containsExactly(2);
    }
}
