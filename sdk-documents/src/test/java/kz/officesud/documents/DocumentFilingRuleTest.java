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

    /** A claim's form, filled in: only its files are left to add. */
    private static Claim.Builder aClaim() {
        return Claim.builder()
                .court(Courts.standard().byCode("7594"))
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
        Claim claim = aClaim().stateFee(StateFee.receipt(Tenge.of(45_000), Attachment.of(scan)))
                .statement(Attachment.of(statement))
                .attachment(Attachment.of(contract))
                .attachment(Attachment.of(bomb))
                .build();

        ValidationReport report = FilingValidator.standard()
                .withRules(DocumentFilingRule.of(RuleSets.KZ_2018_AMENDED_2025))
                .validate(claim);

        assertThat(report.isValid()).isFalse();
        assertThat(report.violations())
                .extracting(Violation::path, Violation::rejectedValue, Violation::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("statement", "исковое заявление.docx", "document.wrongFont"),
                        tuple("annexes[1]", "расчёт.docx", "document.zipBomb"),
                        tuple("stateFee.receipt", "квитанция.jpg", "document.formatNotAllowed"));
        Violation font = report.at("statement").get(0);
        assertThat(font.message(Locale.forLanguageTag("ru"))).contains("Calibri", "абзац 1 (основной текст)");
        assertThat(font.message(Locale.forLanguageTag("kk"))).contains("Calibri", "1-азат жол");
        assertThat(font.message(Locale.ENGLISH)).contains("Calibri", "paragraph 1 of the main text");
    }

    @Test
    void inForce_picksTheRulesByTheDateInKazakhstan_notInUtcNorTheJvmsZone() throws Exception {
        // the 2018 rules took effect on 3 July 2018; at 20:00 UTC on 2 July it was already 3 July in Astana (UTC+6)
        java.time.Instant evening = java.time.Instant.parse("2018-07-02T20:00:00Z");
        java.time.Instant afternoon = java.time.Instant.parse("2018-07-02T17:00:00Z");
        assertThat(RuleSets.today(java.time.Clock.fixed(evening, java.time.ZoneOffset.UTC)))
                .isEqualTo(java.time.LocalDate.of(2018, 7, 3));
        assertThat(RuleSets.inForceToday(java.time.Clock.fixed(evening, java.time.ZoneId.of("America/New_York"))))
                .isEqualTo(RuleSets.KZ_2018_AMENDED_2025);
        assertThat(RuleSets.inForceToday(java.time.Clock.fixed(afternoon, java.time.ZoneOffset.UTC)))
                .isEqualTo(RuleSets.KZ_2014);

        Claim claim = aClaim().stateFee(
                        StateFee.receipt(Tenge.of(45_000), Attachment.of(Corpus.textPdf(dir.resolve("чек.pdf")))))
                .statement(Attachment.of(Corpus.textPdf(dir.resolve("иск.pdf"))))
                .attachment(Attachment.of(Corpus.xlsx(dir.resolve("расчёт.xlsx"))))
                .build();
        ValidationReport at2018 = FilingValidator.standard()
                .withRules(DocumentFilingRule.inForce(java.time.Clock.fixed(evening, java.time.ZoneOffset.UTC)))
                .validate(claim);
        ValidationReport at2014 = FilingValidator.standard()
                .withRules(DocumentFilingRule.inForce(java.time.Clock.fixed(afternoon, java.time.ZoneOffset.UTC)))
                .validate(claim);
        assertThat(at2018.at("annexes[0]")).isEmpty();
        assertThat(at2014.at("annexes[0]"))
                .extracting(Violation::messageKey)
                .containsExactly("document.formatNotAllowed");
    }
}
