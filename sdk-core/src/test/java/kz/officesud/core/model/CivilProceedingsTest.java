package kz.officesud.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.samples.SampleFilings;
import kz.officesud.core.validation.CourtJurisdiction;
import kz.officesud.core.validation.FilingValidator;
import kz.officesud.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The civil proceedings' own rules: the sides of a claim in each of the four proceedings, the amount of a court
 * order, the courts of a cassation complaint and of a petition for supervisory review and the case number they
 * name, who asks to set aside a default judgment or to cancel a court order, the circumstances of a review, and
 * which of them bear the state fee.
 */
class CivilProceedingsTest {
    private static final FilingValidator VALIDATOR = FilingValidator.standard();
    private static final Party CITIZEN = SampleFilings.PLAINTIFF;
    private static final Party COMPANY = SampleFilings.DEFENDANT;

    private static Claim.Builder claim(Proceedings proceedings) {
        return ((Claim) SampleFilings.of(Claim.class))
                .toBuilder().proceedings(proceedings).clearParticipants();
    }

    /** The violations of {@code filing}, its category fitting every kind of proceedings. */
    private static List<Violation> violations(Filing filing) {
        return VALIDATOR
                .validate(filing, SampleFilings.CATEGORIES_OF_EVERY_PROCEEDINGS)
                .violations();
    }

    static Stream<Arguments> validSides() {
        return Stream.of(
                Arguments.of(claim(Proceedings.ACTION).plaintiff(CITIZEN).defendant(COMPANY)),
                Arguments.of(
                        claim(Proceedings.SPECIAL_ACTION).applicant(CITIZEN).defendant(COMPANY)),
                Arguments.of(
                        claim(Proceedings.SPECIAL_ACTION).plaintiff(CITIZEN).defendant(COMPANY)),
                Arguments.of(claim(Proceedings.SPECIAL)
                        .applicant(CITIZEN)
                        .participant(PartySide.OTHER_PARTICIPANT, COMPANY)),
                Arguments.of(claim(Proceedings.COURT_ORDER).creditor(COMPANY).debtor(CITIZEN)));
    }

    @ParameterizedTest
    @MethodSource("validSides")
    void aClaim_withTheSidesOfItsProceedings_isValid(Claim.Builder claim) {
        assertThat(violations(claim.build())).isEmpty();
    }

    @Test
    void aClaimOfSpecialProceedings_withADefendant_isRefused_atTheDefendant() {
        Claim claim =
                claim(Proceedings.SPECIAL).applicant(CITIZEN).defendant(COMPANY).build();

        assertThat(violations(claim)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("participants[1].side");
            assertThat(v.messageKey()).isEqualTo("claim.side.special");
            assertThat(v.rejectedValue()).isEqualTo("DEFENDANT");
            EveryFilingTypeTest.saidInEveryLanguage(v);
        });
    }

    @Test
    void aClaimOfSpecialProceedings_needsAnApplicant_andTakesNoPlaintiff() {
        Claim claim = claim(Proceedings.SPECIAL).plaintiff(CITIZEN).build();

        assertThat(violations(claim))
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(
                        tuple("participants", "claim.applicant.required"),
                        tuple("participants[0].side", "claim.side.special"));
    }

    @Test
    void aClaimOfCourtOrderProceedings_namesACreditorAndADebtor_notAPlaintiffAndADefendant() {
        Claim claim = claim(Proceedings.COURT_ORDER)
                .plaintiff(COMPANY)
                .defendant(CITIZEN)
                .build();

        List<Violation> violations = violations(claim);

        assertThat(violations)
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(
                        tuple("participants", "claim.creditor.required"),
                        tuple("participants", "claim.debtor.required"),
                        tuple("participants[0].side", "claim.side.courtOrder"),
                        tuple("participants[1].side", "claim.side.courtOrder"));
        assertThat(violations).allSatisfy(EveryFilingTypeTest::saidInEveryLanguage);
        assertThat(violations.get(0).message(Locale.forLanguageTag("ru"))).contains("взыскател");
        assertThat(violations.get(1).message(Locale.forLanguageTag("kk"))).contains("борышкер");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACTION", "SPECIAL_ACTION"})
    void aCreditorOrADebtor_outsideCourtOrderProceedings_isRefused(Proceedings proceedings) {
        Claim claim = claim(proceedings)
                .plaintiff(CITIZEN)
                .defendant(COMPANY)
                .debtor(COMPANY)
                .build();

        assertThat(violations(claim))
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(tuple("participants[2].side", "claim.side.creditorOrDebtor"));
    }

    @Test
    void aClaimOfSpecialActionProceedings_needsAPlaintiffOrAnApplicant_andADefendant() {
        assertThat(violations(claim(Proceedings.SPECIAL_ACTION).build()))
                .extracting(Violation::messageKey)
                .containsExactly("claim.plaintiffOrApplicant.required", "claim.defendant.required");
    }

    @Test
    void aCourtOrder_recoversMoreThanZero() {
        Claim zero = claim(Proceedings.COURT_ORDER)
                .creditor(COMPANY)
                .debtor(CITIZEN)
                .claimAmount(Tenge.ZERO)
                .build();

        assertThat(violations(zero)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("claimAmount");
            assertThat(v.messageKey()).isEqualTo("claim.courtOrder.claimAmount.positive");
            EveryFilingTypeTest.saidInEveryLanguage(v);
        });
        // zero stays a non-property claim's amount in an action
        assertThat(violations(claim(Proceedings.ACTION)
                        .plaintiff(CITIZEN)
                        .defendant(COMPANY)
                        .claimAmount(Tenge.ZERO)
                        .build()))
                .isEmpty();
    }

    @Test
    void aClaimOfSpecialProceedings_needsNoAmount() {
        Claim claim = new Claim(
                Courts.standard().byCode(SampleFilings.COURT),
                Proceedings.SPECIAL,
                CaseCategory.of("142030001200070000"),
                null,
                List.of(new Participant(PartySide.APPLICANT, CITIZEN)),
                null,
                StateFee.paidOnline(Tenge.of(1_966)),
                null,
                SampleFilings.file("Заявление.pdf"),
                List.of(),
                List.of());

        assertThat(violations(claim)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleFilings.COURT, SampleFilings.SUPREME_COURT, "7599"})
    void aCassationComplaint_isHeardOnlyByTheCassationCourt(String court) {
        Filing elsewhere = with(CassationComplaint.class, b -> b.court(court));

        assertThat(violations(elsewhere)).isEmpty();
        assertThat(CourtJurisdiction.check(elsewhere)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("court");
            assertThat(v.messageKey()).isEqualTo("court.notHearing");
            assertThat(v.message(Locale.forLanguageTag("ru"))).contains(court).contains("в кассационной инстанции");
        });
        assertThat(CourtJurisdiction.check(SampleFilings.of(CassationComplaint.class)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleFilings.COURT, SampleFilings.CASSATION_COURT})
    void aPetitionForSupervisoryReview_isHeardOnlyByTheSupremeCourt(String court) {
        Filing elsewhere = with(SupervisoryReview.class, b -> b.court(court));

        assertThat(CourtJurisdiction.check(elsewhere))
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(tuple("court", "court.notHearing"));
        assertThat(CourtJurisdiction.check(SampleFilings.of(SupervisoryReview.class)))
                .isEmpty();
    }

    @Test
    void theReviewsAtFirstInstance_goToACourtThatHearsCivilCasesThere() {
        for (Class<? extends Filing> type :
                List.of(PrivateComplaint.class, SetAsideDefaultJudgment.class, CancelCourtOrder.class)) {
            assertThat(SampleFilings.of(type).caseKind()).contains(CaseKind.CIVIL_FIRST_INSTANCE);
            Filing toTheAdministrativeCourt = with(type, b -> withCase(b.court("7594"), "7594-26-00-2/1234"));

            assertThat(CourtJurisdiction.check(toTheAdministrativeCourt))
                    .extracting(Violation::messageKey)
                    .as(type.getSimpleName())
                    .containsExactly("court.notHearing");
        }
        // the court that made the act, of whichever instance
        assertThat(SampleFilings.of(NewlyDiscoveredCircumstances.class).caseKind())
                .isEmpty();
    }

    /** A first-instance number: a court the directory lists at the first instance, or a district court it lacks. */
    @ParameterizedTest
    @ValueSource(strings = {"7594-26-00-2/1234", "7517-25-00-2/99", "1194-24-00-2а/7"})
    void aReviewToAHigherCourt_namesTheCaseByItsFirstInstanceNumber(String caseNumber) {
        for (Class<? extends Filing> type : List.of(CassationComplaint.class, SupervisoryReview.class)) {
            Filing review = with(type, b -> withCase(b, caseNumber));

            assertThat(violations(review))
                    .as("%s of %s", type.getSimpleName(), caseNumber)
                    .isEmpty();
        }
    }

    /**
     * Not a first-instance number: the cassation court's or the Supreme Court's own (60xx), a court of appeal's, a
     * code of no region.
     */
    @ParameterizedTest
    @ValueSource(strings = {"6003-25-00-4к/1454(2)", "6001-25-00-3гп/12", "7599-22-00-2а/1489", "9901-25-00-2/1"})
    void aReviewToAHigherCourt_refusesANumberTheFirstInstanceDidNotGive(String caseNumber) {
        for (Class<? extends Filing> type : List.of(CassationComplaint.class, SupervisoryReview.class)) {
            Filing review = with(type, b -> withCase(b, caseNumber));

            assertThat(violations(review)).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("caseNumber");
                assertThat(v.messageKey()).isEqualTo("caseNumber.notFirstInstance");
                assertThat(v.message(Locale.forLanguageTag("ru"))).contains(caseNumber);
                EveryFilingTypeTest.saidInEveryLanguage(v);
            });
        }
    }

    @Test
    void theOtherReviews_nameTheCaseByTheAddressedCourtsNumber() {
        for (Class<? extends Filing> type : List.of(
                PrivateComplaint.class,
                NewlyDiscoveredCircumstances.class,
                SetAsideDefaultJudgment.class,
                CancelCourtOrder.class)) {
            FiledInCase review = (FiledInCase) SampleFilings.of(type);

            assertThat(review.caseNumbering()).isEqualTo(FiledInCase.CaseNumbering.ADDRESSED_COURT);
            assertThat(review.caseNumber().courtCode())
                    .isEqualTo(((Filing) review).court().code());
        }
    }

    @Test
    void aDefaultJudgment_isSetAsideOnTheDefendantsApplication() {
        Filing withoutDefendant =
                with(SetAsideDefaultJudgment.class, b -> b.clearParticipants().plaintiff(CITIZEN));

        assertThat(violations(withoutDefendant))
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(tuple("participants", "setAsideDefaultJudgment.defendant.required"));
    }

    @Test
    void aCourtOrder_isCancelledOnTheDebtorsObjections() {
        Filing withoutDebtor = with(
                CancelCourtOrder.class,
                b -> b.clearParticipants().creditor(COMPANY).applicant(CITIZEN));

        assertThat(violations(withoutDebtor))
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(tuple("participants", "cancelCourtOrder.debtor.required"));
    }

    @Test
    void aReviewOnCircumstances_saysWhich() {
        NewlyDiscoveredCircumstances sample =
                (NewlyDiscoveredCircumstances) SampleFilings.of(NewlyDiscoveredCircumstances.class);
        NewlyDiscoveredCircumstances unsaid =
                (NewlyDiscoveredCircumstances) SampleFilings.without(sample, "circumstances");

        assertThat(violations(unsaid))
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(tuple("circumstances", "circumstances.required"));
        assertThat(violations(sample.toBuilder()
                        .circumstances(NewlyDiscoveredCircumstances.Circumstances.NEW)
                        .build()))
                .isEmpty();
    }

    @Test
    void aCassationComplaint_takesTheStateFee_andAPrivateComplaintDoesNot() {
        CassationComplaint sample = (CassationComplaint) SampleFilings.of(CassationComplaint.class);
        CassationComplaint unpaid = new CassationComplaint(
                sample.court(),
                sample.caseNumber(),
                sample.proceedings(),
                sample.participants(),
                null,
                sample.summary(),
                sample.statement(),
                sample.annexes(),
                sample.powersOfAttorney());

        assertThat(violations(unpaid))
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(tuple("stateFee", "stateFee.required"));
        assertThat(CourtService.PRIVATE_COMPLAINT.mayTakeStateFee()).isFalse();
        assertThat(Stream.of(
                        CourtService.SUPERVISORY_REVIEW,
                        CourtService.NEWLY_DISCOVERED_CIRCUMSTANCES,
                        CourtService.SET_ASIDE_DEFAULT_JUDGMENT,
                        CourtService.CANCEL_COURT_ORDER))
                .noneMatch(CourtService::mayTakeStateFee);
    }

    @Test
    void theSidesOfCourtOrderProceedings_travelInTheSignedManifest() {
        Claim courtOrder =
                claim(Proceedings.COURT_ORDER).creditor(COMPANY).debtor(CITIZEN).build();
        Manifest manifest = Manifest.of(
                courtOrder,
                new Manifest.Signer(Iin.of("900101300007"), null),
                null,
                java.time.Instant.parse("2026-11-23T10:00:00Z"));

        Claim read = (Claim) Manifest.parse(manifest.canonicalBytes()).filing();

        assertThat(read.participants(PartySide.CREDITOR))
                .extracting(Participant::party)
                .containsExactly(COMPANY);
        assertThat(read.participants(PartySide.DEBTOR))
                .extracting(Participant::party)
                .containsExactly(CITIZEN);
    }

    private static FilingBuilder<?> withCase(FilingBuilder<?> builder, String caseNumber) {
        ((FiledInCase.Builder<?>) builder).caseNumber(CaseNumber.parse(caseNumber));
        return builder;
    }

    /** The sample of {@code type} changed by {@code change} through its own builder. */
    private static Filing with(Class<? extends Filing> type, UnaryOperator<FilingBuilder<?>> change) {
        return change.apply(SampleFilings.of(type).toBuilder()).build();
    }
}
