package kz.officesud.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import kz.officesud.core.model.AdministrativeOffenceFiling;
import kz.officesud.core.model.ApostilleRequest;
import kz.officesud.core.model.CaseKind;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.Counterclaim;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.CriminalFiling;
import kz.officesud.core.model.DuplicateWritOfExecutionApplication;
import kz.officesud.core.model.FiledInCase;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.HearingRecordCopyRequest;
import kz.officesud.core.model.InstanceChoice;
import kz.officesud.core.model.Letter;
import kz.officesud.core.model.Motion;
import kz.officesud.core.model.PartySide;
import kz.officesud.core.model.Petition;
import kz.officesud.core.model.ProceduralDocumentKind;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.RemarksOnRecord;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.TakesStateFee;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.samples.SampleFilings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The services' own rules: a counterclaim is a claim, criminal and administrative-offence filings go to a court of the
 * chosen instance under the choice in force on their date, the hearing-record forms and a petition ask the
 * applicant's contacts, a letter its subject, an apostille request its acts; which services bear the state fee.
 */
class ServiceRulesTest {
    private static final FilingValidator VALIDATOR = FilingValidator.standard();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ValidationOptions ON_TODAY =
            ValidationOptions.builder().filingDate(TODAY).build();

    private static <F extends Filing> F sample(Class<F> type) {
        return type.cast(SampleFilings.of(type));
    }

    private static List<Violation> violations(Filing filing) {
        return VALIDATOR.validate(filing, ON_TODAY).violations();
    }

    private static List<String> keys(Filing filing) {
        return violations(filing).stream().map(Violation::messageKey).toList();
    }

    // --- the state fee ---

    /**
     * The Tax Code's list of the filings to a court that bear the state fee (seed 002 §31): claims and the special
     * and court-order proceedings' applications, a duplicate writ, writs for arbitral and foreign decisions, the
     * repeated issue of copies of acts; an appeal or a cassation complaint at their own rates. A counterclaim is a claim;
     * an apostille bears the fee for an apostille. The other documents in a case, criminal and administrative-offence
     * filings, the hearing-record requests, petitions and letters bear none.
     */
    @Test
    void theServicesBearingTheStateFee_areTheTaxCodes() {
        Set<CourtService> mine = EnumSet.of(
                CourtService.RESPONSE,
                CourtService.COUNTERCLAIM,
                CourtService.MOTION,
                CourtService.SECURE_CLAIM,
                CourtService.REMARKS_ON_RECORD,
                CourtService.COPIES_OF_JUDICIAL_ACTS,
                CourtService.RESTORE_MISSED_DEADLINE,
                CourtService.DUPLICATE_WRIT_OF_EXECUTION,
                CourtService.WRIT_TO_JUSTICE_BODIES,
                CourtService.REPEATED_COPIES_OF_JUDICIAL_ACTS,
                CourtService.WRIT_FOR_ARBITRAL_OR_FOREIGN_DECISION,
                CourtService.CRIMINAL_FILING,
                CourtService.ADMINISTRATIVE_OFFENCE_FILING,
                CourtService.HEARING_RECORD_COPY_REQUEST,
                CourtService.PETITION,
                CourtService.LETTER,
                CourtService.APOSTILLE_REQUEST);

        assertThat(mine.stream().filter(CourtService::mayTakeStateFee))
                .containsExactlyInAnyOrder(
                        CourtService.COUNTERCLAIM,
                        CourtService.DUPLICATE_WRIT_OF_EXECUTION,
                        CourtService.REPEATED_COPIES_OF_JUDICIAL_ACTS,
                        CourtService.WRIT_FOR_ARBITRAL_OR_FOREIGN_DECISION,
                        CourtService.APOSTILLE_REQUEST);
        assertThat(mine).allSatisfy(service -> assertThat(TakesStateFee.class.isAssignableFrom(
                        service.filingType().orElseThrow()))
                .as("%s has the fee step", service)
                .isEqualTo(service.mayTakeStateFee()));
    }

    @Test
    void aDocumentBearingTheFee_withoutItsFeeStep_isRefused() {
        DuplicateWritOfExecutionApplication sample = sample(DuplicateWritOfExecutionApplication.class);
        DuplicateWritOfExecutionApplication withoutFee = new DuplicateWritOfExecutionApplication(
                sample.court(),
                sample.caseNumber(),
                sample.participants(),
                null,
                sample.summary(),
                sample.statement(),
                sample.annexes(),
                sample.powersOfAttorney());

        assertThat(keys(withoutFee)).containsExactly("stateFee.required");
    }

    // --- documents in a case ---

    @Test
    void aDocumentInACase_withoutTheCaseNumber_isRefused() {
        Motion motion = sample(Motion.class);
        Motion withoutCase = new Motion(
                motion.court(),
                null,
                motion.participants(),
                motion.summary(),
                motion.statement(),
                motion.annexes(),
                motion.powersOfAttorney());

        assertThat(violations(withoutCase))
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(tuple("caseNumber", "caseNumber.required"));
    }

    @Test
    void aCounterclaim_isAClaim_itNeedsPlaintiffDefendantAndAmount() {
        Counterclaim empty = Counterclaim.builder()
                .court(SampleFilings.COURT)
                .caseNumber(SampleFilings.CASE)
                .statement(SampleFilings.file("Встречное исковое заявление.pdf"))
                .build();

        assertThat(violations(empty))
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(
                        tuple("stateFee", "stateFee.required"),
                        tuple("participants", "claim.plaintiff.required"),
                        tuple("participants", "claim.defendant.required"),
                        tuple("claimAmount", "claim.claimAmount.required"));
        assertThat(VALIDATOR
                        .validate(
                                empty.toBuilder()
                                        .plaintiff(SampleFilings.DEFENDANT)
                                        .defendant(SampleFilings.PLAINTIFF)
                                        .claimAmount(Tenge.ZERO)
                                        .stateFee(StateFee.exempt("ст. 616 Налогового кодекса"))
                                        .build(),
                                ON_TODAY)
                        .violations())
                .isEmpty();
    }

    // --- criminal and administrative-offence filings by instance ---

    @Test
    void aCriminalFiling_isHeldToACourtHearingCriminalCasesAtTheChosenInstance() {
        CriminalFiling onAppeal = sample(CriminalFiling.class);
        CriminalFiling firstInstanceAtTheAppealCourt =
                onAppeal.toBuilder().instance(CourtInstance.FIRST).build();
        CriminalFiling toTheAdministrativeCourt = onAppeal.toBuilder()
                .court("7594")
                .instance(CourtInstance.FIRST)
                .caseNumber("7594-26-00-1/3")
                .build();

        assertThat(onAppeal.caseKind()).contains(new CaseKind(ProceedingsForm.CRIMINAL, CourtInstance.APPEAL));
        assertThat(CourtJurisdiction.check(onAppeal)).isEmpty();
        assertThat(CourtJurisdiction.check(firstInstanceAtTheAppealCourt))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.messageKey()).isEqualTo("court.notHearing");
                    assertThat(v.message(Locale.forLanguageTag("ru"))).contains("7599");
                });
        assertThat(CourtJurisdiction.check(toTheAdministrativeCourt))
                .extracting(Violation::messageKey)
                .containsExactly("court.notHearing");
        assertThat(violations(firstInstanceAtTheAppealCourt))
                .as("the form rules leave the court to the jurisdiction rule")
                .isEmpty();
    }

    @Test
    void anAdministrativeOffenceFiling_isOfItsOwnForm() {
        AdministrativeOffenceFiling onAppeal = sample(AdministrativeOffenceFiling.class);

        assertThat(onAppeal.caseKind())
                .contains(new CaseKind(ProceedingsForm.ADMINISTRATIVE_OFFENCE, CourtInstance.APPEAL));
        assertThat(CourtJurisdiction.check(onAppeal)).isEmpty();
        assertThat(AdministrativeOffenceFiling.builder().build().caseKind()).isEmpty();
    }

    @Test
    void aFilingToTheCassationCourt_atTheCassationInstance_isValid() {
        CriminalFiling cassation = sample(CriminalFiling.class).toBuilder()
                .court("6003")
                .instance(CourtInstance.CASSATION)
                .documentKind(ProceduralDocumentKind.RESPONSE)
                .caseNumber("6003-26-00-1к/8")
                .build();

        assertThat(violations(cassation)).isEmpty();
    }

    @Test
    void theInstanceAndTheKind_areRequired() {
        AdministrativeOffenceFiling bare = AdministrativeOffenceFiling.builder()
                .court(SampleFilings.COURT)
                .statement(SampleFilings.file("Жалоба.pdf"))
                .build();

        assertThat(violations(bare))
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(
                        tuple("caseNumber", "caseNumber.required"),
                        tuple("instance", "instance.required"),
                        tuple("documentKind", "documentKind.required"));
    }

    @Test
    void atTheFirstInstance_aComplaintMayOpenAMatter_elsewhereTheCaseIsRequired() {
        AdministrativeOffenceFiling complaint = AdministrativeOffenceFiling.builder()
                .court(SampleFilings.COURT)
                .instance(CourtInstance.FIRST)
                .documentKind(ProceduralDocumentKind.COMPLAINT)
                .applicant(SampleFilings.PLAINTIFF)
                .statement(SampleFilings.file("Жалоба на постановление.pdf"))
                .build();
        assertThat(violations(complaint)).isEmpty();

        AdministrativeOffenceFiling atCassation = complaint.toBuilder()
                .court("6003")
                .instance(CourtInstance.CASSATION)
                .build();
        assertThat(keys(atCassation)).containsExactly("caseNumber.required");

        AdministrativeOffenceFiling ofAnotherCourt = complaint.toBuilder()
                .caseNumber(SampleFilings.OTHER_COURTS_CASE)
                .build();
        assertThat(keys(ofAnotherCourt)).containsExactly("caseNumber.otherCourt");
    }

    /** The choice of instance applies from 1 July 2025 (the 2018 rules, §8 as amended on 3 June 2025). */
    @Test
    void theChoiceOfInstance_appliesFromTheFirstOfJuly2025() {
        CriminalFiling filing = sample(CriminalFiling.class);

        List<Violation> dayBefore = VALIDATOR
                .validate(
                        filing,
                        ValidationOptions.builder()
                                .filingDate(LocalDate.of(2025, 6, 30))
                                .build())
                .violations();
        List<Violation> firstDay = VALIDATOR
                .validate(
                        filing,
                        ValidationOptions.builder()
                                .filingDate(LocalDate.of(2025, 7, 1))
                                .build())
                .violations();

        assertThat(dayBefore).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("instance");
            assertThat(v.messageKey()).isEqualTo("instance.notYetOffered");
            assertThat(v.message(Locale.ENGLISH)).contains("2025-06-30").contains("2025-07-01");
            saidInEveryLanguage(v);
        });
        assertThat(firstDay).isEmpty();
        assertThat(InstanceChoice.inForceOn(LocalDate.of(2025, 7, 1))).contains(InstanceChoice.KZ_2025_07_01);
        assertThat(InstanceChoice.KZ_2025_07_01.instances()).containsExactlyInAnyOrder(CourtInstance.values());
        assertThat(InstanceChoice.KZ_2025_07_01.source()).contains("03.06.2025").contains("01.07.2025");
    }

    @Test
    void anInstanceTheChoiceInForceDoesNotOffer_isRefused() {
        InstanceChoice withoutSupremeCourt = new InstanceChoice(
                LocalDate.of(2025, 7, 1),
                EnumSet.of(CourtInstance.FIRST, CourtInstance.APPEAL, CourtInstance.CASSATION),
                "a test choice");
        InstanceChoice later = new InstanceChoice(
                LocalDate.of(2026, 1, 1), EnumSet.of(CourtInstance.SUPREME_COURT), "a later test choice");
        CriminalFiling toSupremeCourt = sample(CriminalFiling.class).toBuilder()
                .court("6001")
                .instance(CourtInstance.SUPREME_COURT)
                .caseNumber("6001-26-00-1ук/3")
                .build();

        assertThat(ServiceRules.instance(
                        toSupremeCourt, LocalDate.of(2025, 12, 31), List.of(later, withoutSupremeCourt)))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.messageKey()).isEqualTo("instance.notOffered");
                    saidInEveryLanguage(v);
                });
        assertThat(ServiceRules.instance(toSupremeCourt, LocalDate.of(2026, 1, 1), List.of(later, withoutSupremeCourt)))
                .isEmpty();
    }

    // --- the hearing record ---

    @Test
    void aHearingRecordRequest_asksSideContactsAndAPlaintiff() {
        HearingRecordCopyRequest bare = HearingRecordCopyRequest.builder()
                .court(SampleFilings.COURT)
                .caseNumber(SampleFilings.CASE)
                .defendants(" ")
                .statement(SampleFilings.file("Заявление.pdf"))
                .build();

        assertThat(violations(bare))
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(
                        tuple("side", "hearingRecord.side.required"),
                        tuple("plaintiffs", "hearingRecord.plaintiffs.required"),
                        tuple("defendants[0]", "party.name.required"),
                        tuple("phone", "applicant.phone.required"),
                        tuple("postalAddress", "applicant.postalAddress.required"));
        assertThat(bare.participants()).isEmpty();
    }

    @Test
    void aHearingRecordForm_namesTheParties_notParticipants() {
        HearingRecordCopyRequest.Builder builder = HearingRecordCopyRequest.builder();

        assertThatThrownBy(() -> builder.plaintiff(SampleFilings.PLAINTIFF))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("HearingRecordCopyRequest");
        assertThat(builder.plaintiffs("Асанов Болат Серикович").build().plaintiffs())
                .containsExactly("Асанов Болат Серикович");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+7 701 234 56 78", "8 (727) 250-00-00", "87012345678", "+44 20 7946 0958"})
    void aPhoneNumberAsPeopleWriteIt_isAccepted(String phone) {
        assertThat(violations(sample(Petition.class).toBuilder().phone(phone).build()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+7 701 ABC 56 78", "+7 701 234 56 78 99 00 11", "7-701"})
    void aPhoneNumberThatIsNone_isRefused_showingOnlyItsLastDigits(String phone) {
        List<Violation> atPhone = VALIDATOR
                .validate(sample(Petition.class).toBuilder().phone(phone).build(), ON_TODAY)
                .at("phone");

        assertThat(atPhone).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("applicant.phone.format");
            assertThat(v.rejectedValue()).startsWith("*").endsWith(phone.substring(phone.length() - 4));
            saidInEveryLanguage(v);
        });
    }

    @Test
    void remarksOnTheRecord_needTheRecordsDate_notLaterThanTheFiling() {
        RemarksOnRecord remarks = sample(RemarksOnRecord.class);

        assertThat(keys(remarks.toBuilder().recordDate(TODAY).build())).isEmpty();
        assertThat(VALIDATOR
                        .validate(
                                remarks.toBuilder()
                                        .recordDate(TODAY.plusDays(1))
                                        .build(),
                                ON_TODAY)
                        .at("recordDate"))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.messageKey()).isEqualTo("date.afterFiling");
                    assertThat(v.message(Locale.ENGLISH)).contains("2026-11-24").contains("2026-11-23");
                    saidInEveryLanguage(v);
                });
        RemarksOnRecord undated = new RemarksOnRecord(
                remarks.court(),
                remarks.caseNumber(),
                PartySide.PLAINTIFF,
                SampleFilings.PHONE,
                SampleFilings.ADDRESS,
                remarks.plaintiffs(),
                remarks.defendants(),
                null,
                remarks.statement(),
                remarks.annexes(),
                remarks.powersOfAttorney());
        assertThat(keys(undated)).containsExactly("remarks.recordDate.required");
    }

    // --- other services ---

    @Test
    void aPetition_needsItsDescriptionAndContacts() {
        Petition bare = Petition.builder()
                .court(SampleFilings.COURT)
                .statement(SampleFilings.file("Обращение.pdf"))
                .build();

        assertThat(keys(bare))
                .containsExactly(
                        "applicant.phone.required",
                        "applicant.postalAddress.required",
                        "petition.description.required");
    }

    @Test
    void aLetter_needsItsSubject_andNamesNoParticipants() {
        Letter letter = sample(Letter.class);

        assertThat(keys(letter.toBuilder().subject(" ").build())).containsExactly("letter.subject.required");
        assertThatThrownBy(() -> Letter.builder().applicant(SampleFilings.PLAINTIFF))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Letter");
    }

    @Test
    void anApostilleRequest_namesItsActs_titledAndDatedByTheFiling() {
        ApostilleRequest sample = sample(ApostilleRequest.class);
        ApostilleRequest noActs = new ApostilleRequest(
                sample.court(), List.of(), sample.stateFee(), sample.statement(), List.of(), List.of());
        ApostilleRequest badAct = sample.toBuilder()
                .act(CaseNumber.parse("7594-25-00-2/9"), "", TODAY.plusDays(3))
                .build();

        assertThat(keys(noActs)).containsExactly("apostille.acts.required");
        assertThat(violations(badAct))
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(
                        tuple("acts[1].title", "apostille.act.title.required"),
                        tuple("acts[1].date", "date.afterFiling"));
    }

    @Test
    void aRepeatedPetition_isNotRefusedAsADuplicate_anyOtherFilingIs() {
        assertThat(RefusalGround.DUPLICATE.appliesTo(CourtService.PETITION)).isFalse();
        assertThat(Stream.of(CourtService.values()).filter(s -> s != CourtService.PETITION))
                .allSatisfy(
                        s -> assertThat(RefusalGround.DUPLICATE.appliesTo(s)).isTrue());
        assertThat(Stream.of(RefusalGround.values()).filter(g -> g != RefusalGround.DUPLICATE))
                .allSatisfy(g -> assertThat(g.appliesTo(CourtService.PETITION)).isTrue());
    }

    @Test
    void everyCaseDocument_isFiledInACase() {
        assertThat(Stream.of(CourtService.values()).filter(s -> s.group() == CourtService.Group.CASE_DOCUMENTS))
                .hasSize(11)
                .allSatisfy(s -> assertThat(s.filingType())
                        .hasValueSatisfying(type -> assertThat(FiledInCase.class.isAssignableFrom(type))
                                .isTrue()));
    }

    private static void saidInEveryLanguage(Violation violation) {
        List<String> texts = Stream.of("kk", "ru", "en")
                .map(tag -> violation.message(Locale.forLanguageTag(tag)))
                .toList();
        assertThat(texts).doesNotHaveDuplicates().allSatisfy(text -> assertThat(text)
                .isNotBlank()
                .isNotEqualTo(violation.messageKey())
                .doesNotContain("{"));
    }
}
