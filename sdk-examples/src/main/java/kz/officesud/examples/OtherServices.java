package kz.officesud.examples;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import kz.officesud.core.model.ApostilleRequest;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Letter;
import kz.officesud.core.model.Petition;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Talon;
import kz.officesud.core.model.Tenge;

/**
 * The court office's other services: a petition («Обращение», under the АППК, outside any proceedings), a letter to a
 * court («Письмо») and an apostille request («Запрос на апостилирование»). None names participants: the applicant is
 * the account holder. Each files with {@link kz.officesud.filing.CourtSession#file} and returns the court's talon.
 *
 * <pre>
 * java -cp sdk-examples/target/officesud-demo.jar kz.officesud.examples.OtherServices [--list] [example...]
 * </pre>
 */
public final class OtherServices {
    /** Every example of the group, in the order of the court office's menu. */
    public static final List<Example> EXAMPLES = List.of(
            new Example(
                    "petition", CourtService.PETITION, "a petition to a court, no state fee", OtherServices::petition),
            new Example("letter", CourtService.LETTER, "a letter answering the court's request", OtherServices::letter),
            new Example(
                    "apostille-request",
                    CourtService.APOSTILLE_REQUEST,
                    "an apostille on a copy of a decision, with its state fee",
                    OtherServices::apostilleRequest));

    private OtherServices() {}

    public static void main(String[] args) {
        System.exit(Examples.main("OtherServices", EXAMPLES, args, System.out, System.err));
    }

    /** «Обращение»: the form asks the applicant's phone, postal address and a short description. */
    static Talon petition(ExampleUser user) throws IOException {
        Petition petition = Petition.builder()
                .court(CivilFilings.COURT)
                .phone(HearingRecordFilings.PHONE)
                .postalAddress(HearingRecordFilings.ADDRESS)
                .description("О графике приёма граждан председателем суда")
                .document(user.document("Обращение", "Прошу сообщить график приёма граждан."))
                .build();
        return user.session().file(petition, user.key());
    }

    /** «Письмо»: information the court asked for, with the document it asked. */
    static Talon letter(ExampleUser user) throws IOException {
        Letter letter = Letter.builder()
                .court(CivilFilings.COURT)
                .subject("О направлении сведений по запросу суда")
                .document(user.document("Письмо", "Направляю сведения по запросу суда от 10.11.2026."))
                .attachment(user.document("Сведения о месте работы"))
                .build();
        return user.session().file(letter, user.key());
    }

    /** «Запрос на апостилирование»: a copy of the decision in the user's case, for use abroad. */
    static Talon apostilleRequest(ExampleUser user) throws IOException {
        ApostilleRequest request = ApostilleRequest.builder()
                .court(CivilFilings.COURT)
                .act(CaseNumber.parse(CivilFilings.CASE), "Решение", LocalDate.of(2026, 9, 15))
                .stateFee(StateFee.paidOnline(Tenge.parse("2162.50")))
                .document(user.document("Запрос на апостилирование", "Прошу апостилировать копию решения суда."))
                .build();
        return user.session().file(request, user.key());
    }
}
