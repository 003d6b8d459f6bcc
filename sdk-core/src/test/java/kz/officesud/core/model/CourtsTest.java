package kz.officesud.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.officesud.core.internal.DataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        assertThat(court.kind()).isEqualTo(CourtKind.REGIONAL);
        assertThat(court.instance()).isEqualTo(CourtInstance.APPEAL);
        assertThat(court.forms()).containsExactlyInAnyOrder(ProceedingsForm.values());
        assertThat(courts.find("7599")).contains(court);
        assertThat(courts.byOfficeId(13)).contains(court);
    }

    @Test
    void standard_hasTheRepublicanCourts() {
        assertThat(courts.byCode("6001").instance()).isEqualTo(CourtInstance.SUPREME_COURT);
        assertThat(courts.byCode("6001").kind()).isEqualTo(CourtKind.SUPREME);
        assertThat(courts.byCode("6001").officeId()).isEqualTo(1);
        assertThat(courts.byCode("6003").instance()).isEqualTo(CourtInstance.CASSATION);
        assertThat(courts.byCode("6003").nameRu()).isEqualTo("Кассационный суд Республики Казахстан");
    }

    @Test
    void standard_knowsEachCourtsJurisdiction() {
        Court smas = courts.byCode("7594");
        assertThat(smas.kind()).isEqualTo(CourtKind.SPECIALISED_ADMINISTRATIVE);
        assertThat(smas.forms()).containsExactly(ProceedingsForm.ADMINISTRATIVE);
        assertThat(smas.hears(new CaseKind(ProceedingsForm.ADMINISTRATIVE, CourtInstance.FIRST)))
                .isTrue();
        assertThat(smas.hears(CaseKind.CIVIL_FIRST_INSTANCE)).isFalse();

        Court medeu = courts.byCode("7517");
        assertThat(medeu.nameRu()).isEqualTo("Медеуский районный суд");
        assertThat(medeu.kind()).isEqualTo(CourtKind.DISTRICT);
        assertThat(medeu.forms()).containsExactly(ProceedingsForm.CIVIL);
        assertThat(medeu.officeId()).as("no source gives its office.sud.kz id").isNull();
        assertThat(medeu.hears(CaseKind.CIVIL_FIRST_INSTANCE)).isTrue();
        assertThat(medeu.hears(new CaseKind(ProceedingsForm.CRIMINAL, CourtInstance.FIRST)))
                .isFalse();

        assertThat(courts.byCode("7599").hears(CaseKind.CIVIL_FIRST_INSTANCE))
                .as("an appellate court takes no claim")
                .isFalse();
        assertThat(courts.byCode("7599").hears(new CaseKind(ProceedingsForm.CIVIL, CourtInstance.APPEAL)))
                .isTrue();
        assertThat(courts.hearing(CaseKind.CIVIL_FIRST_INSTANCE)).containsExactly(medeu);
        assertThat(courts.hearing(new CaseKind(ProceedingsForm.ADMINISTRATIVE, CourtInstance.FIRST)))
                .hasSize(20)
                .allMatch(c -> c.kind() == CourtKind.SPECIALISED_ADMINISTRATIVE);
    }

    @Test
    void courtKinds_fixInstanceAndDefaultForms() {
        for (CourtKind kind : CourtKind.values()) {
            assertThat(kind.defaultForms()).as("%s", kind).isNotEmpty();
            assertThat(kind.nameRu()).isNotBlank();
            Court court = new Court("7100", null, Region.ASTANA, kind, "Суд", null, null);
            assertThat(court.instance()).isEqualTo(kind.instance());
            assertThat(court.forms()).isEqualTo(kind.defaultForms());
        }
        assertThat(CourtKind.DISTRICT.instance()).isEqualTo(CourtInstance.FIRST);
        assertThat(CourtKind.SPECIALISED_ECONOMIC.defaultForms()).containsExactly(ProceedingsForm.CIVIL);
        assertThat(CourtKind.SPECIALISED_CRIMINAL.defaultForms()).containsExactly(ProceedingsForm.CRIMINAL);
        assertThat(CourtKind.SPECIALISED_JUVENILE.instance()).isEqualTo(CourtInstance.FIRST);
        assertThat(CourtKind.REGIONAL.instance()).isEqualTo(CourtInstance.APPEAL);
        assertThat(CourtKind.CASSATION.instance()).isEqualTo(CourtInstance.CASSATION);
        assertThat(CourtKind.SUPREME.instance()).isEqualTo(CourtInstance.SUPREME_COURT);
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
        // a district court of Almaty whose code no source at hand gives
        assertThat(courts.all()).noneMatch(c -> c.nameRu().contains("Алатауский"));
        assertThat(courts.find("abcd")).isEmpty();
    }

    @Test
    void directory_isConsistent() {
        List<Court> all = courts.all();
        assertThat(all).hasSize(43);
        assertThat(all.stream().map(Court::code).collect(Collectors.toSet())).hasSize(all.size());
        List<Integer> officeIds =
                all.stream().map(Court::officeId).filter(Objects::nonNull).toList();
        assertThat(officeIds).doesNotHaveDuplicates().hasSize(all.size() - 1);
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
            assertThat(court.forms()).isNotEmpty();
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
        Path csv = shared("courts_from_adelmatov_config.csv");
        assumeTrue(Files.isRegularFile(csv), "shared test data absent");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        Set<String> codes = new HashSet<>();
        Map<String, CourtKind> kinds = Map.of(
                "smas", CourtKind.SPECIALISED_ADMINISTRATIVE,
                "appellate", CourtKind.REGIONAL,
                "cassation", CourtKind.CASSATION,
                "supreme", CourtKind.SUPREME);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            // region_key,region_name,region_office_id,case_prefix_region,court_key,court_name,court_office_id,...
            Court court = courts.byCode(c[8]);
            codes.add(c[8]);
            assertThat(court.nameRu()).isEqualTo(c[5]);
            assertThat(court.officeId()).isEqualTo(Integer.parseInt(c[6]));
            assertThat(court.kind()).as("kind of %s", c[8]).isEqualTo(kinds.get(c[4]));
            assertThat(court.region().officeId()).hasValue(Integer.parseInt(c[2]));
            if (!"republic".equals(c[0])) {
                assertThat(court.region().caseNumberPrefix()).isEqualTo(c[3]);
                assertThat(court.region().nameRu()).isEqualTo(c[1]);
            }
        }
        assertThat(courts.all())
                .extracting(Court::code)
                .filteredOn(code -> !code.equals("7517"))
                .containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void directory_holdsOrNamesEveryDistrictCourtOfTheSharedRegistry() throws IOException {
        Path registry = shared("korgan_court_registry.json");
        assumeTrue(Files.isRegularFile(registry), "shared test data absent");
        JsonNode entries = new ObjectMapper().readTree(registry.toFile()).get("entries");
        String bundled;
        try (var in = Courts.class.getResourceAsStream(Courts.RESOURCE)) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(entries).hasSize(8);
        for (JsonNode entry : entries) {
            String name = entry.get("court").asText();
            String jurisdiction = entry.get("jurisdiction").asText();
            List<Court> matching = courts.in(Region.ALMATY).stream()
                    .filter(c -> c.nameRu().equals(name))
                    .toList();
            if (matching.isEmpty()) {
                // not a line (no source gives its code), but named in the header with its jurisdiction
                assertThat(bundled).contains("#   " + name + " (Almaty; " + jurisdiction + ")");
            } else {
                Court court = matching.get(0);
                assertThat(court.kind()).isEqualTo(CourtKind.DISTRICT);
                assertThat(court.forms())
                        .isEqualTo(
                                "civil".equals(jurisdiction)
                                        ? Set.of(ProceedingsForm.CIVIL)
                                        : CourtKind.DISTRICT.defaultForms());
            }
        }
    }

    @Test
    void load_readsAnUpdatedDirectory_andPlusLaysItOverTheStandardOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("courts.txt");
        Files.writeString(
                file,
                "\uFEFF# our directory\n"
                        + "7511||ALMATY|DISTRICT|CIVIL|Алмалинский районный суд|Алмалы аудандық соты|\n"
                        + "7594|414|ALMATY|SPECIALISED_ADMINISTRATIVE||СМАС города Алматы (renamed)||\n"
                        + "\n"
                        + "7540||ALMATY|SPECIALISED_ECONOMIC||Специализированный межрайонный экономический суд||\n",
                StandardCharsets.UTF_8);
        Courts ours = Courts.load(file);
        assertThat(ours.all()).extracting(Court::code).containsExactly("7511", "7594", "7540");
        assertThat(ours.byCode("7511").name(Locale.forLanguageTag("kk"))).isEqualTo("Алмалы аудандық соты");
        assertThat(ours.byCode("7540").forms()).containsExactly(ProceedingsForm.CIVIL);

        Courts updated = Courts.standard().plus(ours);
        assertThat(updated.all()).hasSize(Courts.standard().all().size() + 2);
        assertThat(updated.byCode("7594").nameRu()).isEqualTo("СМАС города Алматы (renamed)");
        assertThat(updated.hearing(CaseKind.CIVIL_FIRST_INSTANCE))
                .extracting(Court::code)
                .containsExactly("7517", "7511", "7540");
        assertThat(Courts.standard().byCode("7594").nameRu()).startsWith("Специализированный");
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of(
                        "7511|ALMATY|DISTRICT||Суд||", InvalidDataFileException.Reason.COLUMNS, "expected 8 columns"),
                Arguments.of("751|1|ALMATY|DISTRICT||Суд||", InvalidDataFileException.Reason.INVALID_VALUE, "4 digits"),
                Arguments.of("7511|x|ALMATY|DISTRICT||Суд||", InvalidDataFileException.Reason.INVALID_VALUE, "'x'"),
                Arguments.of("7511|0|ALMATY|DISTRICT||Суд||", InvalidDataFileException.Reason.INVALID_VALUE, "'0'"),
                Arguments.of("7511||ALMATA|DISTRICT||Суд||", InvalidDataFileException.Reason.UNKNOWN_NAME, "ALMATA"),
                Arguments.of(
                        "7511||ALMATY|RAYON||Суд||", InvalidDataFileException.Reason.UNKNOWN_NAME, "kind of court"),
                Arguments.of(
                        "7511||ALMATY|DISTRICT|CIVIL,FAMILY|Суд||",
                        InvalidDataFileException.Reason.UNKNOWN_NAME,
                        "FAMILY"),
                Arguments.of(
                        "7511||ALMATY|DISTRICT||||", InvalidDataFileException.Reason.INVALID_VALUE, "Russian name"),
                Arguments.of(
                        "7111||ALMATY|DISTRICT||Суд||",
                        InvalidDataFileException.Reason.INVALID_VALUE,
                        "prefix of ALMATY (75)"),
                Arguments.of(
                        "7594|13|ALMATY|DISTRICT||Суд||",
                        InvalidDataFileException.Reason.DUPLICATE,
                        "office.sud.kz id 13 is already used at line 2"),
                Arguments.of(
                        "7599|999|ALMATY|DISTRICT||Суд||",
                        InvalidDataFileException.Reason.DUPLICATE,
                        "court code 7599 is already used at line 2"));
    }

    @ParameterizedTest
    @MethodSource("badLines")
    void load_whenALineIsBad_namesTheFileTheLineAndTheProblem(
            String badLine, InvalidDataFileException.Reason reason, String detail, @TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("my-courts.txt");
        Files.writeString(
                file,
                "# header\n7599|13|ALMATY|REGIONAL||Алматинский городской суд||\n" + badLine + "\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Courts.load(file)).isInstanceOfSatisfying(InvalidDataFileException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.source()).isEqualTo(file.toString());
            assertThat(e.getMessage()).startsWith(file + ":3: ").contains(detail);
            assertThat(e.message(Locale.forLanguageTag("ru")))
                    .startsWith("Ошибка в файле данных " + file + ", строка 3: ");
            assertThat(e.message(Locale.forLanguageTag("kk"))).contains("3-жолында");
        });
    }

    @Test
    void load_whenTheFileIsUnusable_saysWhy(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> Courts.load(dir.resolve("absent.txt")))
                .isInstanceOfSatisfying(InvalidDataFileException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidDataFileException.Reason.UNREADABLE));
        Path onlyComments = Files.writeString(dir.resolve("empty.txt"), "# nothing\n\n");
        assertThatThrownBy(() -> Courts.load(onlyComments))
                .isInstanceOfSatisfying(InvalidDataFileException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidDataFileException.Reason.EMPTY));
        // Windows-1251, as a spreadsheet exported on a Russian desktop writes it
        Path cp1251 = Files.write(
                dir.resolve("cp1251.txt"),
                "7511||ALMATY|DISTRICT||Алмалинский районный суд||\n".getBytes(Charset.forName("windows-1251")));
        assertThatThrownBy(() -> Courts.load(cp1251)).isInstanceOfSatisfying(InvalidDataFileException.class, e -> {
            assertThat(e.reason()).isEqualTo(InvalidDataFileException.Reason.UNREADABLE);
            assertThat(e.getMessage()).contains("not UTF-8");
        });
        // one endless line: refused once it passes the limit, not read into the heap
        Path endless = dir.resolve("endless.txt");
        try (var out = Files.newOutputStream(endless)) {
            byte[] chunk = "7".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= DataFiles.MAX_BYTES; written += chunk.length) {
                out.write(chunk);
            }
        }
        assertThatThrownBy(() -> Courts.load(endless))
                .isInstanceOfSatisfying(InvalidDataFileException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidDataFileException.Reason.TOO_LARGE));
        assertThatThrownBy(() -> Courts.read(new java.io.ByteArrayInputStream(new byte[0]), "stream"))
                .isInstanceOf(InvalidDataFileException.class)
                .hasMessage("stream: no entry in the file");
    }

    @Test
    void of_rejectsDuplicateCodesAndOfficeIds() {
        Court court = new Court("9999", 1, Region.ASTANA, CourtKind.DISTRICT, "Тестовый суд", null, null);
        assertThatThrownBy(() -> Courts.of(List.of(court, court))).hasMessageContaining("9999");
        Court sameId = new Court("9998", 1, Region.ASTANA, CourtKind.DISTRICT, "Другой суд", null, null);
        assertThatThrownBy(() -> Courts.of(List.of(court, sameId))).hasMessageContaining("office.sud.kz id 1");
        Courts custom = Courts.of(List.of(court));
        assertThat(custom.byCode("9999")).isSameAs(court);
        assertThat(custom.all()).containsExactly(court);
    }

    @Test
    void court_equalityAndNames() {
        Court a = new Court("9999", 1, Region.ASTANA, CourtKind.DISTRICT, "Суд", "Сот", "Court");
        assertThat(a).isEqualTo(new Court("9999", 1, Region.ASTANA, CourtKind.DISTRICT, "Суд", "Сот", "Court"));
        assertThat(a.hashCode())
                .isEqualTo(new Court("9999", 1, Region.ASTANA, CourtKind.DISTRICT, "Суд", "Сот", "Court").hashCode());
        assertThat(a).isNotEqualTo(new Court("9998", 1, Region.ASTANA, CourtKind.DISTRICT, "Суд", "Сот", "Court"));
        assertThat(a)
                .isNotEqualTo(new Court(
                        "9999",
                        1,
                        Region.ASTANA,
                        CourtKind.DISTRICT,
                        Set.of(ProceedingsForm.CIVIL),
                        "Суд",
                        "Сот",
                        "Court"));
        assertThat(a.name(Locale.forLanguageTag("kk"))).isEqualTo("Сот");
        assertThat(a.name(Locale.ENGLISH)).isEqualTo("Court");
        assertThat(a.name(Locale.forLanguageTag("ru"))).isEqualTo("Суд");
        assertThatThrownBy(() -> new Court("999", 1, Region.ASTANA, CourtKind.DISTRICT, "Суд", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Court("9999", 0, Region.ASTANA, CourtKind.DISTRICT, "Суд", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Court("9999", 1, Region.ASTANA, CourtKind.DISTRICT, Set.of(), "Суд", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Map.of(a, 1))
                .containsKey(new Court("9999", 1, Region.ASTANA, CourtKind.DISTRICT, "Суд", "Сот", "Court"));
    }

    private static Path shared(String file) {
        return Path.of(System.getProperty("officesud.shared.dir", "../../shared"))
                .resolve("testdata/kz")
                .resolve(file);
    }
}
