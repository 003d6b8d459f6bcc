package kz.officesud.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * What the seeds ask, checked before anything is sent: a court that hears the filing's kind, a category that fits
 * the proceedings, and the layout rule as a warning unless the caller asks for strict layout.
 */
class SeedRulesBeforeSendingTest extends CourtServerTestBase {

    @Test
    void aClaimToACourtThatDoesNotHearCivilCases_isAViolation_andFileSendsNothing() throws Exception {
        Claim claim = claimBuilder().court("7594").build(); // the specialised administrative court of Almaty

        ValidationReport report = office.check(claim);

        assertThat(report.violations())
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("court", "court.notHearing"));
        server.enqueue(sessionAnswer());
        CourtSession session = office.login("123456789011", "pw".toCharArray());
        server.takeRequest();
        int before = server.getRequestCount();
        assertThatThrownBy(() -> session.file(claim, key()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .contains("does not hear civil cases at first instance"));
        assertThat(server.getRequestCount()).isEqualTo(before);
    }

    @Test
    void aCategoryThatDoesNotFitTheProceedings_isAViolation() throws Exception {
        Claim claim = claimBuilder().proceedings(Proceedings.SPECIAL_ACTION).build();
        assertThat(office.check(claim).violations())
                .extracting(Violation::messageKey)
                .containsExactly("category.proceedings");
    }

    @Test
    void layout_isAWarningByDefault_andAViolationWithStrictLayout() throws Exception {
        Path arial = arial12Docx(dir.resolve("исковое заявление.docx"));
        Path annex = arial12Docx(dir.resolve("договор подряда.docx"));
        java.util.Random random = new java.util.Random(3);
        Claim onlyWord = Claim.builder()
                .court(court())
                .proceedings(Proceedings.ACTION)
                .category("142030001200070000")
                .plaintiff(Party.legalEntity(Bin.random(random), "ТОО «Альфа»"))
                .defendant(Party.individual(Iin.random(random), "Иванов Иван Иванович"))
                .claimAmount(Tenge.of(1_500_000))
                .stateFee(StateFee.paidOnline(Tenge.of(45_000)))
                .document(arial)
                .attachment(annex)
                .build();

        try (CourtOffice lenient = officeBuilder().checkDocuments(true).build();
                CourtOffice strict = officeBuilder()
                        .checkDocuments(true)
                        .validationOptions(
                                ValidationOptions.builder().strictLayout(true).build())
                        .build()) {
            ValidationReport byDefault = lenient.check(onlyWord);
            assertThat(byDefault.isValid()).isTrue();
            assertThat(byDefault.warnings())
                    .extracting(Violation::path, Violation::messageKey)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple("statement", "document.wrongFont"),
                            org.assertj.core.groups.Tuple.tuple("annexes[0]", "document.wrongFontSize"));

            ValidationReport strictly = strict.check(onlyWord);
            assertThat(strictly.isValid()).isFalse();
            assertThat(strictly.violations())
                    .extracting(Violation::messageKey)
                    .containsOnly("document.wrongFont", "document.wrongFontSize");
        }
    }

    /** A Word document whose defaults are Arial 12, as a document made from an English template is. */
    private static Path arial12Docx(Path target) throws IOException {
        String decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        String rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                decl + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\""
                        + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>");
        parts.put(
                "_rels/.rels",
                decl + "<Relationships xmlns=\"" + rels + "\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                        + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                        + " Target=\"word/document.xml\"/></Relationships>");
        parts.put(
                "word/_rels/document.xml.rels",
                decl + "<Relationships xmlns=\"" + rels + "\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                        + "openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                        + "</Relationships>");
        parts.put(
                "word/styles.xml",
                decl + "<w:styles xmlns:w=\"" + w + "\"><w:docDefaults><w:rPrDefault><w:rPr>"
                        + "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/><w:sz w:val=\"24\"/>"
                        + "<w:szCs w:val=\"24\"/><w:lang w:val=\"ru-RU\"/></w:rPr></w:rPrDefault></w:docDefaults>"
                        + "</w:styles>");
        parts.put(
                "word/document.xml",
                decl + "<w:document xmlns:w=\"" + w + "\"><w:body><w:p><w:r><w:t>Исковое заявление о взыскании"
                        + " задолженности по договору подряда</w:t></w:r></w:p><w:sectPr/></w:body></w:document>");
        try (OutputStream file = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return target;
    }
}
