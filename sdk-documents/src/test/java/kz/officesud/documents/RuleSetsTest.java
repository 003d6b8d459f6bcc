package kz.officesud.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The effective date of the 2025 amendment as data, and the day of a moment in Kazakhstan. */
class RuleSetsTest {
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    void tenCalendarDaysAfterPublication_countsFromTheDayAfterPublication() {
        // «по истечении десяти календарных дней после дня его первого официального опубликования»
        assertThat(RuleSets.tenCalendarDaysAfterPublication(LocalDate.of(2025, 6, 3)))
                .isEqualTo(LocalDate.of(2025, 6, 14));
        assertThat(RuleSets.tenCalendarDaysAfterPublication(LocalDate.of(2025, 6, 25)))
                .isEqualTo(LocalDate.of(2025, 7, 6));
        assertThat(RuleSets.tenCalendarDaysAfterPublication(LocalDate.of(2024, 12, 31)))
                .isEqualTo(LocalDate.of(2025, 1, 11));
    }

    @Test
    void amendment2025_takesEffectTenDaysAfterPublication_notOnTheRegistrationOfThe2018Rules() {
        RuleSet amended = RuleSets.KZ_2018_AMENDED_2025;
        assertThat(amended.effectiveFrom())
                .isEqualTo(RuleSets.tenCalendarDaysAfterPublication(RuleSets.AMENDMENT_2025_PUBLISHED))
                .isAfter(RuleSets.AMENDMENT_2025_SIGNED)
                .isNotEqualTo(LocalDate.of(2018, 7, 3));
        assertThat(amended.effectiveFromBasis())
                .contains("по истечении десяти календарных дней")
                .contains("03.06.2025")
                .contains("14.06.2025");
        assertThat(RuleSets.KZ_2014.effectiveFromBasis()).contains("No. 380");
        assertThat(RuleSets.standard().all()).containsExactly(RuleSets.KZ_2014, amended);
    }

    @Test
    void inForceAt_takesTheMomentsDayInAlmaty_acrossTheBoundary() {
        Instant midnight = RuleSets.KZ_2018_AMENDED_2025
                .effectiveFrom()
                .atStartOfDay(ALMATY)
                .toInstant();
        // 23:59:59 in Almaty on the eve: the old rules; midnight in Almaty: the amended ones
        assertThat(RuleSets.inForceAt(midnight.minusSeconds(1))).isEqualTo(RuleSets.KZ_2014);
        assertThat(RuleSets.inForceAt(midnight)).isEqualTo(RuleSets.KZ_2018_AMENDED_2025);
        // the same moment is still the eve in UTC: the day is Almaty's, not the JVM's or UTC's
        assertThat(LocalDate.ofInstant(midnight, ZoneId.of("UTC")))
                .isEqualTo(RuleSets.KZ_2018_AMENDED_2025.effectiveFrom().minusDays(1));
        assertThat(RuleSets.inForceToday(Clock.fixed(midnight.plusSeconds(60), ZoneId.of("UTC"))))
                .isEqualTo(RuleSets.KZ_2018_AMENDED_2025);
        assertThat(RuleSets.inForceToday(Clock.fixed(midnight.minusSeconds(60), ZoneId.of("Europe/London"))))
                .isEqualTo(RuleSets.KZ_2014);
        // Kazakhstan keeps one time zone, UTC+5, since 1 March 2024
        assertThat(ZonedDateTime.ofInstant(midnight, ALMATY).getOffset().getTotalSeconds())
                .isEqualTo(5 * 3600);
    }

    @Test
    void withEffectiveFrom_letsACallerSetTheOfficialDay() {
        LocalDate official = RuleSets.tenCalendarDaysAfterPublication(LocalDate.of(2025, 6, 20));
        RuleSets mine = RuleSets.of(List.of(
                RuleSets.KZ_2014,
                RuleSets.KZ_2018_AMENDED_2025.withEffectiveFrom(official, "published on 20.06.2025")));
        assertThat(mine.ruleSetOn(LocalDate.of(2025, 6, 30)).orElseThrow().id()).isEqualTo("KZ-2014");
        assertThat(mine.ruleSetOn(official).orElseThrow().id()).isEqualTo("KZ-2018-AMENDED-2025-06-03");
        assertThat(mine.ruleSetOn(official).orElseThrow().effectiveFromBasis()).isEqualTo("published on 20.06.2025");
        assertThat(RuleSets.KZ_2018_AMENDED_2025.effectiveFrom()).isEqualTo(LocalDate.of(2025, 6, 14));
    }
}
