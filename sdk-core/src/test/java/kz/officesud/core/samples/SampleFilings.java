package kz.officesud.core.samples;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import kz.officesud.core.model.AdministrativeOffenceFiling;
import kz.officesud.core.model.ApostilleRequest;
import kz.officesud.core.model.Appeal;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CancelCourtOrder;
import kz.officesud.core.model.CaseCategories;
import kz.officesud.core.model.CaseCategory;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.CassationComplaint;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.CopiesOfJudicialActsApplication;
import kz.officesud.core.model.Counterclaim;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.CriminalFiling;
import kz.officesud.core.model.DuplicateWritOfExecutionApplication;
import kz.officesud.core.model.FiledInCase;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.HearingRecordCopyRequest;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Letter;
import kz.officesud.core.model.Motion;
import kz.officesud.core.model.NewlyDiscoveredCircumstances;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.PartySide;
import kz.officesud.core.model.Petition;
import kz.officesud.core.model.PrivateComplaint;
import kz.officesud.core.model.ProceduralDocumentKind;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.model.RemarksOnRecord;
import kz.officesud.core.model.RepeatedCopiesOfJudicialActsApplication;
import kz.officesud.core.model.Response;
import kz.officesud.core.model.RestoreMissedDeadlineApplication;
import kz.officesud.core.model.SecureClaimApplication;
import kz.officesud.core.model.SetAsideDefaultJudgment;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.SupervisoryReview;
import kz.officesud.core.model.TakesStateFee;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.model.WritForArbitralOrForeignDecisionApplication;
import kz.officesud.core.model.WritToJusticeBodiesApplication;
import kz.officesud.core.validation.ValidationOptions;
import org.jspecify.annotations.Nullable;

/**
 * A valid sample of every filing type, for the tests that run a rule over all of them: add one for each type
 * that joins {@link Filing}'s permits (EveryFilingTypeTest fails when a type has none). In sdk-core's test-jar,
 * in a package of its own, so that other modules' tests use it too.
 */
public final class SampleFilings {
    /**
     * The court the samples are addressed to: the Медеуский районный суд of Almaty, which hears civil cases at first
     * instance (the claim and the appeal are addressed to it).
     */
    public static final String COURT = "7517";

    /**
     * The court the samples of criminal and administrative-offence filings go to, at the appeal instance: the Almaty
     * City Court, which hears every form of proceedings on appeal.
     */
    public static final String APPEAL_COURT = "7599";

    /** The Cassation Court of the Republic of Kazakhstan, where the sample cassation complaint goes. */
    public static final String CASSATION_COURT = "6003";

    /** The Supreme Court of the Republic of Kazakhstan, where the sample petition for supervisory review goes. */
    public static final String SUPREME_COURT = "6001";

    /** A case of {@link #COURT}, a court of first instance. */
    public static final CaseNumber CASE = CaseNumber.parse("7517-26-00-2/1234");

    /** A case of another court. */
    public static final CaseNumber OTHER_COURTS_CASE = CaseNumber.parse("7594-26-00-4/99");

    /** A case's number at a court of appeal (the Almaty City Court), not at the first instance. */
    public static final CaseNumber APPEAL_COURTS_CASE = CaseNumber.parse("7599-26-00-2а/99");

    /**
     * Options whose classifier puts the samples' category («По договору подряда») in every kind of proceedings, for
     * the tests that judge a claim of other proceedings on something else than its category.
     */
    public static final ValidationOptions CATEGORIES_OF_EVERY_PROCEEDINGS = ValidationOptions.builder()
            .caseCategories(CaseCategories.of(List.of(new CaseCategories.Entry(
                    CaseCategory.of("142030001200070000"),
                    ProceedingsForm.CIVIL,
                    EnumSet.allOf(Proceedings.class),
                    "По договору подряда",
                    null,
                    null))))
            .build();

    public static final Party PLAINTIFF = Party.individual(Iin.of("900101300007"), "Асанов Болат Серикович");
    public static final Party DEFENDANT = Party.legalEntity(Bin.of("000740001307"), "ТОО «Альфа»");

    /** The applicant's phone and postal address, where the form asks them. */
    public static final String PHONE = "+7 701 234 56 78";

    public static final String ADDRESS = "050000, г. Алматы, пр. Абая, 1, кв. 2";

    private static final Map<Class<? extends Filing>, Function<Function<String, Attachment>, Filing>> SAMPLES =
            Map.ofEntries(
                    Map.entry(Claim.class, file -> Claim.builder()
                            .court(COURT)
                            .proceedings(Proceedings.ACTION)
                            .category("142030001200070000")
                            .nature("О взыскании задолженности по договору подряда")
                            .plaintiff(PLAINTIFF)
                            .defendant(DEFENDANT)
                            .claimAmount(Tenge.of(1_500_000))
                            .stateFee(StateFee.paidOnline(Tenge.of(45_000)))
                            .summary("Взыскать долг по договору подряда")
                            .statement(file.apply("Исковое заявление"))
                            .attachment(file.apply("Договор подряда"))
                            .build()),
                    Map.entry(Appeal.class, file -> Appeal.builder()
                            .court(COURT)
                            .caseNumber(CASE)
                            .proceedings(Proceedings.ACTION)
                            .plaintiff(PLAINTIFF)
                            .defendant(DEFENDANT)
                            .stateFee(StateFee.paidOnline(Tenge.of(22_500)))
                            .summary("Отменить решение суда первой инстанции")
                            .statement(file.apply("Апелляционная жалоба"))
                            .attachment(file.apply("Копия решения"))
                            .build()),
                    // the reviews of judicial acts in civil proceedings (seed 000 §2.2)
                    Map.entry(PrivateComplaint.class, file -> PrivateComplaint.builder()
                            .court(COURT)
                            .caseNumber(CASE)
                            .proceedings(Proceedings.ACTION)
                            .plaintiff(PLAINTIFF)
                            .defendant(DEFENDANT)
                            .summary("Отменить определение о возвращении искового заявления")
                            .statement(file.apply("Частная жалоба"))
                            .attachment(file.apply("Копия определения"))
                            .build()),
                    Map.entry(CassationComplaint.class, file -> CassationComplaint.builder()
                            .court(CASSATION_COURT)
                            .caseNumber(CASE)
                            .proceedings(Proceedings.ACTION)
                            .plaintiff(PLAINTIFF)
                            .defendant(DEFENDANT)
                            .stateFee(StateFee.paidOnline(Tenge.of(22_500)))
                            .summary("Отменить постановление апелляционной инстанции")
                            .statement(file.apply("Кассационная жалоба"))
                            .attachment(file.apply("Копия постановления апелляционной инстанции"))
                            .build()),
                    Map.entry(SupervisoryReview.class, file -> SupervisoryReview.builder()
                            .court(SUPREME_COURT)
                            .caseNumber(CASE)
                            .plaintiff(PLAINTIFF)
                            .defendant(DEFENDANT)
                            .summary("Пересмотреть постановление суда кассационной инстанции в порядке надзора")
                            .statement(file.apply("Ходатайство о пересмотре в порядке надзора"))
                            .attachment(file.apply("Копия постановления кассационной инстанции"))
                            .build()),
                    Map.entry(NewlyDiscoveredCircumstances.class, file -> NewlyDiscoveredCircumstances.builder()
                            .court(COURT)
                            .caseNumber(CASE)
                            .proceedings(Proceedings.ACTION)
                            .circumstances(NewlyDiscoveredCircumstances.Circumstances.NEWLY_DISCOVERED)
                            .plaintiff(PLAINTIFF)
                            .defendant(DEFENDANT)
                            .summary("Пересмотреть решение: обнаружен подлинник акта сверки")
                            .statement(file.apply("Заявление о пересмотре по вновь открывшимся обстоятельствам"))
                            .attachment(file.apply("Акт сверки"))
                            .build()),
                    Map.entry(SetAsideDefaultJudgment.class, file -> SetAsideDefaultJudgment.builder()
                            .court(COURT)
                            .caseNumber(CASE)
                            .defendant(DEFENDANT)
                            .plaintiff(PLAINTIFF)
                            .summary("Отменить заочное решение: ответчик не был извещён о заседании")
                            .statement(file.apply("Заявление об отмене заочного решения"))
                            .attachment(file.apply("Справка о командировке"))
                            .build()),
                    Map.entry(CancelCourtOrder.class, file -> CancelCourtOrder.builder()
                            .court(COURT)
                            .caseNumber(CASE)
                            .debtor(DEFENDANT)
                            .creditor(PLAINTIFF)
                            .summary("Отменить судебный приказ: долг погашен")
                            .statement(file.apply("Заявление об отмене судебного приказа"))
                            .attachment(file.apply("Платёжное поручение"))
                            .build()),
                    // documents in a case (seed 000 §2.3)
                    Map.entry(Response.class, file -> Response.builder()
                            .court(COURT)
                            .caseNumber(CASE)
                            .defendant(DEFENDANT)
                            .plaintiff(PLAINTIFF)
                            .summary("Иск не признаю")
                            .statement(file.apply("Отзыв на исковое заявление"))
                            .attachment(file.apply("Платёжное поручение"))
                            .build()),
                    Map.entry(Counterclaim.class, file -> Counterclaim.builder()
                            .court(COURT)
                            .caseNumber(CASE)
                            .nature("О взыскании неустойки по договору подряда")
                            .plaintiff(DEFENDANT)
                            .defendant(PLAINTIFF)
                            .claimAmount(Tenge.of(800_000))
                            .stateFee(StateFee.paidOnline(Tenge.of(24_000)))
                            .summary("Взыскать неустойку за просрочку работ")
                            .statement(file.apply("Встречное исковое заявление"))
                            .attachment(file.apply("Расчёт неустойки"))
                            .build()),
                    Map.entry(Motion.class, file -> Motion.builder()
                            .court(COURT)
                            .caseNumber(CASE)
                            .plaintiff(PLAINTIFF)
                            .summary("Истребовать акт сверки у ответчика")
                            .statement(file.apply("Ходатайство об истребовании доказательств"))
                            .build()),
                    Map.entry(SecureClaimApplication.class, file -> SecureClaimApplication.builder()
                            .court(COURT)
                            .caseNumber(CASE)
                            .plaintiff(PLAINTIFF)
                            .summary("Наложить арест на счета ответчика в пределах цены иска")
                            .statement(file.apply("Заявление об обеспечении иска"))
                            .build()),
                    Map.entry(RemarksOnRecord.class, file -> RemarksOnRecord.builder()
                            .court(COURT)
                            .caseNumber(CASE)
                            .side(PartySide.PLAINTIFF)
                            .phone(PHONE)
                            .postalAddress(ADDRESS)
                            .plaintiffs(PLAINTIFF.name())
                            .defendants(DEFENDANT.name())
                            .recordDate(LocalDate.of(2026, 10, 15))
                            .statement(file.apply("Замечания на протокол судебного заседания"))
                            .build()),
                    Map.entry(CopiesOfJudicialActsApplication.class, file -> CopiesOfJudicialActsApplication.builder()
                            .court(COURT)
                            .caseNumber(CASE)
                            .plaintiff(PLAINTIFF)
                            .summary("Выдать копию решения суда")
                            .statement(file.apply("Заявление о выдаче копий судебных актов"))
                            .build()),
                    Map.entry(RestoreMissedDeadlineApplication.class, file -> RestoreMissedDeadlineApplication.builder()
                            .court(COURT)
                            .caseNumber(CASE)
                            .defendant(DEFENDANT)
                            .summary("Восстановить срок апелляционного обжалования")
                            .statement(file.apply("Заявление о восстановлении пропущенного срока"))
                            .attachment(file.apply("Справка о болезни"))
                            .build()),
                    Map.entry(
                            DuplicateWritOfExecutionApplication.class,
                            file -> DuplicateWritOfExecutionApplication.builder()
                                    .court(COURT)
                                    .caseNumber(CASE)
                                    .plaintiff(PLAINTIFF)
                                    .stateFee(StateFee.paidOnline(Tenge.parse("1297.50")))
                                    .summary("Выдать дубликат утерянного исполнительного листа")
                                    .statement(file.apply("Заявление о выдаче дубликата исполнительного листа"))
                                    .build()),
                    Map.entry(WritToJusticeBodiesApplication.class, file -> WritToJusticeBodiesApplication.builder()
                            .court(COURT)
                            .caseNumber(CASE)
                            .plaintiff(PLAINTIFF)
                            .summary("Направить исполнительный лист на исполнение")
                            .statement(file.apply("Заявление о направлении исполнительного листа в органы юстиции"))
                            .build()),
                    Map.entry(
                            RepeatedCopiesOfJudicialActsApplication.class,
                            file -> RepeatedCopiesOfJudicialActsApplication.builder()
                                    .court(COURT)
                                    .caseNumber(CASE)
                                    .plaintiff(PLAINTIFF)
                                    .stateFee(StateFee.paidOnline(Tenge.parse("1297.50")))
                                    .summary("Повторно выдать копию решения суда")
                                    .statement(file.apply("Заявление о повторной выдаче копий судебных актов"))
                                    .build()),
                    Map.entry(
                            WritForArbitralOrForeignDecisionApplication.class,
                            file -> WritForArbitralOrForeignDecisionApplication.builder()
                                    .court(COURT)
                                    .caseNumber(CASE)
                                    .plaintiff(DEFENDANT)
                                    .defendant(PLAINTIFF)
                                    .stateFee(StateFee.paidOnline(Tenge.parse("2162.50")))
                                    .summary("Выдать исполнительный лист на решение арбитража")
                                    .statement(file.apply(
                                            "Заявление о выдаче исполнительного листа на принудительное исполнение"
                                                    + " решения арбитража"))
                                    .attachment(file.apply("Решение арбитража"))
                                    .build()),
                    // criminal and administrative-offence proceedings (the 2018 rules, §8 and §10)
                    Map.entry(CriminalFiling.class, file -> CriminalFiling.builder()
                            .court(APPEAL_COURT)
                            .instance(CourtInstance.APPEAL)
                            .documentKind(ProceduralDocumentKind.MOTION)
                            .caseNumber("7599-26-00-1а/15")
                            .applicant(PLAINTIFF)
                            .summary("Ознакомить с протоколом судебного заседания")
                            .statement(file.apply("Ходатайство об ознакомлении с протоколом"))
                            .build()),
                    Map.entry(AdministrativeOffenceFiling.class, file -> AdministrativeOffenceFiling.builder()
                            .court(APPEAL_COURT)
                            .instance(CourtInstance.APPEAL)
                            .documentKind(ProceduralDocumentKind.COMPLAINT)
                            .caseNumber("7599-26-00-3а/41")
                            .applicant(PLAINTIFF)
                            .summary("Отменить постановление о наложении штрафа")
                            .statement(file.apply("Жалоба на постановление по делу об административном правонарушении"))
                            .attachment(file.apply("Копия постановления"))
                            .build()),
                    // the hearing record (the 2014 instruction, points 17-22)
                    Map.entry(HearingRecordCopyRequest.class, file -> HearingRecordCopyRequest.builder()
                            .court(COURT)
                            .caseNumber(CASE)
                            .side(PartySide.DEFENDANT)
                            .phone(PHONE)
                            .postalAddress(ADDRESS)
                            .plaintiffs(PLAINTIFF.name())
                            .defendants(DEFENDANT.name())
                            .statement(file.apply("Заявление о выдаче копии протокола судебного заседания"))
                            .build()),
                    // other services
                    Map.entry(Petition.class, file -> Petition.builder()
                            .court(COURT)
                            .phone(PHONE)
                            .postalAddress(ADDRESS)
                            .description("О графике приёма граждан")
                            .statement(file.apply("Обращение"))
                            .build()),
                    Map.entry(Letter.class, file -> Letter.builder()
                            .court(COURT)
                            .subject("О направлении сведений по запросу суда")
                            .statement(file.apply("Письмо"))
                            .attachment(file.apply("Сведения"))
                            .build()),
                    Map.entry(ApostilleRequest.class, file -> ApostilleRequest.builder()
                            .court(COURT)
                            .act(CASE, "Решение", LocalDate.of(2026, 9, 1))
                            .stateFee(StateFee.paidOnline(Tenge.parse("2162.50")))
                            .statement(file.apply("Запрос на апостилирование"))
                            .build()));

    private SampleFilings() {}

    /** A valid filing of {@code type}, its documents small files named {@code <title>.pdf}. */
    public static Filing of(Class<? extends Filing> type) {
        return of(type, title -> file(title + ".pdf"));
    }

    /**
     * A valid filing of {@code type}, each document made by {@code file} from its title («Исковое заявление»,
     * «Доверенность»…): end-to-end tests make real Word files the court can read.
     */
    public static Filing of(Class<? extends Filing> type, Function<String, Attachment> file) {
        Function<Function<String, Attachment>, Filing> sample = SAMPLES.get(type);
        if (sample == null) {
            throw new IllegalArgumentException("no sample of " + type.getSimpleName() + " in SampleFilings");
        }
        return sample.apply(file);
    }

    /** Whether there is a sample of {@code type}. */
    public static boolean has(Class<?> type) {
        return SAMPLES.containsKey(type);
    }

    /** A small file with {@code name} (its bytes are the name). */
    public static Attachment file(String name) {
        return Attachment.of(name, ContentSource.ofBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A case number {@code filing} cannot name, and the key of the violation that refuses it: a case of another
     * court, or, for a filing that names the case by its first-instance number, a court of appeal's number.
     */
    public static WrongCase wrongCase(FiledInCase filing) {
        return filing.caseNumbering() == FiledInCase.CaseNumbering.FIRST_INSTANCE
                ? new WrongCase(APPEAL_COURTS_CASE, "caseNumber.notFirstInstance")
                : new WrongCase(OTHER_COURTS_CASE, "caseNumber.otherCourt");
    }

    /**
     * {@code filing} with its field {@code name} (a component of its record) missing, as an incomplete form or a
     * client that skips the checks would send it: null, or for a list, empty.
     */
    public static Filing without(Filing filing, String name) {
        RecordComponent[] components = filing.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (components[i].getName().equals(name)) {
                    values[i] = List.class.equals(types[i]) ? List.of() : null;
                    found = true;
                } else {
                    values[i] = components[i].getAccessor().invoke(filing);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(filing.getClass().getSimpleName() + " has no field " + name);
            }
            return (Filing) filing.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + filing.getClass().getSimpleName(), e);
        }
    }

    /** The names of the fields of {@code type} a form may leave empty: its record's nullable components and lists. */
    public static List<String> fieldsThatMayBeMissing(Class<? extends Filing> type) {
        return Arrays.stream(type.getRecordComponents())
                .filter(c ->
                        List.class.equals(c.getType()) || c.getAnnotatedType().isAnnotationPresent(Nullable.class))
                .map(RecordComponent::getName)
                .toList();
    }

    /**
     * The fields each form requires beyond what every filing does (the court, the filing's own document, the case
     * number of a filing in a case, the state-fee step where the form has it), from the seeds' descriptions of the
     * forms. A type not listed requires nothing more.
     */
    private static final Map<Class<? extends Filing>, Set<String>> OWN_REQUIRED_FIELDS = Map.ofEntries(
            Map.entry(Claim.class, Set.of("proceedings", "category", "participants", "claimAmount")),
            Map.entry(Appeal.class, Set.of("proceedings")),
            Map.entry(PrivateComplaint.class, Set.of("proceedings")),
            Map.entry(CassationComplaint.class, Set.of("proceedings")),
            Map.entry(NewlyDiscoveredCircumstances.class, Set.of("proceedings", "circumstances")),
            Map.entry(SetAsideDefaultJudgment.class, Set.of("participants")),
            Map.entry(CancelCourtOrder.class, Set.of("participants")),
            Map.entry(Counterclaim.class, Set.of("participants", "claimAmount")),
            Map.entry(RemarksOnRecord.class, Set.of("side", "phone", "postalAddress", "plaintiffs", "recordDate")),
            Map.entry(HearingRecordCopyRequest.class, Set.of("side", "phone", "postalAddress", "plaintiffs")),
            Map.entry(CriminalFiling.class, Set.of("instance", "documentKind")),
            Map.entry(AdministrativeOffenceFiling.class, Set.of("instance", "documentKind")),
            Map.entry(Petition.class, Set.of("phone", "postalAddress", "description")),
            Map.entry(Letter.class, Set.of("subject")),
            Map.entry(ApostilleRequest.class, Set.of("acts")));

    /** The fields {@code sample}'s form requires: the ones every filing shares, and its own. */
    public static Set<String> requiredFields(Filing sample) {
        Set<String> required = new TreeSet<>(Set.of("court", "statement"));
        if (sample instanceof FiledInCase inCase && inCase.caseNumberRequired()) {
            required.add("caseNumber");
        }
        if (sample instanceof TakesStateFee) {
            required.add("stateFee");
        }
        required.addAll(OWN_REQUIRED_FIELDS.getOrDefault(sample.getClass(), Set.of()));
        return required;
    }

    /** A case number a filing cannot name, and the message key of its violation. */
    public record WrongCase(CaseNumber caseNumber, String messageKey) {}
}
