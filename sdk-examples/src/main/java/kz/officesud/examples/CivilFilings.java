package kz.officesud.examples;

import java.io.IOException;
import java.util.List;
import kz.officesud.core.model.Appeal;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CancelCourtOrder;
import kz.officesud.core.model.CassationComplaint;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.NewlyDiscoveredCircumstances;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.PrivateComplaint;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.SetAsideDefaultJudgment;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.SupervisoryReview;
import kz.officesud.core.model.Talon;
import kz.officesud.core.model.Tenge;

/**
 * Civil proceedings («Судопроизводство»), one example a service: the claim in action, court-order and special action
 * proceedings, the appeal and the private complaint, the cassation complaint, the petition for supervisory review,
 * the review on newly discovered circumstances, setting aside a default judgment and cancelling a court order. Each
 * builds its filing, files it with {@link kz.officesud.filing.CourtSession#file} and returns the court's talon.
 *
 * <pre>
 * java -cp sdk-examples/target/officesud-demo.jar kz.officesud.examples.CivilFilings [--list] [example...]
 * </pre>
 *
 * <p>The case the reviews are filed in is {@value #CASE}, a case of court {@value #COURT}; the case category codes
 * are those of office.sud.kz's forms.
 */
public final class CivilFilings {
    /** The court of first instance the claims and the first-instance reviews go to. */
    static final String COURT = "7517";

    /** A case of {@link #COURT}, its number as the court of first instance gave it. */
    static final String CASE = "7517-26-00-2/1234";

    /** The other side of the examples: a company. */
    static final Party.LegalEntity COMPANY = Party.legalEntity(Bin.of("000740001307"), "ТОО «Альфа»");

    /** Every example of the group, in the order of the court office's menu. */
    public static final List<Example> EXAMPLES = List.of(
            new Example("claim", CourtService.CLAIM, "a claim in action proceedings", CivilFilings::claim),
            new Example(
                    "court-order-claim",
                    CourtService.CLAIM,
                    "an application for a court order: a creditor and a debtor",
                    CivilFilings::courtOrderClaim),
            new Example(
                    "special-action-claim",
                    CourtService.CLAIM,
                    "an application in special action proceedings: an applicant and a defendant",
                    CivilFilings::specialActionClaim),
            new Example("appeal", CourtService.APPEAL, "an appeal, with its state fee", CivilFilings::appeal),
            new Example(
                    "private-complaint",
                    CourtService.PRIVATE_COMPLAINT,
                    "a complaint against a ruling, no state fee",
                    CivilFilings::privateComplaint),
            new Example(
                    "cassation-complaint",
                    CourtService.CASSATION_COMPLAINT,
                    "to the Cassation Court, the case by its first-instance number",
                    CivilFilings::cassationComplaint),
            new Example(
                    "supervisory-review",
                    CourtService.SUPERVISORY_REVIEW,
                    "to the Supreme Court, the case by its first-instance number",
                    CivilFilings::supervisoryReview),
            new Example(
                    "newly-discovered-circumstances",
                    CourtService.NEWLY_DISCOVERED_CIRCUMSTANCES,
                    "a review on newly discovered circumstances",
                    CivilFilings::newlyDiscoveredCircumstances),
            new Example(
                    "set-aside-default-judgment",
                    CourtService.SET_ASIDE_DEFAULT_JUDGMENT,
                    "the absent defendant asks",
                    CivilFilings::setAsideDefaultJudgment),
            new Example(
                    "cancel-court-order",
                    CourtService.CANCEL_COURT_ORDER,
                    "the debtor objects",
                    CivilFilings::cancelCourtOrder));

    private CivilFilings() {}

    public static void main(String[] args) {
        System.exit(Examples.main("CivilFilings", EXAMPLES, args, System.out, System.err));
    }

    /** «Исковое заявление»: the user sues a company for a debt under a works contract. */
    static Talon claim(ExampleUser user) throws IOException {
        Claim claim = Claim.builder()
                .court(COURT)
                .proceedings(Proceedings.ACTION)
                .category("142030001200070000") // «По договору подряда»
                .nature("О взыскании задолженности по договору подряда")
                .plaintiff(user.party())
                .defendant(COMPANY)
                .claimAmount(Tenge.of(1_500_000))
                .stateFee(StateFee.paidOnline(Tenge.of(15_000)))
                .summary("Взыскать с ответчика 1 500 000 тенге долга по договору подряда")
                .document(user.document("Исковое заявление", "Прошу взыскать с ТОО «Альфа» 1 500 000 тенге."))
                .attachment(user.document("Договор подряда", "Договор подряда № 12 от 10.01.2026."))
                .build();
        return user.session().file(claim, user.key());
    }

    /** «Заявление о вынесении судебного приказа»: the user, as creditor (взыскатель), against a debtor (должник). */
    static Talon courtOrderClaim(ExampleUser user) throws IOException {
        Claim application = Claim.builder()
                .court(COURT)
                .proceedings(Proceedings.COURT_ORDER)
                .category("142010000600000000") // «Взыскание долга»
                .nature("О вынесении судебного приказа о взыскании долга по договору займа")
                .creditor(user.party())
                .debtor(Party.individual(Iin.of("920715300257"), "Серикбаев Ерлан Маратович"))
                .claimAmount(Tenge.of(450_000)) // a court order recovers a sum: more than zero
                .stateFee(StateFee.paidOnline(Tenge.of(2_250)))
                .summary("Вынести судебный приказ о взыскании 450 000 тенге долга по договору займа")
                .document(user.document("Заявление о вынесении судебного приказа", "Должник не вернул заём."))
                .attachment(user.document("Договор займа", "Договор займа от 01.02.2026 на 450 000 тенге."))
                .build();
        return user.session().file(application, user.key());
    }

    /**
     * An application in special action proceedings («особое исковое производство»): the user, as applicant, disputes
     * the actions of a private bailiff, the defendant.
     */
    static Talon specialActionClaim(ExampleUser user) throws IOException {
        Claim application = Claim.builder()
                .court(COURT)
                .proceedings(Proceedings.SPECIAL_ACTION)
                .category("142040000300010000") // «Об оспаривании действий ЧСИ»
                .nature("Об оспаривании действий частного судебного исполнителя")
                .applicant(user.party())
                .defendant(Party.individual(Iin.of("881120400172"), "Ахметова Динара Каиржановна"))
                .claimAmount(Tenge.ZERO) // no property is claimed
                .stateFee(StateFee.paidOnline(Tenge.of(2_163)))
                .summary("Признать незаконным арест банковского счёта")
                .document(user.document("Заявление об оспаривании действий судебного исполнителя"))
                .attachment(user.document("Постановление судебного исполнителя", "Об аресте счёта."))
                .build();
        return user.session().file(application, user.key());
    }

    /** «Апелляционная жалоба»: the user appeals the decision of the court that heard the case, through that court. */
    static Talon appeal(ExampleUser user) throws IOException {
        Appeal appeal = Appeal.builder()
                .court(COURT) // the court whose decision is appealed
                .caseNumber(CASE) // that court's number
                .proceedings(Proceedings.ACTION)
                .plaintiff(user.party())
                .defendant(COMPANY)
                .stateFee(StateFee.paidOnline(Tenge.of(7_500)))
                .summary("Отменить решение суда первой инстанции и удовлетворить иск")
                .document(user.document("Апелляционная жалоба", "Суд неверно оценил акт выполненных работ."))
                .attachment(user.document("Копия решения суда", "Решение от 15.09.2026."))
                .build();
        return user.session().file(appeal, user.key());
    }

    /** «Частная жалоба»: against a ruling, through the court that made it; it bears no state fee. */
    static Talon privateComplaint(ExampleUser user) throws IOException {
        PrivateComplaint complaint = PrivateComplaint.builder()
                .court(COURT)
                .caseNumber(CASE)
                .proceedings(Proceedings.ACTION)
                .plaintiff(user.party())
                .defendant(COMPANY)
                .summary("Отменить определение о возвращении искового заявления")
                .document(user.document("Частная жалоба", "Исковое заявление возвращено без оснований."))
                .attachment(user.document("Копия определения", "Определение от 02.10.2026."))
                .build();
        return user.session().file(complaint, user.key());
    }

    /**
     * «Кассационная жалоба (ходатайство)»: to the Cassation Court of the Republic of Kazakhstan (6003), the case by the
     * number the court of first instance gave it.
     */
    static Talon cassationComplaint(ExampleUser user) throws IOException {
        CassationComplaint complaint = CassationComplaint.builder()
                .court("6003") // the Cassation Court
                .caseNumber(CASE) // the first instance's number, not the appeal court's
                .proceedings(Proceedings.ACTION)
                .plaintiff(user.party())
                .defendant(COMPANY)
                .stateFee(StateFee.paidOnline(Tenge.of(7_500)))
                .summary("Отменить постановление апелляционной инстанции")
                .document(user.document("Кассационная жалоба", "Нарушены нормы материального права."))
                .attachment(user.document("Копия постановления апелляционной инстанции"))
                .build();
        return user.session().file(complaint, user.key());
    }

    /** «Ходатайство о пересмотре в порядке надзора»: to the Supreme Court (6001), no state fee. */
    static Talon supervisoryReview(ExampleUser user) throws IOException {
        SupervisoryReview petition = SupervisoryReview.builder()
                .court("6001") // the Supreme Court
                .caseNumber(CASE)
                .plaintiff(user.party())
                .defendant(COMPANY)
                .summary("Пересмотреть постановление суда кассационной инстанции")
                .document(user.document("Ходатайство о пересмотре в порядке надзора"))
                .attachment(user.document("Копия постановления кассационного суда"))
                .build();
        return user.session().file(petition, user.key());
    }

    /** «Заявление о пересмотре по вновь открывшимся обстоятельствам», to the court that made the decision. */
    static Talon newlyDiscoveredCircumstances(ExampleUser user) throws IOException {
        NewlyDiscoveredCircumstances application = NewlyDiscoveredCircumstances.builder()
                .court(COURT)
                .caseNumber(CASE)
                .proceedings(Proceedings.ACTION)
                .circumstances(NewlyDiscoveredCircumstances.Circumstances.NEWLY_DISCOVERED)
                .plaintiff(user.party())
                .defendant(COMPANY)
                .summary("Пересмотреть решение: найден подписанный ответчиком акт сверки")
                .document(user.document("Заявление о пересмотре по вновь открывшимся обстоятельствам"))
                .attachment(user.document("Акт сверки", "Подписан ответчиком 30.12.2025."))
                .build();
        return user.session().file(application, user.key());
    }

    /** «Заявление об отмене заочного решения»: the user, a defendant absent from the hearing, asks. */
    static Talon setAsideDefaultJudgment(ExampleUser user) throws IOException {
        SetAsideDefaultJudgment application = SetAsideDefaultJudgment.builder()
                .court(COURT)
                .caseNumber(CASE)
                .defendant(user.party()) // only the defendant may ask
                .plaintiff(COMPANY)
                .summary("Отменить заочное решение: ответчик не был извещён о заседании")
                .document(user.document("Заявление об отмене заочного решения"))
                .attachment(user.document("Справка о нахождении в командировке"))
                .build();
        return user.session().file(application, user.key());
    }

    /** «Заявление об отмене судебного приказа»: the user, the debtor, objects. */
    static Talon cancelCourtOrder(ExampleUser user) throws IOException {
        CancelCourtOrder application = CancelCourtOrder.builder()
                .court(COURT)
                .caseNumber(CASE)
                .debtor(user.party()) // only the debtor objects
                .creditor(COMPANY)
                .summary("Отменить судебный приказ: долг погашен до его вынесения")
                .document(user.document("Заявление об отмене судебного приказа"))
                .attachment(user.document("Платёжное поручение", "Оплата 450 000 тенге от 20.08.2026."))
                .build();
        return user.session().file(application, user.key());
    }
}
