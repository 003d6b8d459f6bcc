package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import kz.officesud.core.model.CancelCourtOrder;
import kz.officesud.core.model.CassationComplaint;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingBuilder;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.NewlyDiscoveredCircumstances;
import kz.officesud.core.model.PartySide;
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
                        CassationComplaint.class,
                        "to a court of first instance",
                        b -> b.court(SampleFilings.COURT),
                        keys("cassation.court.instance")),
                new Broken(
                        SupervisoryReview.class,
                        "to the cassation court",
                        b -> b.court(SampleFilings.CASSATION_COURT),
                        keys("supervisoryReview.court.instance")),
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

    @Test
    void aReviewThatDoesNotSayOnWhichCircumstances_isRefusedByBothSides() throws IOException {
        NewlyDiscoveredCircumstances sample =
                (NewlyDiscoveredCircumstances) sides.sample(NewlyDiscoveredCircumstances.class);
        NewlyDiscoveredCircumstances unsaid = SampleFilings.withoutCircumstances(sample);

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

    private static Claim.Builder claim(FilingBuilder<?> builder, Proceedings proceedings) {
        return ((Claim.Builder) builder).proceedings(proceedings).clearParticipants();
    }

    private static String[] keys(String... keys) {
        return keys;
    }
}
