package kz.officesud.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;
import org.junit.jupiter.api.Test;

class StatementTextTest {
    static final String CLAIM = String.join(
            "\n",
            "В Специализированный межрайонный административный суд города Алматы",
            "Истец: Асанов Болат Серикович, ИИН 850101300123",
            "Ответчик: РГУ «УГД по Медеускому району»",
            "Цена иска: 1 500 000 тенге",
            "",
            "ИСКОВОЕ ЗАЯВЛЕНИЕ",
            "об оспаривании уведомления",
            "",
            "Ответчик не оплатил выполненные работы по договору подряда.",
            "На основании изложенного прошу суд взыскать задолженность.",
            "",
            "Приложение:",
            "1. Копия договора подряда № 15 от 01.02.2026 г. на 3 л.;",
            "2. Квитанция об оплате государственной пошлины;",
            "3. «Акт выполненных работ» от",
            "15.03.2026;",
            "4) Копия искового заявления для ответчика.",
            "",
            "12.04.2026 г.",
            "Подпись ______");

    @Test
    void annexes_numberedList_wrappedLine_joined_andNumberingRemoved() {
        assertThat(StatementText.of(CLAIM).annexes())
                .containsExactly(
                        "Копия договора подряда № 15 от 01.02.2026 г. на 3 л",
                        "Квитанция об оплате государственной пошлины",
                        "«Акт выполненных работ» от 15.03.2026",
                        "Копия искового заявления для ответчика");
    }

    @Test
    void annexes_inlineList_andKazakhHeading() {
        assertThat(StatementText.of("Талап арыз\n...\nПриложение: 1) копия договора; 2) расчёт суммы иска.\n")
                        .annexes())
                .containsExactly("копия договора", "расчёт суммы иска");
        assertThat(StatementText.of("ТАЛАП АРЫЗ\nмәтін\nҚосымша:\nШарт көшірмесі\nЕсеп\n\n01.02.2026")
                        .annexes())
                .containsExactly("Шарт көшірмесі", "Есеп");
        assertThat(StatementText.of("ИСКОВОЕ ЗАЯВЛЕНИЕ\nбез приложений").annexes())
                .isEmpty();
    }

    @Test
    void title_andHeading() {
        StatementText text = StatementText.of(CLAIM);
        assertThat(text.title()).contains("ИСКОВОЕ ЗАЯВЛЕНИЕ");
        assertThat(text.heading()).hasSize(4).first().asString().startsWith("В Специализированный");
    }

    @Test
    void annexCheck_matchesTolerantly_andNamesWhatIsMissing() {
        List<AnnexCheck.File> files = List.of(
                new AnnexCheck.File("исковое заявление.pdf", true, false),
                new AnnexCheck.File("01_ДОГОВОР_ПОДРЯДА.PDF", false, false),
                new AnnexCheck.File("акт выполненных работ (скан).pdf", false, false));
        AnnexCheck.Result result = AnnexCheck.check(StatementText.of(CLAIM).annexes(), files, true);

        assertThat(result.missing()).isEmpty();
        assertThat(result.items().get(0).file()).contains("01_ДОГОВОР_ПОДРЯДА.PDF");
        assertThat(result.items().get(3).file()).contains("исковое заявление.pdf");

        AnnexCheck.Result unpaid = AnnexCheck.check(StatementText.of(CLAIM).annexes(), files.subList(0, 2), false);
        assertThat(unpaid.missing())
                .containsExactly(
                        "Квитанция об оплате государственной пошлины", "«Акт выполненных работ» от 15.03.2026");
    }

    @Test
    void titles_decideTheSection_orLeaveItToTheClerk() {
        assertThat(DocumentTitles.fit(CourtService.CLAIM, StatementText.of(CLAIM), "x.pdf"))
                .hasValueSatisfying(fit -> assertThat(fit.fits()).isTrue());
        StatementText appeal = StatementText.of("В Алматинский городской суд\nАПЕЛЛЯЦИОННАЯ ЖАЛОБА\nна решение суда");
        assertThat(DocumentTitles.fit(CourtService.CLAIM, appeal, "x.pdf"))
                .hasValueSatisfying(fit -> assertThat(fit.fits()).isFalse());
        StatementText response = StatementText.of("ОТЗЫВ на исковое заявление");
        assertThat(DocumentTitles.recognise("ОТЗЫВ на исковое заявление")
                        .orElseThrow()
                        .sections())
                .contains(CourtService.RESPONSE)
                .doesNotContain(CourtService.CLAIM);
        assertThat(DocumentTitles.fit(CourtService.RESPONSE, response, "x.pdf"))
                .hasValueSatisfying(f -> assertThat(f.fits()).isTrue());
        assertThat(DocumentTitles.fit(CourtService.CLAIM, StatementText.of("Текст без заголовка"), "документ.pdf"))
                .isEmpty();
        assertThat(DocumentTitles.fit(CourtService.CLAIM, StatementText.of("Текст"), "Апелляционная_жалоба.docx"))
                .hasValueSatisfying(fit -> assertThat(fit.fits()).isFalse());
    }

    @Test
    void addressee_anotherCourtInTheHeading_orACaseNumberOfAnotherCourt() {
        Courts courts = Courts.standard();
        var almaty = courts.all().stream()
                .filter(c -> c.nameRu().contains("административный суд города Алматы"))
                .findFirst()
                .orElseThrow();
        var other = courts.all().stream()
                .filter(c -> c.nameRu().startsWith("Специализированный межрайонный административный суд области Абай"))
                .findFirst()
                .orElseThrow();
        assertThat(Addressee.notAddressedTo(almaty, CourtService.CLAIM, null, StatementText.of(CLAIM), courts))
                .isEmpty();
        assertThat(Addressee.notAddressedTo(other, CourtService.CLAIM, null, StatementText.of(CLAIM), courts))
                .hasValueSatisfying(why -> assertThat(why).contains(almaty.code()));
        CaseNumber foreign = CaseNumber.parse("1094-26-00-4/12");
        assertThat(Addressee.notAddressedTo(almaty, CourtService.MOTION, foreign, null, courts))
                .isPresent();
        assertThat(Addressee.notAddressedTo(almaty, CourtService.APPEAL, foreign, null, courts))
                .isEmpty();
        StatementText motion = StatementText.of("В суд\nДело № " + almaty.code() + "-26-00-4/77\nХОДАТАЙСТВО");
        assertThat(Addressee.notAddressedTo(almaty, CourtService.MOTION, null, motion, courts))
                .isEmpty();
        assertThat(Addressee.notAddressedTo(other, CourtService.MOTION, null, motion, courts))
                .isPresent();
    }
}
