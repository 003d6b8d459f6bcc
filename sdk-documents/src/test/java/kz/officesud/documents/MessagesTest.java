package kz.officesud.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {
    @Test
    void message_isChosenByLocale() {
        DocumentViolation v = DocumentViolation.of(
                DocumentProblem.TOO_LARGE, Map.of("fileName", "иск.pdf", "size", "25", "limit", "20"));
        assertThat(v.message(Locale.forLanguageTag("ru")))
                .isEqualTo("Размер файла «иск.pdf» — 25 МБ; предел — 20 МБ на файл.");
        assertThat(v.message(Locale.forLanguageTag("kk-KZ")))
                .isEqualTo("«иск.pdf» файлының көлемі — 25 МБ; бір файлдың шегі — 20 МБ.");
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("«иск.pdf» is 25 MB; the limit is 20 MB a file.");
        assertThat(v.message(Locale.FRENCH)).isEqualTo(v.message(Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_ru", "_kk"})
    void everyProblem_hasAMessageInEveryLanguage_withTheFileName(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("Messages" + suffix + ".properties")) {
            assertThat(in).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (DocumentProblem problem : DocumentProblem.values()) {
            assertThat(p.getProperty(problem.messageKey()))
                    .as(problem.messageKey() + " in Messages" + suffix)
                    .isNotBlank()
                    .contains("{fileName}");
        }
    }

    @Test
    void messageKeys_areCamelCase() {
        assertThat(DocumentProblem.XML_DTD_FORBIDDEN.messageKey()).isEqualTo("document.xmlDtdForbidden");
        assertThat(DocumentProblem.TOO_LARGE.messageKey()).isEqualTo("document.tooLarge");
    }

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale KK = Locale.forLanguageTag("kk");

    private static DocumentViolation font(long characters, String share) {
        return DocumentViolation.of(
                DocumentProblem.WRONG_FONT,
                java.util.Map.of(
                        "fileName", "иск.docx",
                        "share", share,
                        "characters", characters,
                        "expected", "Times New Roman",
                        "found", "Arial",
                        "where", Location.paragraph("body", 3),
                        "snippet", "Ответчик"));
    }

    @Test
    void counts_takeThePluralFormOfTheirLanguage() {
        assertThat(font(1, "0.5").message(RU)).contains("(1 знак)");
        assertThat(font(2, "0.5").message(RU)).contains("(2 знака)");
        assertThat(font(5, "0.5").message(RU)).contains("(5 знаков)");
        assertThat(font(11, "0.5").message(RU)).contains("(11 знаков)");
        assertThat(font(21, "0.5").message(RU)).contains("(21 знак)");
        assertThat(font(1, "0.5").message(Locale.ENGLISH)).contains("(1 character)");
        assertThat(font(2, "0.5").message(Locale.ENGLISH)).contains("(2 characters)");
        assertThat(font(1, "0.5").message(KK)).contains("(1 таңба)");
        assertThat(font(5, "0.5").message(KK)).contains("(5 таңба)");
        assertThat(font(12_345, "0.5").message(Locale.ENGLISH)).contains("(12,345 characters)");
        assertThat(font(12_345, "0.5").message(RU)).contains("(12\u00a0345 знаков)");
    }

    @Test
    void decimals_takeTheSeparatorOfTheirLanguage() {
        assertThat(font(3, "12.5").message(Locale.ENGLISH)).contains("12.5% of the text");
        assertThat(font(3, "12.5").message(RU)).contains("12,5% текста");
        assertThat(font(3, "12.5").message(KK)).contains("мәтіннің 12,5%");
        DocumentViolation large = DocumentViolation.of(
                DocumentProblem.TOO_LARGE, java.util.Map.of("fileName", "иск.pdf", "size", "25.5", "limit", "20"));
        assertThat(large.message(RU)).contains("25,5 МБ");
    }

    @Test
    void aPlaceOrASnippetThatIsNotKnown_isLeftOut_neverShownAsAQuestionMark() {
        DocumentViolation v = DocumentViolation.of(
                DocumentProblem.WRONG_FONT,
                java.util.Map.of(
                        "fileName", "иск.docx",
                        "share", "3",
                        "characters", 7L,
                        "expected", "Times New Roman",
                        "found", "Arial",
                        "where", Location.paragraph("header", 1),
                        "snippet", ""));
        assertThat(v.message(Locale.ENGLISH))
                .isEqualTo("«иск.docx»: 3% of the text (7 characters) is not in Times New Roman;"
                        + " first at paragraph 1 of the header: Arial.");
        DocumentViolation noPlace = DocumentViolation.of(
                DocumentProblem.WRONG_FONT,
                java.util.Map.of(
                        "fileName", "иск.docx", "share", "3", "characters", 7L, "expected", "Times New Roman"));
        assertThat(noPlace.message(RU))
                .isEqualTo("«иск.docx»: 3% текста (7 знаков) набрано не шрифтом Times New Roman.");
    }

    @Test
    void formats_areNamedInPlainWords_notByTheirCodes() {
        DocumentViolation v = DocumentViolation.of(
                DocumentProblem.FORMAT_NOT_ALLOWED,
                java.util.Map.of("fileName", "презентация.pptx", "format", "ooxml", "allowed", "pdf, docx, doc, xlsx"));
        assertThat(v.message(Locale.ENGLISH))
                .isEqualTo("«презентация.pptx» is an Office file of another kind (PowerPoint, a template…);"
                        + " the court accepts only PDF, Word (.docx), Word 97–2003 (.doc), Excel (.xlsx).");
        DocumentViolation mismatch = DocumentViolation.of(
                DocumentProblem.EXTENSION_MISMATCH,
                java.util.Map.of("fileName", "иск.pdf", "extension", "pdf", "format", "docx"));
        assertThat(mismatch.message(Locale.ENGLISH)).contains("but it is a Word (.docx) file");
        assertThat(mismatch.message(RU)).contains("но это файл Word (.docx)");
        assertThat(mismatch.message(KK)).contains("бұл — Word (.docx) файлы");
    }

    @Test
    void variants_sayWhatIsTrue() {
        DocumentViolation certificate = DocumentViolation.of(
                DocumentProblem.PASSWORD_PROTECTED, java.util.Map.of("fileName", "иск.pdf", "variant", "certificate"));
        assertThat(certificate.message(Locale.ENGLISH)).contains("certificates").doesNotContain("Remove the password");
        assertThat(certificate.message(RU)).contains("сертификатов");
        assertThat(certificate.message(KK)).contains("сертификаттардың");
        DocumentViolation undecodable = DocumentViolation.of(
                DocumentProblem.LAYOUT_NOT_CHECKABLE,
                java.util.Map.of(
                        "fileName", "иск.pdf", "font", "Times New Roman", "size", "14", "variant", "notDecodable"));
        assertThat(undecodable.message(Locale.ENGLISH))
                .doesNotContain("no text layer")
                .contains("cannot decode");
        assertThat(undecodable.message(RU)).doesNotContain("нет текстового слоя");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_ru", "_kk"})
    void everyMessage_namesTheSameValuesInEveryLanguage(String suffix) throws Exception {
        Properties en = load("");
        Properties other = load(suffix);
        assertThat(other.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(other.getProperty(key)))
                    .as(key + " in Messages" + suffix)
                    .isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    private Properties load(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("Messages" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static java.util.Set<String> placeholders(String pattern) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\{([A-Za-z]+)").matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
