package kz.officesud.core.samples;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import kz.officesud.core.model.Appeal;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;

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

    /** A case of {@link #COURT}. */
    public static final CaseNumber CASE = CaseNumber.parse("7517-26-00-2/1234");

    /** A case of another court. */
    public static final CaseNumber OTHER_COURTS_CASE = CaseNumber.parse("7594-26-00-4/99");

    public static final Party PLAINTIFF = Party.individual(Iin.of("900101300007"), "Асанов Болат Серикович");
    public static final Party DEFENDANT = Party.legalEntity(Bin.of("000740001307"), "ТОО «Альфа»");

    private static final Map<Class<? extends Filing>, Function<Function<String, Attachment>, Filing>> SAMPLES = Map.of(
            Claim.class,
            file -> Claim.builder()
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
                    .build(),
            Appeal.class,
            file -> Appeal.builder()
                    .court(COURT)
                    .caseNumber(CASE)
                    .proceedings(Proceedings.ACTION)
                    .plaintiff(PLAINTIFF)
                    .defendant(DEFENDANT)
                    .stateFee(StateFee.paidOnline(Tenge.of(22_500)))
                    .summary("Отменить решение суда первой инстанции")
                    .statement(file.apply("Апелляционная жалоба"))
                    .attachment(file.apply("Копия решения"))
                    .build());

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
}
