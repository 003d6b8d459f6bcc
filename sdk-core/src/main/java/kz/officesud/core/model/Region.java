package kz.officesud.core.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A region (область) of Kazakhstan as the courts divide the country: 17 oblasts and the three cities of
 * republican significance. Each has the 2-digit prefix its courts' codes start with (the first two digits
 * of a case number) and, where known, the region id office.sud.kz uses in its forms.
 *
 * <p>Source of the ids and prefixes: the office.sud.kz scraper configuration of adelmatov/court_project
 * ({@code parsers/court_parser/config.json} at commit 45993aa7), "id" and "kato_code" of each region.
 * Ids not found there would be absent ({@link #officeId()} empty); none are invented.
 */
public enum Region {
    ABAI("10", 21, "Область Абай", "Абай облысы", "Abai Region"),
    AKMOLA("11", 4, "Акмолинская область", "Ақмола облысы", "Akmola Region"),
    AKTOBE("15", 5, "Актюбинская область", "Ақтөбе облысы", "Aktobe Region"),
    ALMATY_REGION("19", 6, "Алматинская область", "Алматы облысы", "Almaty Region"),
    ATYRAU("23", 7, "Атырауская область", "Атырау облысы", "Atyrau Region"),
    WEST_KAZAKHSTAN("27", 10, "Западно-Казахстанская область", "Батыс Қазақстан облысы", "West Kazakhstan Region"),
    ZHAMBYL("31", 9, "Жамбылская область", "Жамбыл облысы", "Zhambyl Region"),
    ZHETISU("33", 22, "Область Жетісу", "Жетісу облысы", "Zhetisu Region"),
    KARAGANDA("35", 11, "Карагандинская область", "Қарағанды облысы", "Karaganda Region"),
    KOSTANAY("39", 12, "Костанайская область", "Қостанай облысы", "Kostanay Region"),
    KYZYLORDA("43", 13, "Кызылординская область", "Қызылорда облысы", "Kyzylorda Region"),
    MANGYSTAU("47", 14, "Мангистауская область", "Маңғыстау облысы", "Mangystau Region"),
    TURKISTAN("51", 17, "Туркестанская область", "Түркістан облысы", "Turkistan Region"),
    PAVLODAR("55", 15, "Павлодарская область", "Павлодар облысы", "Pavlodar Region"),
    NORTH_KAZAKHSTAN("59", 16, "Северо-Казахстанская область", "Солтүстік Қазақстан облысы", "North Kazakhstan Region"),
    ULYTAU("62", 20, "Область Ұлытау", "Ұлытау облысы", "Ulytau Region"),
    EAST_KAZAKHSTAN("63", 8, "Восточно-Казахстанская область", "Шығыс Қазақстан облысы", "East Kazakhstan Region"),
    ASTANA("71", 2, "город Астана", "Астана қаласы", "Astana"),
    SHYMKENT("52", 19, "город Шымкент", "Шымкент қаласы", "Shymkent"),
    ALMATY("75", 3, "город Алматы", "Алматы қаласы", "Almaty");

    private final String caseNumberPrefix;
    private final @Nullable Integer officeId;
    private final String nameRu;
    private final String nameKk;
    private final String nameEn;

    Region(String caseNumberPrefix, @Nullable Integer officeId, String nameRu, String nameKk, String nameEn) {
        this.caseNumberPrefix = caseNumberPrefix;
        this.officeId = officeId;
        this.nameRu = nameRu;
        this.nameKk = nameKk;
        this.nameEn = nameEn;
    }

    /** The two digits the codes of this region's courts (and so its case numbers) start with. */
    public String caseNumberPrefix() {
        return caseNumberPrefix;
    }

    /** The region id in office.sud.kz forms, where known. */
    public OptionalInt officeId() {
        return officeId == null ? OptionalInt.empty() : OptionalInt.of(officeId);
    }

    /** True for Astana, Almaty and Shymkent, the cities of republican significance. */
    public boolean isCity() {
        return this == ASTANA || this == ALMATY || this == SHYMKENT;
    }

    public String nameRu() {
        return nameRu;
    }

    public String nameKk() {
        return nameKk;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The name in {@code locale}'s language: kk, ru, or English for anything else. */
    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk", "kz" -> nameKk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
    }

    /** The region whose office.sud.kz id is {@code officeId}. */
    public static Optional<Region> byOfficeId(int officeId) {
        for (Region region : values()) {
            if (region.officeId != null && region.officeId == officeId) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    /** The region whose courts' codes start with {@code prefix} (two digits). */
    public static Optional<Region> byCaseNumberPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        for (Region region : values()) {
            if (region.caseNumberPrefix.equals(prefix)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }
}
