package kz.officesud.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.samples.SampleFilings;
import kz.officesud.core.validation.FilingValidator;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filing type — each record {@link Filing} permits — has its service, a sample, a manifest that reads
 * back, and refuses with a clear kk/ru/en message a missing document, an invalid IIN and a case of another court.
 */
class EveryFilingTypeTest {
    private static final FilingValidator VALIDATOR = FilingValidator.standard();
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Manifest.Signer SIGNER = new Manifest.Signer(Iin.of("900101300007"), null);

    @SuppressWarnings("unchecked")
    static Stream<Class<? extends Filing>> types() {
        return Arrays.stream(Filing.class.getPermittedSubclasses()).map(c -> (Class<? extends Filing>) c);
    }

    @Test
    void everyFilingType_isTheTypeOfExactlyOneService_andHasASample() {
        assertThat(types()).allSatisfy(type -> {
            assertThat(CourtService.of(type).filingType()).contains(type);
            assertThat(SampleFilings.has(type))
                    .as("a sample of %s", type.getSimpleName())
                    .isTrue();
        });
        assertThat(Arrays.stream(CourtService.values())
                        .filter(s -> s.filingType().isPresent()))
                .allSatisfy(s -> assertThat(s.isFiling()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("types")
    void theSample_isValid_andItsManifestReadsBack(Class<? extends Filing> type) {
        Filing sample = SampleFilings.of(type);

        assertThat(VALIDATOR.validate(sample).violations()).isEmpty();
        assertThat(sample.service().filingType()).contains(type);
        Manifest manifest = Manifest.of(sample, SIGNER, null, NOW);
        assertThat(Manifest.parse(manifest.canonicalBytes()).filing()).isEqualTo(sample);
    }

    @ParameterizedTest
    @MethodSource("types")
    void withoutItsOwnDocument_isRefused_inEveryLanguage(Class<? extends Filing> type) {
        Filing sample = SampleFilings.of(type);
        Filing withoutStatement = withoutStatement(sample);

        List<Violation> violations = VALIDATOR.validate(withoutStatement).at("statement");

        assertThat(violations).singleElement().satisfies(EveryFilingTypeTest::saidInEveryLanguage);
    }

    @ParameterizedTest
    @MethodSource("types")
    void aParticipantWithAWrongIin_isRefused(Class<? extends Filing> type) {
        Filing sample = SampleFilings.of(type);
        if (sample.participants().isEmpty()) {
            return; // a filing without participants has no IIN to get wrong
        }
        Filing wrong = withFirstParticipant(sample, Party.individual(Iin.ofUnverified("900101300008"), "Ошибка В ИИН"));

        ValidationReport report = VALIDATOR.validate(wrong);

        assertThat(report.violations())
                .filteredOn(v -> v.messageKey().equals("iin.checksum"))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo("participants[0].party.iin");
                    saidInEveryLanguage(v);
                });
    }

    @ParameterizedTest
    @MethodSource("types")
    void aCaseOfAnotherCourt_isRefused(Class<? extends Filing> type) {
        Filing sample = SampleFilings.of(type);
        if (!(sample instanceof FiledInCase inCase)) {
            return;
        }
        SampleFilings.WrongCase wrong = SampleFilings.wrongCase(inCase);
        Filing elsewhere = withCaseNumber(sample, wrong.caseNumber());

        assertThat(VALIDATOR.validate(elsewhere).at("caseNumber"))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.messageKey()).isEqualTo(wrong.messageKey());
                    assertThat(v.message(Locale.ENGLISH))
                            .contains(wrong.caseNumber().courtCode());
                    if (inCase.caseNumbering() == FiledInCase.CaseNumbering.ADDRESSED_COURT) {
                        assertThat(v.message(Locale.ENGLISH))
                                .contains(sample.court().code());
                    }
                    saidInEveryLanguage(v);
                });
    }

    @ParameterizedTest
    @MethodSource("types")
    void theStateFeeStep_isTheServices(Class<? extends Filing> type) {
        assertThat(TakesStateFee.class.isAssignableFrom(type))
                .as("%s has the state-fee step", type.getSimpleName())
                .isEqualTo(CourtService.of(type).mayTakeStateFee());
    }

    @ParameterizedTest
    @MethodSource("types")
    void withDocuments_passesEachDocumentOnce_andKeepsTheRest(Class<? extends Filing> type) {
        Filing sample = SampleFilings.of(type);
        List<Attachment> seen = new ArrayList<>();
        List<Attachment> returned = new ArrayList<>();

        Filing bound = sample.withDocuments(a -> {
            seen.add(a);
            Attachment rebound = a.withContent(ContentSource.ofBytes(new byte[0]));
            returned.add(rebound);
            return rebound;
        });

        assertThat(seen)
                .containsExactlyElementsOf(sample.documents().stream()
                        .map(FilingDocument::attachment)
                        .toList());
        assertThat(bound).isEqualTo(sample).isNotSameAs(sample);
        List<Attachment> inBound =
                bound.documents().stream().map(FilingDocument::attachment).toList();
        assertThat(inBound).hasSameSizeAs(returned);
        for (int i = 0; i < returned.size(); i++) {
            assertThat(inBound.get(i)).isSameAs(returned.get(i));
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void eachFieldTheFormRequires_isRefusedWhenMissing_inEveryLanguage_andNoOtherIs(Class<? extends Filing> type) {
        Filing sample = SampleFilings.of(type);
        Set<String> refusedWhenMissing = new TreeSet<>();

        for (String field : SampleFilings.fieldsThatMayBeMissing(type)) {
            List<Violation> violations =
                    VALIDATOR.validate(SampleFilings.without(sample, field)).violations();
            if (!violations.isEmpty()) {
                refusedWhenMissing.add(field);
                assertThat(violations)
                        .as("%s without %s", type.getSimpleName(), field)
                        .allSatisfy(v -> {
                            assertThat(v.path()).startsWith(field);
                            saidInEveryLanguage(v);
                        });
            }
        }

        assertThat(refusedWhenMissing).isEqualTo(SampleFilings.requiredFields(sample));
    }

    static void saidInEveryLanguage(Violation violation) {
        List<String> texts = Stream.of("kk", "ru", "en")
                .map(tag -> violation.message(Locale.forLanguageTag(tag)))
                .toList();
        assertThat(texts).doesNotHaveDuplicates().allSatisfy(text -> assertThat(text)
                .isNotBlank()
                .isNotEqualTo(violation.messageKey())
                .doesNotContain("{"));
    }

    /** The sample without its statement, through the type's own builder. */
    static Filing withoutStatement(Filing filing) {
        FilingBuilder<?> builder = filing.toBuilder();
        builder.statement = null;
        return builder.build();
    }

    static Filing withFirstParticipant(Filing filing, Party party) {
        FilingBuilder<?> builder = filing.toBuilder();
        Participant first = builder.participants.get(0);
        builder.participants.set(0, new Participant(first.side(), party));
        return builder.build();
    }

    static Filing withCaseNumber(Filing filing, CaseNumber caseNumber) {
        FilingBuilder<?> builder = filing.toBuilder();
        ((FiledInCase.Builder<?>) builder).caseNumber(caseNumber);
        return builder.build();
    }
}
