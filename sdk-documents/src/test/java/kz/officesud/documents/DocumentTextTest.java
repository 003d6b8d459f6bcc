package kz.officesud.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.officesud.core.statement.StatementText;
import kz.officesud.documents.corpus.DocFiles;
import kz.officesud.documents.corpus.Docx;
import kz.officesud.documents.corpus.RawPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text of a statement, read from a DOCX, a DOC and a PDF, as the court reads its title and list of annexes. */
class DocumentTextTest {
    @TempDir
    Path dir;

    @Test
    void docx_paragraphsInOrder_deletedTextSkipped() throws Exception {
        Path file = Docx.word()
                .body(
                        Docx.p("В Специализированный межрайонный административный суд города Алматы"),
                        Docx.p("ИСКОВОЕ ЗАЯВЛЕНИЕ"),
                        "<w:p><w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>удалено</w:delText></w:r></w:del>"
                                + "<w:r><w:t>Приложение:</w:t></w:r></w:p>",
                        Docx.p("1. Копия договора & акт;"),
                        Docx.p("2. Расчёт суммы иска."))
                .build(dir.resolve("заявление.docx"));

        String text = DocumentText.create().read(file).orElseThrow();

        assertThat(text).doesNotContain("удалено");
        assertThat(StatementText.of(text).title()).contains("ИСКОВОЕ ЗАЯВЛЕНИЕ");
        assertThat(StatementText.of(text).annexes()).containsExactly("Копия договора & акт", "Расчёт суммы иска");
    }

    @Test
    void doc_theMainText_paragraphByParagraph() throws Exception {
        Path file = DocFiles.template(dir.resolve("заявление.doc"));

        String text = DocumentText.create().read(file).orElseThrow();

        assertThat(text).contains("Истец: ТОО Claim Partners").contains("Прошу суд взыскать 1 500 000 тенге.");
        assertThat(StatementText.of(text).title()).contains("Исковое заявление");
    }

    @Test
    void pdf_theTextLayer_andNothingForOtherFormats() throws Exception {
        Path pdf = dir.resolve("a.pdf");
        try (RawPdf raw = RawPdf.create(pdf)) {
            raw.simpleFont("F1", "Helvetica");
            raw.page(RawPdf.line("F1", 12, 72, 720, "CLAIM TEXT"), RawPdf.Filter.NONE);
        }
        Path png = Files.write(dir.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});

        assertThat(DocumentText.create().read(pdf))
                .hasValueSatisfying(t -> assertThat(t).contains("CLAIM TEXT"));
        assertThat(DocumentText.create().read(png)).isEmpty();
    }

    @Test
    void aLongText_keepsItsStartAndItsEnd() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            body.append(Docx.p("строка " + i));
        }
        Path file = Docx.word()
                .body(Docx.p("НАЧАЛО"), body.toString(), Docx.p("КОНЕЦ"))
                .build(dir.resolve("long.docx"));

        String text = DocumentText.withLimits(InspectionLimits.defaults(), 2_000)
                .read(file)
                .orElseThrow();

        assertThat(text.length()).isLessThanOrEqualTo(2_010);
        assertThat(text).startsWith("НАЧАЛО").contains("КОНЕЦ");
    }
}
