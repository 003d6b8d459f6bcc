package kz.officesud.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CourtsTest {
    private final Courts courts = Courts.standard();

    @Test
    void regions_areTwenty_17OblastsAnd3Cities() {
        assertThat(Region.values()).hasSize(20);
        assertThat(Arrays.stream(Region.values()).filter(Region::isCity))
                .containsExactlyInAnyOrder(Region.ASTANA, Region.ALMATY, Region.SHYMKENT);
        assertThat(Region.values()).contains(Region.ABAI, Region.ZHETISU, Region.ULYTAU);
    }

    @Test
    void regions_haveDistinctPrefixesIdsAndNames() {
        assertThat(Arrays.stream(Region.values()).map(Region::caseNumberPrefix).collect(Collectors.toSet()))
                .hasSize(20)
                .allMatch(p -> p.matches("[0-9]{2}"));
        assertThat(Arrays.stream(Region.values())
                        .filter(r -> r.officeId().isPresent())
                        .map(r -> r.officeId().getAsInt())
                        .collect(Collectors.toSet()))
                .hasSize((int) Arrays.stream(Region.values())
                        .filter(r -> r.officeId().isPresent())
                        .count());
        for (Region region : Region.values()) {
            assertThat(region.nameRu()).isNotBlank();
            assertThat(region.nameKk()).isNotBlank().isNotEqualTo(region.nameRu());
            assertThat(region.nameEn()).isNotBlank();
            assertThat(Region.byCaseNumberPrefix(region.caseNumberPrefix())).contains(region);
            region.officeId().ifPresent(id -> assertThat(Region.byOfficeId(id)).contains(region));
        }
        assertThat(Region.ABAI.name(Locale.forLanguageTag("kk"))).isEqualTo("Абай облысы");
        assertThat(Region.ABAI.name(Locale.forLanguageTag("ru"))).isEqualTo("Область Абай");
        assertThat(Region.ABAI.name(Locale.ENGLISH)).isEqualTo("Abai Region");
        assertThat(Region.byOfficeId(999)).isEmpty();
    }

    @Test
    void standard_findsTheAlmatyCityCourtByCode() {
        Court court = courts.byCode("7599");
        assertThat(court.nameRu()).isEqualTo("Алматинский городской суд");
        assertThat(court.officeId()).isEqualTo(13);
        assertThat(court.region()).isEqualTo(Region.ALMATY);
        assertThat(court.instance()).isEqualTo(CourtInstance.APPEAL);
        assertThat(courts.find("7599")).contains(court);
        assertThat(courts.byOfficeId(13)).contains(court);
    }

    @Test
    void standard_hasTheRepublicanCourts() {
        assertThat(courts.byCode("6001").instance()).isEqualTo(CourtInstance.SUPREME_COURT);
        assertThat(courts.byCode("6001").officeId()).isEqualTo(1);
        assertThat(courts.byCode("6003").instance()).isEqualTo(CourtInstance.CASSATION);
        assertThat(courts.byCode("6003").nameRu()).isEqualTo("Кассационный суд Республики Казахстан");
    }

    @Test
    void byCode_whenUnknown_throwsTypedLocalizedError() {
        assertThatThrownBy(() -> courts.byCode("0000")).isInstanceOfSatisfying(UnknownCourtException.class, e -> {
            assertThat(e.code()).isEqualTo("0000");
            assertThat(e.messageKey()).isEqualTo("court.unknown");
            assertThat(e.message(Locale.forLanguageTag("ru"))).isEqualTo("Суд с кодом 0000 не найден.");
            assertThat(e.message(Locale.forLanguageTag("kk"))).contains("0000");
            assertThat(e.message(Locale.ENGLISH)).isEqualTo("There is no court with code 0000.");
        });
        // a district court of Almaty: real, but not in the directory's source
        assertThat(courts.find("7517")).isEmpty();
        assertThat(courts.find("abcd")).isEmpty();
    }

    @Test
    void directory_isConsistent() {
        List<Court> all = courts.all();
        assertThat(all).hasSize(42);
        assertThat(all.stream().map(Court::code).collect(Collectors.toSet())).hasSize(all.size());
        assertThat(all.stream().map(Court::officeId).collect(Collectors.toSet()))
                .hasSize(all.size());
        Set<Region> regions = Set.of(Region.values());
        for (Court court : all) {
            assertThat(regions).contains(court.region());
            assertThat(court.code()).matches("[0-9]{4}");
            boolean republican =
                    court.instance() == CourtInstance.SUPREME_COURT || court.instance() == CourtInstance.CASSATION;
            assertThat(court.code())
                    .as("court %s", court)
                    .startsWith(republican ? "60" : court.region().caseNumberPrefix());
            assertThat(court.nameRu()).isNotBlank();
            // names in other languages fall back to Russian where the directory has none
            assertThat(court.name(Locale.forLanguageTag("kk"))).isNotBlank();
        }
        for (Region region : Region.values()) {
            assertThat(courts.in(region)).as("courts in %s", region).isNotEmpty();
            assertThat(courts.in(region)).allMatch(c -> c.region() == region);
        }
        assertThat(courts.in(Region.ASTANA)).extracting(Court::code).containsExactly("6001", "6003", "7194", "7199");
    }

    @Test
    void directory_matchesTheSharedSourceCsv() throws IOException {
        Path csv = Path.of(System.getProperty("officesud.shared.dir", "../../shared"))
                .resolve("testdata/kz/courts_from_adelmatov_config.csv");
        assumeTrue(Files.isRegularFile(csv), "shared test data absent");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        Set<String> codes = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            // region_key,region_name,region_office_id,case_prefix_region,court_key,court_name,court_office_id,...
            Court court = courts.byCode(c[8]);
            codes.add(c[8]);
            assertThat(court.nameRu()).isEqualTo(c[5]);
            assertThat(court.officeId()).isEqualTo(Integer.parseInt(c[6]));
            assertThat(court.region().officeId()).hasValue(Integer.parseInt(c[2]));
            if (!"republic".equals(c[0])) {
                assertThat(court.region().caseNumberPrefix()).isEqualTo(c[3]);
                assertThat(court.region().nameRu()).isEqualTo(c[1]);
            }
        }
        assertThat(courts.all()).extracting(Court::code).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void parse_rejectsMalformedLinesNamingTheLine() {
        String data = "# comment\n\n1000|456|ABAI|APPEAL|Суд области Абай||\n1094|467|NOWHERE|FIRST|x||\n";
        assertThatThrownBy(() -> Courts.parse(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), "t"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("t:4:");
        String shortLine = "1000|456|ABAI\n";
        assertThatThrownBy(
                        () -> Courts.parse(new ByteArrayInputStream(shortLine.getBytes(StandardCharsets.UTF_8)), "t"))
                .hasMessageContaining("expected 7 columns");
    }

    @Test
    void of_rejectsDuplicateCodes() {
        Court court = new Court("9999", 1, Region.ASTANA, "Тестовый суд", null, null, CourtInstance.FIRST);
        assertThatThrownBy(() -> Courts.of(List.of(court, court))).hasMessageContaining("9999");
        Courts custom = Courts.of(List.of(court));
        assertThat(custom.byCode("9999")).isSameAs(court);
        assertThat(custom.all()).containsExactly(court);
    }

    @Test
    void court_equalityAndNames() {
        Court a = new Court("9999", 1, Region.ASTANA, "Суд", "Сот", "Court", CourtInstance.FIRST);
        assertThat(a).isEqualTo(new Court("9999", 1, Region.ASTANA, "Суд", "Сот", "Court", CourtInstance.FIRST));
        assertThat(a.hashCode())
                .isEqualTo(new Court("9999", 1, Region.ASTANA, "Суд", "Сот", "Court", CourtInstance.FIRST).hashCode());
        assertThat(a).isNotEqualTo(new Court("9998", 1, Region.ASTANA, "Суд", "Сот", "Court", CourtInstance.FIRST));
        assertThat(a.name(Locale.forLanguageTag("kk"))).isEqualTo("Сот");
        assertThat(a.name(Locale.ENGLISH)).isEqualTo("Court");
        assertThat(a.name(Locale.forLanguageTag("ru"))).isEqualTo("Суд");
        assertThatThrownBy(() -> new Court("999", 1, Region.ASTANA, "Суд", null, null, CourtInstance.FIRST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Court("9999", 0, Region.ASTANA, "Суд", null, null, CourtInstance.FIRST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Map.of(a, 1))
                .containsKey(new Court("9999", 1, Region.ASTANA, "Суд", "Сот", "Court", CourtInstance.FIRST));
    }
}
