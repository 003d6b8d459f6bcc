package kz.officesud.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.officesud.core.internal.DataFiles;
import kz.officesud.core.model.InvalidDataFileException.Reason;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A court directory: the courts by their 4-digit code, each with its kind, instance and the forms of proceedings it
 * hears. {@link #standard()} is the directory bundled with the SDK ({@code kz/officesud/core/model/courts.txt}, whose
 * header names its sources, and the courts they name that it cannot hold yet for want of a code); {@link #load(Path)}
 * reads an updated one in the same format, and {@link #plus(Courts)} lays it over another. Immutable and
 * thread-safe.
 *
 * <p>The format: UTF-8 text, lines starting with {@code #} and blank lines ignored, one court a line, eight columns
 * separated by {@code |}:
 *
 * <pre>
 * code|officeId|region|kind|forms|nameRu|nameKk|nameEn
 * 7599|13|ALMATY|REGIONAL||Алматинский городской суд||
 * </pre>
 *
 * {@code code} is the court's 4 digits, starting with its region's prefix (60 for the republican courts);
 * {@code officeId} its id in office.sud.kz forms, or empty where unknown; {@code region} a {@link Region}, {@code kind}
 * a {@link CourtKind}; {@code forms} the {@link ProceedingsForm}s it hears, comma-separated, or empty for those of its
 * kind; then the names in Russian (required), Kazakh and English.
 */
public final class Courts {
    static final String RESOURCE = "courts.txt";

    private static final int COLUMNS = 8;
    private static final String HEADER = "code|officeId|region|kind|forms|nameRu|nameKk|nameEn";
    private static final String REPUBLICAN_PREFIX = "60";
    private static final Logger LOG = LoggerFactory.getLogger(Courts.class);

    /** Loaded on first use (the holder idiom: thread-safe, no locking afterwards). */
    private static final class Standard {
        static final Courts INSTANCE = loadStandard();
    }

    private final Map<String, Court> byCode;

    private Courts(Map<String, Court> byCode) {
        this.byCode = byCode;
    }

    /** The directory bundled with the SDK. */
    public static Courts standard() {
        return Standard.INSTANCE;
    }

    /** A directory of {@code courts}; codes and office.sud.kz ids must be unique. */
    public static Courts of(Collection<Court> courts) {
        Map<String, Court> map = new LinkedHashMap<>();
        Map<Integer, Court> byOfficeId = new HashMap<>();
        for (Court court : courts) {
            Objects.requireNonNull(court, "court");
            if (map.putIfAbsent(court.code(), court) != null) {
                throw new IllegalArgumentException("two courts with code " + court.code());
            }
            Integer officeId = court.officeId();
            if (officeId != null && byOfficeId.putIfAbsent(officeId, court) != null) {
                throw new IllegalArgumentException("two courts with office.sud.kz id " + officeId + ": "
                        + byOfficeId.get(officeId).code() + " and " + court.code());
            }
        }
        return new Courts(Collections.unmodifiableMap(map));
    }

    /**
     * Reads a directory file (the format above), checking every line: a wrong line is an {@link
     * InvalidDataFileException} naming the file, the line and what is wrong, and nothing of the file is used.
     *
     * @throws InvalidDataFileException the file is missing, unreadable, not UTF-8, larger than 4 MB, has no court,
     *     or has a wrong line
     */
    public static Courts load(Path file) {
        return fromRows(DataFiles.read(file, COLUMNS, HEADER));
    }

    /**
     * Reads a directory in the format above from {@code in} (not closed), e.g. a resource of the application;
     * {@code sourceName} names it in errors.
     *
     * @throws InvalidDataFileException as {@link #load(Path)}
     */
    public static Courts read(InputStream in, String sourceName) {
        return fromRows(DataFiles.read(in, sourceName, COLUMNS, HEADER));
    }

    /** The court with {@code code}; an {@link UnknownCourtException} if the directory has none. */
    public Court byCode(String code) {
        Objects.requireNonNull(code, "code");
        Court court = byCode.get(code);
        if (court == null) {
            throw new UnknownCourtException(code);
        }
        return court;
    }

    /** The court with {@code code}, if the directory has it. */
    public Optional<Court> find(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(byCode.get(code));
    }

    /** The court whose office.sud.kz id is {@code officeId}, if any. */
    public Optional<Court> byOfficeId(int officeId) {
        return byCode.values().stream()
                .filter(c -> c.officeId() != null && c.officeId() == officeId)
                .findFirst();
    }

    /** Every court, in the directory's order. */
    public List<Court> all() {
        return List.copyOf(byCode.values());
    }

    /** The courts listed under {@code region}. */
    public List<Court> in(Region region) {
        Objects.requireNonNull(region, "region");
        return byCode.values().stream().filter(c -> c.region() == region).toList();
    }

    /** The courts that hear {@code kind} ({@link Court#hears}), in the directory's order. */
    public List<Court> hearing(CaseKind kind) {
        Objects.requireNonNull(kind, "kind");
        return byCode.values().stream().filter(c -> c.hears(kind)).toList();
    }

    /**
     * This directory updated by {@code update}: its courts added, and a court of this one with the same code
     * replaced by {@code update}'s (a court renamed, its office.sud.kz id learned).
     *
     * @throws IllegalArgumentException the result would have two courts with one office.sud.kz id
     */
    public Courts plus(Courts update) {
        Objects.requireNonNull(update, "update");
        Map<String, Court> merged = new LinkedHashMap<>(byCode);
        merged.putAll(update.byCode);
        return of(merged.values());
    }

    private static Courts loadStandard() {
        try (InputStream in = Courts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the court directory " + RESOURCE + " is missing from sdk-core");
            }
            Courts courts = read(in, RESOURCE);
            LOG.debug("loaded the court directory {}: {} courts", RESOURCE, courts.byCode.size());
            return courts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the court directory " + RESOURCE, e);
        }
    }

    private static Courts fromRows(List<DataFiles.Row> rows) {
        Map<String, Integer> lineOfCode = new HashMap<>();
        Map<Integer, Integer> lineOfOfficeId = new HashMap<>();
        List<Court> courts = new ArrayList<>(rows.size());
        for (DataFiles.Row row : rows) {
            Court court = court(row);
            Integer earlier = lineOfCode.putIfAbsent(court.code(), row.line());
            if (earlier != null) {
                throw row.error(Reason.DUPLICATE, "court code " + court.code() + " is already used at line " + earlier);
            }
            Integer officeId = court.officeId();
            if (officeId != null && (earlier = lineOfOfficeId.putIfAbsent(officeId, row.line())) != null) {
                throw row.error(
                        Reason.DUPLICATE, "office.sud.kz id " + officeId + " is already used at line " + earlier);
            }
            courts.add(court);
        }
        return of(courts);
    }

    private static Court court(DataFiles.Row row) {
        String code = row.column(0);
        if (!Court.isCourtCode(code)) {
            throw row.error(Reason.INVALID_VALUE, "a court code is 4 digits, got '" + code + "'");
        }
        Integer officeId = officeId(row);
        Region region = row.constant(2, Region.class, "region");
        CourtKind kind = row.constant(3, CourtKind.class, "kind of court");
        String prefix = code.substring(0, 2);
        if (!prefix.equals(region.caseNumberPrefix()) && !prefix.equals(REPUBLICAN_PREFIX)) {
            throw row.error(
                    Reason.INVALID_VALUE,
                    "court code " + code + " does not start with the prefix of " + region + " ("
                            + region.caseNumberPrefix() + ")");
        }
        Set<ProceedingsForm> forms = kind.defaultForms();
        if (!row.column(4).isEmpty()) {
            forms = EnumSet.noneOf(ProceedingsForm.class);
            for (String name : row.column(4).split(",", -1)) {
                forms.add(row.constant(name, ProceedingsForm.class, "form of proceedings"));
            }
        }
        String nameRu = row.column(5);
        if (nameRu.isEmpty()) {
            throw row.error(Reason.INVALID_VALUE, "court " + code + " has no Russian name");
        }
        return new Court(code, officeId, region, kind, forms, nameRu, row.optional(6), row.optional(7));
    }

    private static @Nullable Integer officeId(DataFiles.Row row) {
        String text = row.column(1);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(text) == 0) {
            throw row.error(
                    Reason.INVALID_VALUE, "an office.sud.kz id is a positive number (or empty), got '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    @Override
    public String toString() {
        return "Courts[" + byCode.size() + " courts]";
    }
}
