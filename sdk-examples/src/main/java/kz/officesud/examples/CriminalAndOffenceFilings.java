package kz.officesud.examples;

import java.io.IOException;
import java.util.List;
import kz.officesud.core.model.AdministrativeOffenceFiling;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.CriminalFiling;
import kz.officesud.core.model.ProceduralDocumentKind;
import kz.officesud.core.model.Talon;

/**
 * Criminal and administrative-offence proceedings («Уголовное производство», «Производство по делам об
 * административных правонарушениях»), one example a section: the applicant chooses the instance (the first, appeal or
 * cassation instance, or the Supreme Court, as the court office offers them from 1 July 2025) and the kind of
 * document, and addresses a court of that instance that hears the form of proceedings; the client refuses a court that
 * does not before sending. Each files with {@link kz.officesud.filing.CourtSession#file} and returns the court's
 * talon; neither bears a state fee.
 *
 * <pre>
 * java -cp sdk-examples/target/officesud-demo.jar kz.officesud.examples.CriminalAndOffenceFilings [--list] [example...]
 * </pre>
 *
 * <p>Both go to the Almaty City Court ({@value #APPEAL_COURT}), which hears criminal and administrative-offence cases
 * on appeal, each in a case of its own.
 */
public final class CriminalAndOffenceFilings {
    /** The Almaty City Court, a court of appeal. */
    static final String APPEAL_COURT = "7599";

    /** Every example of the group, in the order of the court office's sections. */
    public static final List<Example> EXAMPLES = List.of(
            new Example(
                    "criminal-appeal-motion",
                    CourtService.CRIMINAL_FILING,
                    "a motion in a criminal case on appeal",
                    CriminalAndOffenceFilings::criminalAppealMotion),
            new Example(
                    "administrative-offence-complaint",
                    CourtService.ADMINISTRATIVE_OFFENCE_FILING,
                    "a complaint against a fine, to the court of appeal",
                    CriminalAndOffenceFilings::administrativeOffenceComplaint));

    private CriminalAndOffenceFilings() {}

    public static void main(String[] args) {
        System.exit(Examples.main("CriminalAndOffenceFilings", EXAMPLES, args, System.out, System.err));
    }

    /**
     * «Ходатайство» in a criminal case heard on appeal: the user, the convicted person (on the form's plaintiffs'
     * side), asks to see the hearing record.
     */
    static Talon criminalAppealMotion(ExampleUser user) throws IOException {
        CriminalFiling motion = CriminalFiling.builder()
                .court(APPEAL_COURT)
                .instance(CourtInstance.APPEAL)
                .documentKind(ProceduralDocumentKind.MOTION)
                .caseNumber("7599-26-00-1а/15") // the case's number at the court of appeal
                .applicant(user.party())
                .summary("Ознакомить с протоколом судебного заседания")
                .document(user.document("Ходатайство об ознакомлении с протоколом судебного заседания"))
                .build();
        return user.session().file(motion, user.key());
    }

    /** «Жалоба» on appeal against a decision imposing a fine for an administrative offence. */
    static Talon administrativeOffenceComplaint(ExampleUser user) throws IOException {
        AdministrativeOffenceFiling complaint = AdministrativeOffenceFiling.builder()
                .court(APPEAL_COURT)
                .instance(CourtInstance.APPEAL)
                .documentKind(ProceduralDocumentKind.COMPLAINT)
                .caseNumber("7599-26-00-3а/41")
                .applicant(user.party())
                .summary("Отменить постановление о наложении штрафа")
                .document(user.document(
                        "Жалоба на постановление по делу об административном правонарушении",
                        "Правонарушение не было совершено."))
                .attachment(user.document("Копия постановления", "Постановление от 12.11.2026."))
                .build();
        return user.session().file(complaint, user.key());
    }
}
