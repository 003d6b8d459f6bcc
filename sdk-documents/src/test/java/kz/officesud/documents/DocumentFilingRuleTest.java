package kz.officesud.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseCategory;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.validation.FilingValidator;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.core.validation.Violation;
import kz.officesud.documents.corpus.Corpus;
import kz.officesud.documents.corpus.Docx;
import kz.officesud.documents.corpus.Hostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFilingRuleTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(4);

    @TempDir
    Path dir;

    /** A claim to a district court that hears it, in action proceedings with a category of them. */
    private static Claim.Builder claim() {
        return Claim.builder()
                .court(Courts.standard().byCode("7517"))
                .proceedings(Proceedings.ACTION)
                .category(CaseCategory.of("142030001200070000"))
                .plaintiff(Party.legalEntity(Bin.random(RANDOM), "ТОО «Альфа»"))
                .defendant(Party.individual(Iin.random(RANDOM), "Иванов Иван Иванович"))
                .claimAmount(Tenge.of(1_500_000));
    }

    @Test
    void dryRun_ofAWholeClaim_reportsFormAndEveryFileAtOnce_withPathsValuesAndKeys() throws Exception {
        Path statement = Docx.word()
                .themeFonts("Calibri", "Calibri Light")
                .body(Docx.p("Исковое заявление"))
                .build(dir.resolve("исковое заявление.docx"));
        Path contract = Corpus.textPdf(dir.resolve("договор.pdf"));
        Path bomb = Hostile.zipBomb(dir.resolve("расчёт.docx"));
        Path scan = Corpus.jpeg(dir.resolve("квитанция.jpg"));
        Claim claim = claim().stateFee(StateFee.receipt(Tenge.of(45_000), Attachment.of(scan)))
                .statement(Attachment.of(statement))
                .attachment(Attachment.of(contract))
                .attachment(Attachment.of(bomb))
                .build();

        FilingValidator validator =
                FilingValidator.standard().withRules(DocumentFilingRule.of(RuleSets.KZ_2018_AMENDED_2025));
        ValidationReport report = validator.validate(claim);

        // by default the font is a warning: layout is no ground for refusal (seed 004, §24)
        assertThat(report.isValid()).isFalse();
        assertThat(report.violations())
                .extracting(Violation::path, Violation::rejectedValue, Violation::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("annexes[1]", "расчёт.docx", "document.zipBomb"),
                        tuple("stateFee.receipt", "квитанция.jpg", "document.formatNotAllowed"));
        assertThat(report.warnings())
                .extracting(Violation::path, Violation::rejectedValue, Violation::messageKey)
                .contains(tuple("statement", "исковое заявление.docx", "document.wrongFont"));

        // strict layout: the same finding is a violation, in the same pass
        ValidationReport strict = validator.validate(
                claim, ValidationOptions.builder().strictLayout(true).build());
        assertThat(strict.violations())
                .extracting(Violation::path, Violation::rejectedValue, Violation::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("statement", "исковое заявление.docx", "document.wrongFont"),
                        tuple("annexes[1]", "расчёт.docx", "document.zipBomb"),
                        tuple("stateFee.receipt", "квитанция.jpg", "document.formatNotAllowed"));
        assertThat(strict.warnings()).extracting(Violation::messageKey).doesNotContain("document.wrongFont");
        Violation font = strict.at("statement").get(0);
        assertThat(font.message(Locale.forLanguageTag("ru"))).contains("Calibri", "абзац 1 (основной текст)");
        assertThat(font.message(Locale.forLanguageTag("kk"))).contains("Calibri", "1-азат жол");
        assertThat(font.message(Locale.ENGLISH)).contains("Calibri", "paragraph 1 of the main text");
    }

    @Test
    void layoutOnly_isValidWithWarnings_byDefault_andInvalidWhenStrict() throws Exception {
        // Arial 12 as the document's defaults, as Word writes a document made from a non-Russian template
        Path arial12 = Docx.word()
                .defaultRunProps("<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>"
                        + "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"ru-RU\"/>")
                .body(Docx.p("Исковое заявление о взыскании долга по договору подряда"))
                .build(dir.resolve("исковое заявление.docx"));
        Claim claim = claim().stateFee(StateFee.paidOnline(Tenge.of(45_000)))
                .statement(Attachment.of(arial12))
                .build();
        FilingValidator validator = FilingValidator.standard().withRules(DocumentFilingRule.inForce());
        ValidationOptions onTheDay = ValidationOptions.builder()
                .filingDate(java.time.LocalDate.of(2025, 9, 1))
                .build();

        ValidationReport lenient = validator.validate(claim, onTheDay);
        assertThat(lenient.isValid()).isTrue();
        assertThat(lenient.warnings())
                .extracting(Violation::messageKey)
                .containsExactlyInAnyOrder("document.wrongFont", "document.wrongFontSize");
        assertThat(lenient.warnings()).allMatch(w -> w.path().equals("statement"));

        ValidationReport strict = validator.validate(
                claim, onTheDay.toBuilder().strictLayout(true).build());
        assertThat(strict.isValid()).isFalse();
        assertThat(strict.violations())
                .extracting(Violation::messageKey)
                .containsExactlyInAnyOrder("document.wrongFont", "document.wrongFontSize");
        assertThat(strict.warnings()).isEmpty();
    }
}
