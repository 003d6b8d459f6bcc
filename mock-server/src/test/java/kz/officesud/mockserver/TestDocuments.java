package kz.officesud.mockserver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Statements as a Word processor exports them to PDF: Cyrillic and Kazakh text in an embedded TrueType font (PDFBox's
 * Liberation Sans), one line a paragraph, so that their text extracts as written — the addressee at the top, the
 * title, the «Приложение» list at the end.
 */
final class TestDocuments {
    private TestDocuments() {}

    /** A one-page PDF whose lines are {@code lines}. */
    static byte[] pdf(String... lines) {
        try (PDDocument doc = new PDDocument();
                InputStream font = PDDocument.class.getResourceAsStream(
                        "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font type0 = PDType0Font.load(doc, font, true);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String line : lines) {
                    out.beginText();
                    out.setFont(type0, 12);
                    out.newLineAtOffset(60, y);
                    out.showText(line);
                    out.endText();
                    y -= 18;
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text PDFBox extracts from a PDF. */
    static String text(byte[] pdf) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A claim statement of the usual shape: addressee, parties, title, body, «Приложение», date and signature. */
    static byte[] claimStatement(Court court, String title, List<String> annexes) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "В " + court.nameRu(),
                "Истец: Тестов Тест Тестович",
                "Ответчик: ТОО «Ответчик»",
                "Цена иска: 1 500 000 тенге",
                "",
                title,
                "о взыскании задолженности по договору подряда",
                "",
                "Ответчик не оплатил выполненные работы.",
                "Прошу суд взыскать с ответчика 1 500 000 тенге.",
                ""));
        if (!annexes.isEmpty()) {
            lines.add("Приложение:");
            for (int i = 0; i < annexes.size(); i++) {
                lines.add((i + 1) + ". " + annexes.get(i) + (i + 1 < annexes.size() ? ";" : "."));
            }
            lines.add("");
        }
        lines.add("20.11.2026 г.");
        lines.add("Подпись ______");
        return pdf(lines.toArray(String[]::new));
    }

    /** A claim of {@code plaintiff} with a statement and its annexes as given (name → bytes). */
    static TestClaims.ClaimWithFiles claim(
            TestUser plaintiff, Court court, byte[] statement, StateFee fee, java.util.Map<String, byte[]> annexes) {
        Attachment statementFile = Attachment.of("исковое заявление.pdf", ContentSource.ofBytes(statement));
        Party party = plaintiff.bin() != null
                ? Party.legalEntity(
                        plaintiff.bin(), plaintiff.organisation() == null ? "ТОО" : plaintiff.organisation())
                : Party.individual(plaintiff.iin(), plaintiff.name());
        Claim.Builder builder = Claim.builder()
                .court(court)
                .proceedings(Proceedings.ACTION)
                .category("142030001200070000")
                .nature("О взыскании задолженности по договору подряда")
                .plaintiff(party)
                .defendant(Party.legalEntity(Bin.random(new java.util.SplittableRandom(11)), "ТОО «Ответчик»"))
                .claimAmount(Tenge.of(1_500_000))
                .stateFee(fee)
                .summary("Ответчик не оплатил выполненные работы.")
                .statement(statementFile);
        java.util.Map<Attachment, byte[]> files = new java.util.LinkedHashMap<>();
        files.put(statementFile, statement);
        annexes.forEach((name, bytes) -> {
            Attachment annex = Attachment.of(name, ContentSource.ofBytes(bytes));
            builder.attachment(annex);
            files.put(annex, bytes);
        });
        return new TestClaims.ClaimWithFiles(builder.build(), files);
    }
}
