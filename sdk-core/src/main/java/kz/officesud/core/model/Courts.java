package kz.officesud.core.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A court directory: the courts by their 4-digit code. {@link #standard()} is the directory bundled with
 * the SDK ({@code kz/officesud/core/model/courts.txt}, whose header names its source and format); a
 * reference court or a test may build its own with {@link #of(Collection)}. Immutable and thread-safe.
 */
public final class Courts {
    static final String RESOURCE = "courts.txt";

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

    /** A directory of {@code courts}; codes must be unique. */
    public static Courts of(Collection<Court> courts) {
        Map<String, Court> map = new LinkedHashMap<>();
        for (Court court : courts) {
            Objects.requireNonNull(court, "court");
            if (map.putIfAbsent(court.code(), court) != null) {
                throw new IllegalArgumentException("two courts with code " + court.code());
            }
        }
        return new Courts(Collections.unmodifiableMap(map));
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
        return byCode.values().stream().filter(c -> c.officeId() == officeId).findFirst();
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

    private static Courts loadStandard() {
        try (InputStream in = Courts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the court directory " + RESOURCE + " is missing from sdk-core");
            }
            Courts courts = parse(in, RESOURCE);
            LOG.debug("loaded the court directory {}: {} courts", RESOURCE, courts.byCode.size());
            return courts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the court directory " + RESOURCE, e);
        }
    }

    /**
     * Reads a directory in the format of {@code courts.txt}: UTF-8, {@code #} comments, one court a line,
     * columns separated by {@code |}: code, officeId, region (a {@link Region} name), instance (a {@link
     * CourtInstance} name), name in Russian, in Kazakh, in English (the last two may be empty).
     */
    static Courts parse(InputStream in, String sourceName) throws IOException {
        List<Court> courts = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cols = trimmed.split("\\|", -1);
            if (cols.length != 7) {
                throw new IllegalStateException(
                        sourceName + ":" + lineNumber + ": expected 7 columns, got " + cols.length);
            }
            try {
                courts.add(new Court(
                        cols[0].strip(),
                        Integer.parseInt(cols[1].strip()),
                        Region.valueOf(cols[2].strip()),
                        cols[4].strip(),
                        emptyToNull(cols[5]),
                        emptyToNull(cols[6]),
                        CourtInstance.valueOf(cols[3].strip())));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(sourceName + ":" + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return of(courts);
    }

    private static @Nullable String emptyToNull(String s) {
        String stripped = s.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    @Override
    public String toString() {
        return "Courts[" + byCode.size() + " courts]";
    }
}
