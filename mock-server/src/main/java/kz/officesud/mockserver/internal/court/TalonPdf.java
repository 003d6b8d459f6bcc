package kz.officesud.mockserver.internal.court;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Talon;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The talon (талон об отправке) as a PDF to download: the date and time of sending, the unique number, the sender's
 * requisites (with the organisation) and the recipient court's (the 2018 rules on filing electronic documents, §14), in
 * Russian and Kazakh. The text is set in Liberation Sans 2.1.5 — the font Apache PDFBox ships in its jar (SIL Open Font
 * License 1.1), which has every Cyrillic and Kazakh letter — embedded as a subset, so the PDF shows and its text
 * extracts the same everywhere. PDFBox's standard 14 fonts cannot encode Cyrillic.
 */
public final class TalonPdf {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss xxx", Locale.ROOT);
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private static final class Font {
        static final byte[] BYTES = load();

        private static byte[] load() {
            try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("PDFBox's Liberation Sans is missing from its jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private TalonPdf() {}

    /** The bytes of the font the court's PDFs are set in. */
    static byte[] fontBytes() {
        return Font.BYTES;
    }

    /** The PDF of a talon. */
    public static byte[] render(Talon talon, CourtService service) {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Талон об отправке " + talon.number());
            info.setCreator("officesud reference court");
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, new java.io.ByteArrayInputStream(Font.BYTES), true);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = PDRectangle.A4.getHeight() - MARGIN;
                y = line(out, font, 15, y, "ТАЛОН ОБ ОТПРАВКЕ ЭЛЕКТРОННОГО ДОКУМЕНТА");
                y = line(out, font, 12, y, "ЭЛЕКТРОНДЫҚ ҚҰЖАТТЫ ЖІБЕРУ ТУРАЛЫ ТАЛОН");
                y = line(out, font, 10, y, "«Судебный кабинет» / «Сот кабинеті»");
                y -= 14;
                y = field(out, font, y, "Номер талона / Талон нөмірі", talon.number());
                y = field(
                        out,
                        font,
                        y,
                        "Дата и время отправки / Жіберілген күні мен уақыты",
                        WHEN.format(talon.sentAt()));
                y = field(
                        out,
                        font,
                        y,
                        "Идентификатор документа / Құжат сәйкестендіргіші",
                        talon.filingId().value());
                y = field(out, font, y, "Раздел / Бөлім", service.nameRu());
                y -= 8;
                y = line(out, font, 12, y, "Отправитель / Жіберуші");
                y = field(out, font, y, "ФИО / Аты-жөні", talon.sender().name());
                y = field(out, font, y, "ИИН / ЖСН", talon.sender().iin().value());
                if (talon.sender().bin() != null) {
                    y = field(
                            out,
                            font,
                            y,
                            "Организация / Ұйым",
                            talon.sender().organisation() == null
                                    ? ""
                                    : talon.sender().organisation());
                    y = field(out, font, y, "БИН / БСН", talon.sender().bin().value());
                }
                y -= 8;
                y = line(out, font, 12, y, "Получатель / Алушы");
                y = field(out, font, y, "Суд / Сот", talon.recipient().courtName());
                y = field(out, font, y, "Код суда / Сот коды", talon.recipient().courtCode());
                y -= 14;
                line(
                        out,
                        font,
                        9,
                        y,
                        "Талон подтверждает отправку документа в ИС СО (Правила от 09.06.2018 № 6001-18-7-6/188, п. 14).");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the talon " + talon.number(), e);
        }
    }

    private static float field(PDPageContentStream out, PDType0Font font, float y, String name, String value)
            throws IOException {
        float next = line(out, font, 9, y, name + ":");
        for (String part : wrap(font, 11, value)) {
            next = line(out, font, 11, next, "    " + part);
        }
        return next - 2;
    }

    private static float line(PDPageContentStream out, PDType0Font font, float size, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(MARGIN, y - size);
        out.showText(text);
        out.endText();
        return y - size * 1.45f;
    }

    private static List<String> wrap(PDType0Font font, float size, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth("    " + candidate) / 1000 * size > WIDTH) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    static String when(OffsetDateTime at) {
        return WHEN.format(at);
    }
}
