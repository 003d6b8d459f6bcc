package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import kz.officesud.core.model.CancelCourtOrder;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.CassationComplaint;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.FiledInCase;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingBuilder;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.NewlyDiscoveredCircumstances;
import kz.officesud.core.model.PartySide;
import kz.officesud.core.model.PrivateComplaint;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.SetAsideDefaultJudgment;
import kz.officesud.core.model.SupervisoryReview;
import kz.officesud.core.model.Talon;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.samples.SampleFilings;
import kz.officesud.filing.CourtSession;
import kz.officesud.signing.NcaKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The civil filings' own rules on both sides: the client refuses before sending, and the court, sent the same
 * filing raw, refuses with 422 and the same keys; the claims of the other proceedings, with their own sides, are
 * registered.
 */
class CivilProceedingsEndToEndTest {
    @TempDir
    static Path documents;

    private static BothSides sides;

    @BeforeAll
    static void start() throws IOException {
        sides = BothSides.start(documents);
    }

    @AfterAll
    static void stop() {
        sides.close();
    }

    /** A change to a type's sample, and the keys both sides refuse it with. */
    record Broken(Class<? extends Filing> type, String what, UnaryOperator<FilingBuilder<?>> change, String[] keys) {
        @Override
        public String toString() {
            return type.getSimpleName() + ": " + what;
        }
    }

    static Stream<Broken> broken() {
        return Stream.of(
                new Broken(
                        Claim.class,
                        "special proceedings with a defendant",
                        b -> claim(b, Proceedings.SPECIAL)
                                .applicant(SampleFilings.PLAINTIFF)
                                .defendant(SampleFilings.DEFENDANT),
                        keys("claim.side.special")),
                new Broken(
                        Claim.class,
                        "court-order proceedings with a plaintiff and a defendant",
                        b -> claim(b, Proceedings.COURT_ORDER)
                                .plaintiff(SampleFilings.PLAINTIFF)
                                .defendant(SampleFilings.DEFENDANT),
                        keys(
                                "claim.creditor.required",
                                "claim.debtor.required",
                                "claim.side.courtOrder",
                                "claim.side.courtOrder")),
                new Broken(
                        Claim.class,
                        "a court order of nothing",
                        b -> ((Claim.Builder) claim(b, Proceedings.COURT_ORDER)
                                        .creditor(SampleFilings.PLAINTIFF)
                                        .debtor(SampleFilings.DEFENDANT))
                                .claimAmount(Tenge.ZERO),
                        keys("claim.courtOrder.claimAmount.positive")),
                new Broken(
                        SetAsideDefaultJudgment.class,
                        "without the defendant",
                        b -> b.clearParticipants().plaintiff(SampleFilings.PLAINTIFF),
                        keys("setAsideDefaultJudgment.defendant.required")),
                new Broken(
                        CancelCourtOrder.class,
                        "without the debtor",
                        b -> b.clearParticipants().creditor(SampleFilings.PLAINTIFF),
                        keys("cancelCourtOrder.debtor.required")));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void aFilingBreakingItsTypesRule_isRefusedByTheClientAndByTheCourt(Broken broken) throws IOException {
        Filing filing =
                broken.change().apply(sides.sample(broken.type()).toBuilder()).build();

        sides.refused(filing, broken.keys());
    }

    /** A court that does not hear the filing's kind: the client refuses it, the court refuses it on ground 4. */
    static Stream<Arguments> notHeard() {
        return Stream.of(
                Arguments.of(CassationComplaint.class, SampleFilings.COURT),
                Arguments.of(CassationComplaint.class, SampleFilings.SUPREME_COURT),
                Arguments.of(SupervisoryReview.class, SampleFilings.CASSATION_COURT),
                Arguments.of(PrivateComplaint.class, SampleFilings.CASSATION_COURT),
                Arguments.of(SetAsideDefaultJudgment.class, "7594"),
                Arguments.of(CancelCourtOrder.class, "7599"));
    }

    @ParameterizedTest
    @MethodSource("notHeard")
    void aReviewToACourtThatDoesNotHearIt_isRefusedBeforeSending_andByTheCourtOnGround4(
            Class<? extends Filing> type, String court) throws IOException {
        FilingBuilder<?> builder = sides.sample(type).toBuilder().court(court);
        if (builder instanceof FiledInCase.Builder<?> inCase
                && type != CassationComplaint.class
                && type != SupervisoryReview.class) {
            inCase.caseNumber(CaseNumber.parse(court + "-26-00-2/1234")); // the addressed court's own case
        }

        sides.refusedAsNotAddressedToTheCourt(builder.build());
    }

    @Test
    void aReviewThatDoesNotSayOnWhichCircumstances_isRefusedByBothSides() throws IOException {
        NewlyDiscoveredCircumstances sample =
                (NewlyDiscoveredCircumstances) sides.sample(NewlyDiscoveredCircumstances.class);
        NewlyDiscoveredCircumstances unsaid =
                (NewlyDiscoveredCircumstances) SampleFilings.without(sample, "circumstances");

        sides.refused(unsaid, "circumstances.required");
    }

    static Stream<Arguments> otherProceedings() {
        return Stream.of(
                Arguments.of(Proceedings.SPECIAL, PartySide.APPLICANT, PartySide.OTHER_PARTICIPANT),
                Arguments.of(Proceedings.COURT_ORDER, PartySide.CREDITOR, PartySide.DEBTOR),
                Arguments.of(Proceedings.SPECIAL_ACTION, PartySide.APPLICANT, PartySide.DEFENDANT));
    }

    @ParameterizedTest
    @MethodSource("otherProceedings")
    void aClaimOfOtherProceedings_withItsOwnSides_isRegistered(
            Proceedings proceedings, PartySide first, PartySide second) throws IOException {
        Claim claim = claim(sides.sample(Claim.class).toBuilder(), proceedings)
                .participant(first, SampleFilings.PLAINTIFF)
                .participant(second, SampleFilings.DEFENDANT)
                .build();
        NcaKey key = sides.user();
        try (CourtSession session = sides.office().login(key)) {
            Talon talon = session.file(claim, key);

            assertThat(session.myCases().filing(talon.filingId()).status().state())
                    .isEqualTo(FilingState.REGISTERED);
        }
    }

    /**
     * {@code builder}'s claim in {@code proceedings}, with no participants yet and a category of those proceedings:
     * the codes office.sud.kz's forms use for a debt (court order) and for the actions of a private bailiff (special
     * action); for special proceedings a code the bundled classifier does not list, so not judged.
     */
    private static Claim.Builder claim(FilingBuilder<?> builder, Proceedings proceedings) {
        String category =
                switch (proceedings) {
                    case ACTION -> "142030001200070000";
                    case COURT_ORDER -> "142010000600000000";
                    case SPECIAL_ACTION -> "142040000300010000";
                    case SPECIAL -> "142050000000000000";
                };
        return ((Claim.Builder) builder)
                .proceedings(proceedings)
                .category(category)
                .clearParticipants();
    }

    private static String[] keys(String... keys) {
        return keys;
    }
}
