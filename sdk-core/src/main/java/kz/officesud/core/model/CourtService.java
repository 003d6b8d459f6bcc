package kz.officesud.core.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The services of «Судебный кабинет» (the court's notice «Судебный кабинет», seed 000, and the 2018 rules, seed 004), each with its Russian name. Services that send a signed
 * document to a court are {@linkplain #isFiling() filings}; the others look something up.
 */
public enum CourtService {
    // Civil proceedings («Судопроизводство», seed 000, §2.1–2.2)
    /** Исковое заявление / заявление (исковое, приказное, особое исковое, особое производство). */
    CLAIM("Исковое заявление (заявление)", Group.CIVIL_PROCEEDINGS, true, true, Claim.class),
    /** Апелляционная жалоба. */
    APPEAL("Апелляционная жалоба", Group.CIVIL_PROCEEDINGS, true, true, Appeal.class),
    /** Частная жалоба: against a ruling; no state fee (the Tax Code charges appeals, not private complaints). */
    PRIVATE_COMPLAINT("Частная жалоба", Group.CIVIL_PROCEEDINGS, false, true, PrivateComplaint.class),
    /** Кассационная жалоба (ходатайство): the form has the payment step (seed 000 §2.2.2). */
    CASSATION_COMPLAINT(
            "Кассационная жалоба (ходатайство)", Group.CIVIL_PROCEEDINGS, true, true, CassationComplaint.class),
    /** Ходатайство о пересмотре в порядке надзора: the case and the e-form data, no payment step. */
    SUPERVISORY_REVIEW(
            "Ходатайство о пересмотре в порядке надзора",
            Group.CIVIL_PROCEEDINGS,
            false,
            true,
            SupervisoryReview.class),
    /** Заявление о пересмотре по вновь открывшимся или новым обстоятельствам: no payment step (seed 000 §2.2.3). */
    NEWLY_DISCOVERED_CIRCUMSTANCES(
            "Заявление о пересмотре по вновь открывшимся или новым обстоятельствам",
            Group.CIVIL_PROCEEDINGS,
            false,
            true,
            NewlyDiscoveredCircumstances.class),
    /** Заявление об отмене заочного решения: no payment step (seed 000 §2.2.4). */
    SET_ASIDE_DEFAULT_JUDGMENT(
            "Заявление об отмене заочного решения",
            Group.CIVIL_PROCEEDINGS,
            false,
            true,
            SetAsideDefaultJudgment.class),
    /** Заявление об отмене судебного приказа: no payment step (seed 000 §2.2.5). */
    CANCEL_COURT_ORDER(
            "Заявление об отмене судебного приказа", Group.CIVIL_PROCEEDINGS, false, true, CancelCourtOrder.class),

    // Documents in an existing case («Документы по делу», seed 000, §2.3), in the order of the source
    /** 1) Отзыв. */
    RESPONSE("Отзыв", Group.CASE_DOCUMENTS, false, true, Response.class),
    /** 2) Встречный иск. */
    COUNTERCLAIM("Встречный иск", Group.CASE_DOCUMENTS, true, true, Counterclaim.class),
    /** 3) Ходатайство. */
    MOTION("Ходатайство", Group.CASE_DOCUMENTS, false, true, Motion.class),
    /** 4) Заявление об обеспечении иска. */
    SECURE_CLAIM("Заявление об обеспечении иска", Group.CASE_DOCUMENTS, false, true, SecureClaimApplication.class),
    /**
     * 5) Замечания на протокол судебного заседания, also reached from the hearing-record section and from
     * e-government (seed 004, §4).
     */
    REMARKS_ON_RECORD(
            "Замечания на протокол судебного заседания", Group.CASE_DOCUMENTS, false, true, RemarksOnRecord.class),
    /** 6) Заявление о выдаче копий судебных актов. */
    COPIES_OF_JUDICIAL_ACTS(
            "Заявление о выдаче копий судебных актов",
            Group.CASE_DOCUMENTS,
            false,
            true,
            CopiesOfJudicialActsApplication.class),
    /** 7) Заявление о восстановлении пропущенного срока. */
    RESTORE_MISSED_DEADLINE(
            "Заявление о восстановлении пропущенного срока",
            Group.CASE_DOCUMENTS,
            false,
            true,
            RestoreMissedDeadlineApplication.class),
    /** 8) Заявление о выдаче дубликата исполнительного листа. */
    DUPLICATE_WRIT_OF_EXECUTION(
            "Заявление о выдаче дубликата исполнительного листа",
            Group.CASE_DOCUMENTS,
            true,
            true,
            DuplicateWritOfExecutionApplication.class),
    /** 9) Заявление о направлении исполнительного листа в органы юстиции. */
    WRIT_TO_JUSTICE_BODIES(
            "Заявление о направлении исполнительного листа в органы юстиции",
            Group.CASE_DOCUMENTS,
            false,
            true,
            WritToJusticeBodiesApplication.class),
    /** 10) Заявление о повторной выдаче копий (дубликатов) судебных актов. */
    REPEATED_COPIES_OF_JUDICIAL_ACTS(
            "Заявление о повторной выдаче копий (дубликатов) судебных актов",
            Group.CASE_DOCUMENTS,
            true,
            true,
            RepeatedCopiesOfJudicialActsApplication.class),
    /**
     * 11) Заявление о выдаче исполнительных листов на решения арбитража, третейских судов и иностранных
     * судов.
     */
    WRIT_FOR_ARBITRAL_OR_FOREIGN_DECISION(
            "Заявление о выдаче исполнительного листа на решения арбитража, третейских и иностранных судов",
            Group.CASE_DOCUMENTS,
            true,
            true,
            WritForArbitralOrForeignDecisionApplication.class),

    // After sending (seed 004, §16)
    /** Отправить дополнительные документы (e.g. after a rejection). */
    ADDITIONAL_DOCUMENTS("Отправить дополнительные документы", Group.AFTER_SENDING, false, true),
    /** Отправить доплату государственной пошлины. */
    STATE_FEE_TOP_UP("Отправить доплату государственной пошлины", Group.AFTER_SENDING, true, true),

    // Criminal and administrative-offence proceedings (seed 004, §8, §10)
    /** Документ по уголовному делу (жалоба, ходатайство, отзыв и другие документы по УПК). */
    CRIMINAL_FILING(
            "Документ по уголовному делу (УПК)",
            Group.CRIMINAL_AND_ADMINISTRATIVE_OFFENCE,
            false,
            true,
            CriminalFiling.class),
    /** Документ по делу об административном правонарушении (жалоба, ходатайство, отзыв и другие по КоАП). */
    ADMINISTRATIVE_OFFENCE_FILING(
            "Документ по делу об административном правонарушении (КоАП)",
            Group.CRIMINAL_AND_ADMINISTRATIVE_OFFENCE,
            false,
            true,
            AdministrativeOffenceFiling.class),

    // Court-session record (seed 004, §4)
    /** Заявление о выдаче копии протокола судебного заседания. */
    HEARING_RECORD_COPY_REQUEST(
            "Заявление о выдаче копии протокола судебного заседания",
            Group.HEARING_RECORD,
            false,
            true,
            HearingRecordCopyRequest.class),

    // Other services (seed 000, §3–5; seed 004, §18)
    /** Обращение (under the law on petitions and the АППК). */
    PETITION("Обращение", Group.OTHER, false, true, Petition.class),
    /** Письмо в суд. */
    LETTER("Письмо", Group.OTHER, false, true, Letter.class),
    /** Запрос на апостилирование копий судебных актов. */
    APOSTILLE_REQUEST("Запрос на апостилирование", Group.OTHER, true, true, ApostilleRequest.class),
    /** Заявление на доступ к электронному наблюдательному производству (ЭНП). */
    CASE_OBSERVATION_REQUEST("Заявление на доступ к ЭНП", Group.OTHER, false, true),

    // Look-ups
    /** Проверка чека оплаты. */
    RECEIPT_CHECK("Проверка чека оплаты", Group.LOOKUP, false, false),
    /** Поиск дел. */
    CASE_SEARCH("Поиск дел", Group.LOOKUP, false, false),
    /** Просмотр судебных актов. */
    JUDICIAL_ACTS("Судебные акты", Group.LOOKUP, false, false),
    /** Проверка законности судебного акта. */
    JUDICIAL_ACT_LEGITIMACY_CHECK("Проверка законности судебного акта", Group.LOOKUP, false, false);

    /** The sections of the cabinet the services belong to. */
    public enum Group {
        CIVIL_PROCEEDINGS,
        CASE_DOCUMENTS,
        AFTER_SENDING,
        CRIMINAL_AND_ADMINISTRATIVE_OFFENCE,
        HEARING_RECORD,
        OTHER,
        LOOKUP
    }

    private final String nameRu;
    private final Group group;
    private final boolean mayTakeStateFee;
    private final boolean filing;
    private final @Nullable Class<? extends Filing> filingType;

    CourtService(String nameRu, Group group, boolean mayTakeStateFee, boolean filing) {
        this(nameRu, group, mayTakeStateFee, filing, null);
    }

    CourtService(
            String nameRu,
            Group group,
            boolean mayTakeStateFee,
            boolean filing,
            @Nullable Class<? extends Filing> filingType) {
        this.nameRu = nameRu;
        this.group = group;
        this.mayTakeStateFee = mayTakeStateFee;
        this.filing = filing;
        this.filingType = filingType;
    }

    /** The record type of this service's filings ({@link Claim} for {@link #CLAIM}…); empty for a look-up. */
    public Optional<Class<? extends Filing>> filingType() {
        return Optional.ofNullable(filingType);
    }

    /** The service whose filings are of {@code type}. */
    public static CourtService of(Class<? extends Filing> type) {
        for (CourtService service : values()) {
            if (service.filingType == type) {
                return service;
            }
        }
        throw new IllegalArgumentException("no service files " + type.getName());
    }

    /** The service's name in Russian. */
    public String nameRu() {
        return nameRu;
    }

    public Group group() {
        return group;
    }

    /**
     * True if the form has the state-fee step (госпошлина), even if the fee may be exempt: the services whose
     * filings the Tax Code charges (claims and applications of the four proceedings, appeals, cassation petitions,
     * a duplicate writ of execution, writs for arbitral and foreign decisions, repeated copies of judicial acts:
     * seed 002 §31) and whose form in the court office has the payment step (seed 000 §2.1, §2.2.1, §2.2.2).
     * Such a filing's type implements {@link TakesStateFee}.
     */
    public boolean mayTakeStateFee() {
        return mayTakeStateFee;
    }

    /** True if the service sends a signed document to a court (and so returns a talon). */
    public boolean isFiling() {
        return filing;
    }
}
