package kz.officesud.mockserver.internal.court;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The access password card (карточка с паролем доступа) the court's office prints for a participant: a 10 × 15 cm form
 * («Формат бланка резолюции 10x15 см») with the court's name in Kazakh and Russian, the case number, the previous
 * proceedings, the date received, the incoming number, the applicant, the manner of receipt, the parties, and the
 * access password (ЭНП, «Печать карточки с паролем»). Set in the Liberation Sans PDFBox ships, as the talon is.
 */
public final class PasswordCardPdf {
    /** 10 × 15 cm in PDF points (1 cm = 72 / 2.54 pt). */
    static final float WIDTH = 100 / 25.4f * 72;

    static final float HEIGHT = 150 / 25.4f * 72;
    private static final float MARGIN = 20;

    private PasswordCardPdf() {}

    /**
     * What the card shows.
     *
     * @param courtNameKk the court's name in Kazakh
     * @param courtNameRu the court's name in Russian
     * @param caseNumber the case number
     * @param previousProceedings the earlier proceedings of the case, or «—»
     * @param receivedOn the date the case reached the court
     * @param incomingNumber the incoming registration number
     * @param applicant who asked for the password (and whom they represent)
     * @param receipt how the case reached the court
     * @param parties the parties to the case
     * @param password the access password
     */
    public record Card(
            String courtNameKk,
            String courtNameRu,
            String caseNumber,
            String previousProceedings,
            String receivedOn,
            String incomingNumber,
            String applicant,
            String receipt,
            String parties,
            String password) {
        @Override
        public String toString() {
            return "Card[" + caseNumber + ", password=***]";
        }
    }

    public static byte[] render(Card card) {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Пароль доступа к судебному делу " + card.caseNumber());
            info.setCreator("officesud reference court");
            PDRectangle size = new PDRectangle(WIDTH, HEIGHT);
            PDPage page = new PDPage(size);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(TalonPdf.fontBytes()), true);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = HEIGHT - MARGIN;
                y = text(out, font, 8.5f, y, card.courtNameKk());
                y = text(out, font, 8.5f, y, card.courtNameRu());
                y -= 4;
                y = text(out, font, 8, y, "Номер дела / Іс нөмірі: " + card.caseNumber());
                y = text(
                        out,
                        font,
                        8,
                        y,
                        "Предыдущие производства / Алдыңғы іс жүргізулер: " + card.previousProceedings());
                y = text(out, font, 8, y, "Дата поступления / Түскен күні: " + card.receivedOn());
                y = text(out, font, 8, y, "Входящий номер / Кіріс нөмірі: " + card.incomingNumber());
                y = text(out, font, 8, y, "Заявитель / Өтініш беруші: " + card.applicant());
                y = text(out, font, 8, y, "Порядок поступления / Түсу тәртібі: " + card.receipt());
                y = text(out, font, 8, y, "Лица (стороны) по делу / Іс бойынша тұлғалар (тараптар): " + card.parties());
                y -= 6;
                y = text(
                        out,
                        font,
                        7.5f,
                        y,
                        "Пароль доступа для просмотра сведений по судебному делу / Сот ісі бойынша мәліметтерді қарауға"
                                + " арналған қол жеткізу паролі:");
                text(out, font, 14, y - 4, card.password());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the password card of " + card.caseNumber(), e);
        }
    }

    /** Writes {@code value} wrapped to the card's width; returns the next line's top. */
    private static float text(PDPageContentStream out, PDType0Font font, float size, float y, String value)
            throws IOException {
        float next = y;
        for (String line : wrap(font, size, value)) {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, next - size);
            out.showText(line);
            out.endText();
            next -= size * 1.4f;
        }
        return next;
    }

    private static List<String> wrap(PDType0Font font, float size, String text) throws IOException {
        float width = WIDTH - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }
}
