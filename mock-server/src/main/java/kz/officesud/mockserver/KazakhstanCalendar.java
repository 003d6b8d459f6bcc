package kz.officesud.mockserver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kazakhstan's working days for a five-day week, kept as data: the public holidays of each year (the movable first
 * day of Kurban ait included), the days off that move when a holiday falls on a Saturday or Sunday, and the swaps of
 * a working day and a day off that the Government decrees for a year. The bundled data covers 2024 to 2027: 2024 to
 * 2026 as published, 2027 derived from the Labour Code's rules and an estimated Kurban ait ({@link Year#derived()});
 * {@link #withFile(Path)} adds or replaces years from a file of the same format (the bundled
 * {@code working-calendar-kz.json} describes it).
 *
 * <p>The rules (Labour Code of the Republic of Kazakhstan, art. 84–85; Law «О праздниках в Республике Казахстан»):
 * a holiday is a day off; when a holiday falls on a Saturday or Sunday, the day off moves to the next working day
 * after the holiday — except the first day of Kurban ait and 7 January, which do not move ({@link
 * HolidayKind#RELIGIOUS}). A year the data does not cover is counted by the fixed-date holidays of the latest covered
 * year and the same rule, without Kurban ait (its date is not known). Immutable and thread-safe.
 *
 * <pre>{@code
 * WorkingCalendar calendar = KazakhstanCalendar.standard();
 * calendar.plusWorkingDays(LocalDate.of(2026, 3, 20), 1); // 2026-03-26: Nauryz and its moved days off
 * }</pre>
 */
public final class KazakhstanCalendar implements WorkingCalendar {
    static final String RESOURCE = "working-calendar-kz.json";
    private static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final int MIN_YEAR = 1991;
    private static final int MAX_YEAR = 2200;

    /** Loaded on first use. */
    private static final class Standard {
        static final KazakhstanCalendar INSTANCE = loadStandard();
    }

    /** What a holiday is under the law: whether its day off moves when it falls on a Saturday or Sunday. */
    public enum HolidayKind {
        /** A national holiday (национальный праздник): its day off moves. */
        NATIONAL,
        /** A state holiday (государственный праздник): its day off moves. */
        STATE,
        /** The first day of Kurban ait and 7 January (Orthodox Christmas): days off that never move. */
        RELIGIOUS
    }

    /**
     * A holiday.
     *
     * @param date the day
     * @param name its name (in Russian, as the calendars publish it)
     * @param kind whether its day off moves
     */
    public record Holiday(LocalDate date, String name, HolidayKind kind) {
        public Holiday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * A swap decreed for one year (перенос рабочего дня): {@code dayOff} is not worked, {@code workingDay} (a Saturday
     * or Sunday) is.
     */
    public record Swap(LocalDate dayOff, LocalDate workingDay, String basis) {
        public Swap {
            Objects.requireNonNull(dayOff, "dayOff");
            Objects.requireNonNull(workingDay, "workingDay");
            Objects.requireNonNull(basis, "basis");
        }
    }

    /**
     * One year of the calendar.
     *
     * @param year the year
     * @param holidays its holidays, in date order
     * @param transfers each holiday on a Saturday or Sunday → the working day its day off moved to (given by the data,
     *     or derived by the rule)
     * @param swaps the year's swaps
     * @param derived true when the year is derived from the rules rather than published
     * @param sources where the facts come from
     */
    public record Year(
            int year,
            List<Holiday> holidays,
            Map<LocalDate, LocalDate> transfers,
            List<Swap> swaps,
            boolean derived,
            String sources) {
        public Year {
            holidays = List.copyOf(holidays);
            transfers = Collections.unmodifiableMap(new TreeMap<>(transfers));
            swaps = List.copyOf(swaps);
            Objects.requireNonNull(sources, "sources");
        }
    }

    private final TreeMap<Integer, Year> years;
    private final Map<Integer, Year> extrapolated = new ConcurrentHashMap<>();
    /** Every day off that is not a Saturday or Sunday, and every worked Saturday or Sunday: date → why. */
    private final Map<LocalDate, String> daysOff = new ConcurrentHashMap<>();

    private final Map<LocalDate, String> workedWeekends = new ConcurrentHashMap<>();

    private KazakhstanCalendar(Map<Integer, Year> years) {
        this.years = new TreeMap<>(years);
        this.years.values().forEach(this::index);
    }

    /** The calendar bundled with the reference court (2024–2027). */
    public static KazakhstanCalendar standard() {
        return Standard.INSTANCE;
    }

    /**
     * This calendar with the years of {@code file} added, or replacing the bundled years of the same number whole.
     *
     * @throws IllegalArgumentException the file cannot be read or breaks the format (the message names the file and
     *     the field)
     */
    public KazakhstanCalendar withFile(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IllegalArgumentException("calendar file " + file + " is larger than 1 MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the calendar file " + file + ": " + e.getMessage(), e);
        }
        Map<Integer, Year> merged = new TreeMap<>(years);
        merged.putAll(parse(bytes, file.toString()));
        return new KazakhstanCalendar(merged);
    }

    /** The years the data covers. */
    public Set<Integer> years() {
        return Collections.unmodifiableSet(years.keySet());
    }

    /** One year of the data, if covered. */
    public Optional<Year> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        ensureYear(date.getYear());
        if (workedWeekends.containsKey(date)) {
            return true;
        }
        return !weekend(date) && !daysOff.containsKey(date);
    }

    /** Why {@code date} is not worked ("Saturday", "holiday: День Победы", …); empty on a working day. */
    public Optional<String> dayOffReason(LocalDate date) {
        if (isWorkingDay(date)) {
            return Optional.empty();
        }
        String reason = daysOff.get(date);
        return Optional.of(
                reason != null
                        ? reason
                        : date.getDayOfWeek().name().charAt(0)
                                + date.getDayOfWeek().name().substring(1).toLowerCase(Locale.ROOT));
    }

    private void ensureYear(int year) {
        if (years.containsKey(year) || years.isEmpty() || year < MIN_YEAR || year > MAX_YEAR) {
            return;
        }
        extrapolated.computeIfAbsent(year, y -> {
            Year latest = years.lastEntry().getValue();
            List<Holiday> holidays = new ArrayList<>();
            for (Holiday holiday : latest.holidays()) {
                boolean fixed = holiday.kind() != HolidayKind.RELIGIOUS
                        || MonthDay.from(holiday.date()).equals(MonthDay.of(1, 7));
                if (fixed) {
                    holidays.add(new Holiday(MonthDay.from(holiday.date()).atYear(y), holiday.name(), holiday.kind()));
                }
            }
            Year derived = new Year(
                    y,
                    holidays,
                    derivedTransfers(holidays, List.of()),
                    List.of(),
                    true,
                    "extrapolated from the fixed-date holidays of " + latest.year() + "; Kurban ait unknown");
            index(derived);
            return derived;
        });
    }

    private void index(Year year) {
        for (Holiday holiday : year.holidays()) {
            daysOff.put(holiday.date(), "holiday: " + holiday.name());
        }
        year.transfers().forEach((holiday, dayOff) -> daysOff.put(dayOff, "day off moved from " + holiday));
        for (Swap swap : year.swaps()) {
            daysOff.put(swap.dayOff(), "day off by swap with " + swap.workingDay());
            workedWeekends.put(swap.workingDay(), "working day by swap with " + swap.dayOff());
        }
    }

    /**
     * The Labour Code's rule: each holiday of a kind that moves, falling on a Saturday or Sunday, gives a day off on
     * the first working day after it that is not a holiday, a day off by a swap or a day off already moved there.
     */
    static Map<LocalDate, LocalDate> derivedTransfers(List<Holiday> holidays, List<Swap> swaps) {
        Set<LocalDate> off = new TreeSet<>();
        Set<LocalDate> worked = new TreeSet<>();
        holidays.forEach(h -> off.add(h.date()));
        swaps.forEach(s -> {
            off.add(s.dayOff());
            worked.add(s.workingDay());
        });
        Map<LocalDate, LocalDate> transfers = new TreeMap<>();
        holidays.stream()
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .filter(h -> h.kind() != HolidayKind.RELIGIOUS && weekend(h.date()))
                .forEach(h -> {
                    LocalDate day = h.date().plusDays(1);
                    while ((weekend(day) && !worked.contains(day)) || off.contains(day)) {
                        day = day.plusDays(1);
                    }
                    off.add(day);
                    transfers.put(h.date(), day);
                });
        return transfers;
    }

    private static boolean weekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static KazakhstanCalendar loadStandard() {
        try (InputStream in = KazakhstanCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + RESOURCE + " is missing");
            }
            return new KazakhstanCalendar(parse(in.readAllBytes(), RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
        }
    }

    static Map<Integer, Year> parse(byte[] bytes, String name) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("calendar file " + name + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the calendar file " + name, e);
        }
        JsonNode yearsNode = root == null ? null : root.get("years");
        if (yearsNode == null || !yearsNode.isObject()) {
            throw new IllegalArgumentException("calendar file " + name + " has no 'years' object");
        }
        Map<Integer, Year> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : yearsNode.properties()) {
            out.put(yearNumber(entry.getKey(), name), year(entry.getKey(), entry.getValue(), name));
        }
        return out;
    }

    private static int yearNumber(String key, String name) {
        try {
            int year = Integer.parseInt(key);
            if (year >= MIN_YEAR && year <= MAX_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "calendar file " + name + ": years." + key + " is not a year from " + MIN_YEAR + " to " + MAX_YEAR);
    }

    private static Year year(String key, JsonNode node, String name) {
        int number = yearNumber(key, name);
        String at = "years." + key;
        List<Holiday> holidays = new ArrayList<>();
        int i = 0;
        for (JsonNode h : array(node, "holidays", at, name)) {
            String where = at + ".holidays[" + i++ + "]";
            LocalDate date = date(h.get("date"), where + ".date", name, number);
            String title = text(h.get("name"), where + ".name", name);
            HolidayKind kind;
            try {
                kind = HolidayKind.valueOf(text(h.get("kind"), where + ".kind", name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "calendar file " + name + ": " + where + ".kind is NATIONAL, STATE or RELIGIOUS");
            }
            holidays.add(new Holiday(date, title, kind));
        }
        holidays.sort((a, b) -> a.date().compareTo(b.date()));
        List<Swap> swaps = new ArrayList<>();
        i = 0;
        for (JsonNode s : array(node, "swaps", at, name)) {
            String where = at + ".swaps[" + i++ + "]";
            LocalDate dayOff = date(s.get("dayOff"), where + ".dayOff", name, number);
            LocalDate workingDay = date(s.get("workingDay"), where + ".workingDay", name, number);
            if (!weekend(workingDay) || weekend(dayOff)) {
                throw new IllegalArgumentException("calendar file " + name + ": " + where
                        + " must make a Saturday or Sunday worked and a weekday a day off");
            }
            swaps.add(new Swap(
                    dayOff, workingDay, s.hasNonNull("basis") ? s.get("basis").asText() : ""));
        }
        Map<LocalDate, LocalDate> transfers;
        JsonNode given = node.get("transfers");
        if (given == null || given.isNull()) {
            transfers = derivedTransfers(holidays, swaps);
        } else if (!given.isObject()) {
            throw new IllegalArgumentException("calendar file " + name + ": " + at + ".transfers is an object");
        } else {
            transfers = new TreeMap<>();
            for (Map.Entry<String, JsonNode> t : given.properties()) {
                String where = at + ".transfers." + t.getKey();
                LocalDate holiday = parseDate(t.getKey(), where, name);
                if (holiday.getYear() != number) {
                    throw new IllegalArgumentException("calendar file " + name + ": " + where + " is not in " + key);
                }
                LocalDate dayOff = parseDate(text(t.getValue(), where, name), where, name);
                if (!dayOff.isAfter(holiday) || dayOff.isAfter(holiday.plusDays(31))) {
                    throw new IllegalArgumentException(
                            "calendar file " + name + ": " + where + " must move the day off to a later day");
                }
                transfers.put(holiday, dayOff);
            }
        }
        boolean derived = node.path("derived").asBoolean(false);
        String sources = node.hasNonNull("sources") ? node.get("sources").asText() : "";
        return new Year(number, holidays, transfers, swaps, derived, sources);
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, String at, String name) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("calendar file " + name + ": " + at + "." + field + " is an array");
        }
        return value;
    }

    private static String text(JsonNode value, String where, String name) {
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("calendar file " + name + ": " + where + " is required text");
        }
        return value.asText();
    }

    private static LocalDate date(JsonNode value, String where, String name, int year) {
        LocalDate date = parseDate(text(value, where, name), where, name);
        if (date.getYear() != year) {
            throw new IllegalArgumentException("calendar file " + name + ": " + where + " is not in " + year);
        }
        return date;
    }

    private static LocalDate parseDate(String text, String where, String name) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "calendar file " + name + ": " + where + " is not a date (YYYY-MM-DD): " + text);
        }
    }

    @Override
    public String toString() {
        return "KazakhstanCalendar" + years.keySet();
    }
}
