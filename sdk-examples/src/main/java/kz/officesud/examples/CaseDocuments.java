package kz.officesud.examples;

import java.io.IOException;
import java.util.List;
import kz.officesud.core.model.CopiesOfJudicialActsApplication;
import kz.officesud.core.model.Counterclaim;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.DuplicateWritOfExecutionApplication;
import kz.officesud.core.model.Motion;
import kz.officesud.core.model.RepeatedCopiesOfJudicialActsApplication;
import kz.officesud.core.model.Response;
import kz.officesud.core.model.RestoreMissedDeadlineApplication;
import kz.officesud.core.model.SecureClaimApplication;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Talon;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.model.WritForArbitralOrForeignDecisionApplication;
import kz.officesud.core.model.WritToJusticeBodiesApplication;

/**
 * Documents in a case the court already has («Документы по делу»), one example a document, in the order of the court
 * office's list: the response, the counterclaim, the motion, the application to secure the claim, the applications for
 * copies of judicial acts, to restore a missed deadline, for a duplicate writ of execution, to send a writ to the
 * justice bodies, for repeated copies and for a writ on an arbitral or foreign decision. The remarks on the hearing
 * record, the list's fifth item, are in {@link HearingRecordFilings}. Each names the case by the number of the court it
 * is filed to, files the document with {@link kz.officesud.filing.CourtSession#file} and returns the court's talon.
 *
 * <pre>
 * java -cp sdk-examples/target/officesud-demo.jar kz.officesud.examples.CaseDocuments [--list] [example...]
 * </pre>
 *
 * <p>The case is {@value CivilFilings#CASE}, a civil case of court {@value CivilFilings#COURT}: the user sued {@link
 * CivilFilings#COMPANY} for a debt under a works contract, or is sued by it.
 */
public final class CaseDocuments {
    /** Every example of the group, in the order of the court office's list. */
    public static final List<Example> EXAMPLES = List.of(
            new Example("response", CourtService.RESPONSE, "the defendant answers the claim", CaseDocuments::response),
            new Example(
                    "counterclaim",
                    CourtService.COUNTERCLAIM,
                    "the defendant's own claim, with its amount and state fee",
                    CaseDocuments::counterclaim),
            new Example("motion", CourtService.MOTION, "a motion to order evidence", CaseDocuments::motion),
            new Example(
                    "secure-claim",
                    CourtService.SECURE_CLAIM,
                    "interim measures: an attachment of the defendant's accounts, no state fee",
                    CaseDocuments::secureClaim),
            new Example(
                    "copies-of-judicial-acts",
                    CourtService.COPIES_OF_JUDICIAL_ACTS,
                    "a first copy of the decision, no state fee",
                    CaseDocuments::copiesOfJudicialActs),
            new Example(
                    "restore-missed-deadline",
                    CourtService.RESTORE_MISSED_DEADLINE,
                    "the deadline to appeal, missed through illness",
                    CaseDocuments::restoreMissedDeadline),
            new Example(
                    "duplicate-writ-of-execution",
                    CourtService.DUPLICATE_WRIT_OF_EXECUTION,
                    "the writ was lost; the state fee is paid",
                    CaseDocuments::duplicateWritOfExecution),
            new Example(
                    "writ-to-justice-bodies",
                    CourtService.WRIT_TO_JUSTICE_BODIES,
                    "the court sends the writ for enforcement",
                    CaseDocuments::writToJusticeBodies),
            new Example(
                    "repeated-copies-of-judicial-acts",
                    CourtService.REPEATED_COPIES_OF_JUDICIAL_ACTS,
                    "copies issued again, with the state fee",
                    CaseDocuments::repeatedCopiesOfJudicialActs),
            new Example(
                    "writ-for-arbitral-decision",
                    CourtService.WRIT_FOR_ARBITRAL_OR_FOREIGN_DECISION,
                    "a writ to enforce an arbitration's award, with the state fee",
                    CaseDocuments::writForArbitralDecision));

    private CaseDocuments() {}

    public static void main(String[] args) {
        System.exit(Examples.main("CaseDocuments", EXAMPLES, args, System.out, System.err));
    }

    /** «Отзыв»: the user, sued by the company, answers the claim. */
    static Talon response(ExampleUser user) throws IOException {
        Response response = Response.builder()
                .court(CivilFilings.COURT)
                .caseNumber(CivilFilings.CASE)
                .defendant(user.party())
                .plaintiff(CivilFilings.COMPANY)
                .summary("Иск не признаю: работы оплачены полностью")
                .document(user.document("Отзыв на исковое заявление", "Оплата произведена 20.08.2026."))
                .attachment(user.document("Платёжное поручение", "№ 311 от 20.08.2026 на 1 500 000 тенге."))
                .build();
        return user.session().file(response, user.key());
    }

    /**
     * «Встречный иск»: the user, the defendant of the company's claim, claims a penalty for late works; it is a claim
     * in substance, with its amount and the state fee of a claim.
     */
    static Talon counterclaim(ExampleUser user) throws IOException {
        Counterclaim counterclaim = Counterclaim.builder()
                .court(CivilFilings.COURT)
                .caseNumber(CivilFilings.CASE)
                .nature("О взыскании неустойки по договору подряда")
                .plaintiff(user.party()) // the counterclaimant, defendant of the original claim
                .defendant(CivilFilings.COMPANY)
                .claimAmount(Tenge.of(800_000))
                .stateFee(StateFee.paidOnline(Tenge.of(8_000)))
                .summary("Взыскать 800 000 тенге неустойки за просрочку работ")
                .document(user.document("Встречное исковое заявление", "Работы сданы с опозданием на 40 дней."))
                .attachment(user.document("Расчёт неустойки", "0,5% за каждый день просрочки."))
                .build();
        return user.session().file(counterclaim, user.key());
    }

    /** «Ходатайство»: the user asks the court to order the defendant to produce a document. */
    static Talon motion(ExampleUser user) throws IOException {
        Motion motion = Motion.builder()
                .court(CivilFilings.COURT)
                .caseNumber(CivilFilings.CASE)
                .plaintiff(user.party())
                .defendant(CivilFilings.COMPANY)
                .summary("Истребовать у ответчика акт сверки взаиморасчётов")
                .document(user.document("Ходатайство об истребовании доказательств"))
                .build();
        return user.session().file(motion, user.key());
    }

    /** «Заявление об обеспечении иска»: the plaintiff asks for an attachment; the Tax Code charges no fee for it. */
    static Talon secureClaim(ExampleUser user) throws IOException {
        SecureClaimApplication application = SecureClaimApplication.builder()
                .court(CivilFilings.COURT)
                .caseNumber(CivilFilings.CASE)
                .plaintiff(user.party())
                .defendant(CivilFilings.COMPANY)
                .summary("Наложить арест на счета ответчика в пределах цены иска")
                .document(user.document("Заявление об обеспечении иска", "Ответчик выводит средства со счетов."))
                .build();
        return user.session().file(application, user.key());
    }

    /** «Заявление о выдаче копий судебных актов»: a first copy of the decision. */
    static Talon copiesOfJudicialActs(ExampleUser user) throws IOException {
        CopiesOfJudicialActsApplication application = CopiesOfJudicialActsApplication.builder()
                .court(CivilFilings.COURT)
                .caseNumber(CivilFilings.CASE)
                .plaintiff(user.party())
                .summary("Выдать копию решения суда с отметкой о вступлении в законную силу")
                .document(user.document("Заявление о выдаче копий судебных актов"))
                .build();
        return user.session().file(application, user.key());
    }

    /** «Заявление о восстановлении пропущенного срока»: the deadline to appeal, with the reason shown. */
    static Talon restoreMissedDeadline(ExampleUser user) throws IOException {
        RestoreMissedDeadlineApplication application = RestoreMissedDeadlineApplication.builder()
                .court(CivilFilings.COURT)
                .caseNumber(CivilFilings.CASE)
                .defendant(user.party())
                .plaintiff(CivilFilings.COMPANY)
                .summary("Восстановить срок апелляционного обжалования: заявитель был болен")
                .document(user.document("Заявление о восстановлении пропущенного срока"))
                .attachment(user.document("Справка о временной нетрудоспособности", "С 01.10 по 25.10.2026."))
                .build();
        return user.session().file(application, user.key());
    }

    /** «Заявление о выдаче дубликата исполнительного листа»: the original was lost; the Tax Code charges a fee. */
    static Talon duplicateWritOfExecution(ExampleUser user) throws IOException {
        DuplicateWritOfExecutionApplication application = DuplicateWritOfExecutionApplication.builder()
                .court(CivilFilings.COURT)
                .caseNumber(CivilFilings.CASE)
                .plaintiff(user.party())
                .defendant(CivilFilings.COMPANY)
                .stateFee(StateFee.paidOnline(Tenge.parse("1297.50")))
                .summary("Выдать дубликат утерянного исполнительного листа")
                .document(user.document("Заявление о выдаче дубликата исполнительного листа"))
                .attachment(user.document("Справка судебного исполнителя об утрате исполнительного листа"))
                .build();
        return user.session().file(application, user.key());
    }

    /** «Заявление о направлении исполнительного листа в органы юстиции»: the creditor asks the court to send it. */
    static Talon writToJusticeBodies(ExampleUser user) throws IOException {
        WritToJusticeBodiesApplication application = WritToJusticeBodiesApplication.builder()
                .court(CivilFilings.COURT)
                .caseNumber(CivilFilings.CASE)
                .plaintiff(user.party())
                .defendant(CivilFilings.COMPANY)
                .summary("Направить исполнительный лист на исполнение в органы юстиции")
                .document(user.document("Заявление о направлении исполнительного листа в органы юстиции"))
                .build();
        return user.session().file(application, user.key());
    }

    /** «Заявление о повторной выдаче копий (дубликатов) судебных актов»: unlike a first issue, it bears the fee. */
    static Talon repeatedCopiesOfJudicialActs(ExampleUser user) throws IOException {
        RepeatedCopiesOfJudicialActsApplication application = RepeatedCopiesOfJudicialActsApplication.builder()
                .court(CivilFilings.COURT)
                .caseNumber(CivilFilings.CASE)
                .plaintiff(user.party())
                .stateFee(StateFee.paidOnline(Tenge.parse("1297.50")))
                .summary("Повторно выдать копию решения суда")
                .document(user.document("Заявление о повторной выдаче копий судебных актов"))
                .build();
        return user.session().file(application, user.key());
    }

    /**
     * «Заявление о выдаче исполнительного листа на принудительное исполнение решения арбитража»: the user won an
     * arbitration against the company and asks for a writ to enforce the award.
     */
    static Talon writForArbitralDecision(ExampleUser user) throws IOException {
        WritForArbitralOrForeignDecisionApplication application = WritForArbitralOrForeignDecisionApplication.builder()
                .court(CivilFilings.COURT)
                .caseNumber(CivilFilings.CASE)
                .plaintiff(user.party())
                .defendant(CivilFilings.COMPANY)
                .stateFee(StateFee.paidOnline(Tenge.parse("2162.50")))
                .summary("Выдать исполнительный лист на решение арбитража от 05.09.2026")
                .document(user.document(
                        "Заявление о выдаче исполнительного листа на принудительное исполнение решения арбитража"))
                .attachment(user.document("Решение арбитража", "Взыскать с ТОО «Альфа» 1 500 000 тенге."))
                .build();
        return user.session().file(application, user.key());
    }
}
