package kz.officesud.core.fee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.core.model.PersonKind;
import kz.officesud.core.model.Tenge;
import org.jspecify.annotations.Nullable;

/**
 * The state fee's figures as data, with their sources: the monthly calculation index (МРП) by period, the Tax Code's
 * rates by period, and the exemption categories. {@link #standard()} is the bundled {@code state-fee-rates.json};
 * {@link #fromFile(Path)} reads a file of the same format (the MRP changes every year by the budget law: update the
 * data, not the code). Immutable and thread-safe.
 */
public final class StateFeeRates {
    static final String RESOURCE = "state-fee-rates.json";
    private static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final class Standard {
        static final StateFeeRates INSTANCE = load();
    }

    /** The MRP from a day on. */
    public record Mrp(LocalDate from, Tenge value, String source) {
        public Mrp {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * The rates of one period.
     *
     * @param from the first day they apply
     * @param until the last day they apply; null while in force
     * @param law the article they are in
     * @param propertyClaimPercent a claim of a property nature: this percent of its amount
     * @param propertyClaimCapMrp … at most this many MRP (no cap when absent)
     * @param nonPropertyClaimMrp a claim of a non-property nature: this many MRP
     * @param courtOrderPercentOfClaimRate an application for a court order: this percent of a claim's rate
     * @param reviewPercentOfClaimRate an appeal or cassation: this percent of the claim's rate
     */
    public record Schedule(
            LocalDate from,
            @Nullable LocalDate until,
            String law,
            Map<PersonKind, BigDecimal> propertyClaimPercent,
            Map<PersonKind, BigDecimal> propertyClaimCapMrp,
            Map<PersonKind, BigDecimal> nonPropertyClaimMrp,
            BigDecimal courtOrderPercentOfClaimRate,
            BigDecimal reviewPercentOfClaimRate) {
        public Schedule {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(law, "law");
            propertyClaimPercent = Map.copyOf(propertyClaimPercent);
            propertyClaimCapMrp = Map.copyOf(propertyClaimCapMrp);
            nonPropertyClaimMrp = Map.copyOf(nonPropertyClaimMrp);
            Objects.requireNonNull(courtOrderPercentOfClaimRate, "courtOrderPercentOfClaimRate");
            Objects.requireNonNull(reviewPercentOfClaimRate, "reviewPercentOfClaimRate");
        }

        boolean covers(LocalDate date) {
            return !date.isBefore(from) && (until == null || !date.isAfter(until));
        }
    }

    private final List<Mrp> mrp;
    private final List<Schedule> schedules;
    private final List<FeeExemption> exemptions;

    private StateFeeRates(List<Mrp> mrp, List<Schedule> schedules, List<FeeExemption> exemptions) {
        this.mrp = List.copyOf(mrp);
        this.schedules = List.copyOf(schedules);
        this.exemptions = List.copyOf(exemptions);
    }

    /** The bundled figures. */
    public static StateFeeRates standard() {
        return Standard.INSTANCE;
    }

    /**
     * Figures read from a file of the bundled format.
     *
     * @throws IllegalArgumentException the file cannot be read or breaks the format (the message names the field)
     */
    public static StateFeeRates fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IllegalArgumentException("rates file " + file + " is larger than 1 MiB");
            }
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the rates file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The MRP in force on {@code date}, if the data has one. */
    public Optional<Mrp> mrp(LocalDate date) {
        Mrp found = null;
        for (Mrp m : mrp) {
            if (!m.from().isAfter(date) && (found == null || m.from().isAfter(found.from()))) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The rates in force on {@code date}, if the data has them. */
    public Optional<Schedule> schedule(LocalDate date) {
        return schedules.stream().filter(s -> s.covers(date)).findFirst();
    }

    public List<FeeExemption> exemptions() {
        return exemptions;
    }

    /** The exemption category with {@code code}, or whose name is {@code text} (as a form may carry it). */
    public Optional<FeeExemption> exemption(String codeOrName) {
        Objects.requireNonNull(codeOrName, "codeOrName");
        String s = codeOrName.strip();
        return exemptions.stream()
                .filter(e -> e.code().equalsIgnoreCase(s) || e.nameRu().equalsIgnoreCase(s))
                .findFirst();
    }

    private static StateFeeRates load() {
        try (InputStream in = StateFeeRates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + RESOURCE + " is missing");
            }
            return parse(in.readAllBytes(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
        }
    }

    static StateFeeRates parse(byte[] bytes, String name) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("rates file " + name + " is not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("rates file " + name + " is not a JSON object");
        }
        List<Mrp> mrp = new ArrayList<>();
        int i = 0;
        for (JsonNode m : root.path("mrp")) {
            String at = "mrp[" + i++ + "]";
            mrp.add(new Mrp(
                    date(m, "from", at, name),
                    Tenge.of(decimal(m, "value", at, name)),
                    m.path("source").asText("")));
        }
        List<Schedule> schedules = new ArrayList<>();
        i = 0;
        for (JsonNode s : root.path("schedules")) {
            String at = "schedules[" + i++ + "]";
            schedules.add(new Schedule(
                    date(s, "from", at, name),
                    s.hasNonNull("until") ? date(s, "until", at, name) : null,
                    s.path("law").asText(""),
                    byKind(s.get("propertyClaimPercent"), at + ".propertyClaimPercent", name),
                    byKind(s.get("propertyClaimCapMrp"), at + ".propertyClaimCapMrp", name),
                    byKind(s.get("nonPropertyClaimMrp"), at + ".nonPropertyClaimMrp", name),
                    decimal(s, "courtOrderPercentOfClaimRate", at, name),
                    decimal(s, "reviewPercentOfClaimRate", at, name)));
        }
        List<FeeExemption> exemptions = new ArrayList<>();
        for (JsonNode e : root.path("exemptions")) {
            exemptions.add(new FeeExemption(
                    e.path("code").asText(""),
                    e.path("nameRu").asText(""),
                    e.path("basis").asText("")));
        }
        if (mrp.isEmpty() || schedules.isEmpty()) {
            throw new IllegalArgumentException("rates file " + name + " needs 'mrp' and 'schedules'");
        }
        return new StateFeeRates(mrp, schedules, exemptions);
    }

    private static Map<PersonKind, BigDecimal> byKind(@Nullable JsonNode node, String at, String name) {
        Map<PersonKind, BigDecimal> out = new EnumMap<>(PersonKind.class);
        if (node == null || node.isNull()) {
            return out;
        }
        for (PersonKind kind : PersonKind.values()) {
            if (node.hasNonNull(kind.name())) {
                out.put(kind, decimal(node, kind.name(), at, name));
            }
        }
        return out;
    }

    private static LocalDate date(JsonNode node, String field, String at, String name) {
        try {
            return LocalDate.parse(node.path(field).asText());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("rates file " + name + ": " + at + "." + field + " is not a date");
        }
    }

    private static BigDecimal decimal(JsonNode node, String field, String at, String name) {
        String text = node.path(field).asText("");
        if (text.length() > 20) {
            throw new IllegalArgumentException("rates file " + name + ": " + at + "." + field + " is too long");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rates file " + name + ": " + at + "." + field + " is not a number");
        }
    }
}
