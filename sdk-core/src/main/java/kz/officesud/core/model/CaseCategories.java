package kz.officesud.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.officesud.core.internal.DataFiles;
import kz.officesud.core.model.InvalidDataFileException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Case categories (категории дел) of the «Единый классификатор категорий дел и материалов», the classifier the
 * courts code every case by (named in the 2024 article «Как войти в судебный кабинет по ЭЦП», seed 001), each with
 * the form of proceedings and the kinds of proceedings it belongs to: a category that does not fit a claim's
 * proceedings is a violation before sending and at the court.
 *
 * <p><b>Coverage.</b> The classifier itself is not published with the seeds, and {@link #standard()} holds only the
 * categories a cited source gives with their code (the bundled {@code kz/officesud/core/model/case-categories.txt}
 * names each source): today one, {@code 142030001200070000} «По договору подряда», as the live claim wizard offers
 * it. A category the classifier in use does not list is not judged: {@link #find} is empty and no rule reports it.
 * An application that knows more codes adds them with {@link #plus(CaseCategories)} and {@link #load(Path)} (the
 * format below) and passes the result to {@code ValidationOptions.Builder.caseCategories}. Immutable and
 * thread-safe.
 *
 * <p>The format: UTF-8 text, {@code #} comments and blank lines ignored, one category a line, six columns separated
 * by {@code |}: the 18-digit code; the {@link ProceedingsForm}; the {@link Proceedings} it belongs to,
 * comma-separated (civil categories only; empty for the other forms); the names in Russian (required), Kazakh and
 * English.
 *
 * <pre>
 * 142030001200070000|CIVIL|ACTION|По договору подряда||
 * </pre>
 */
public final class CaseCategories {
    static final String RESOURCE = "case-categories.txt";

    private static final int COLUMNS = 6;
    private static final String HEADER = "code|form|proceedings|nameRu|nameKk|nameEn";

    /** Loaded on first use. */
    private static final class Standard {
        static final CaseCategories INSTANCE = loadStandard();
    }

    /**
     * One category of the classifier.
     *
     * @param category the 18-digit code
     * @param form the form of proceedings its cases are heard in
     * @param proceedings the kinds of civil proceedings it belongs to (empty for the other forms)
     * @param nameRu the name in Russian
     * @param nameKk the name in Kazakh, where known
     * @param nameEn the name in English, where known
     */
    public record Entry(
            CaseCategory category,
            ProceedingsForm form,
            Set<Proceedings> proceedings,
            String nameRu,
            @Nullable String nameKk,
            @Nullable String nameEn) {
        public Entry {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(proceedings, "proceedings");
            Objects.requireNonNull(nameRu, "nameRu");
            if (!category.isWellFormed()) {
                throw new IllegalArgumentException("a case category is an 18-digit code, got '" + category + "'");
            }
            if (nameRu.isBlank()) {
                throw new IllegalArgumentException("category " + category + " has no Russian name");
            }
            if (form == ProceedingsForm.CIVIL && proceedings.isEmpty()) {
                throw new IllegalArgumentException("civil category " + category + " belongs to no proceedings");
            }
            if (form != ProceedingsForm.CIVIL && !proceedings.isEmpty()) {
                throw new IllegalArgumentException(
                        "category " + category + " is " + form + ": the kinds of proceedings are civil ones");
            }
            proceedings = proceedings.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(proceedings));
        }

        /** Whether a claim in {@code proceedings} may carry this category. */
        public boolean fits(Proceedings proceedings) {
            return this.proceedings.contains(Objects.requireNonNull(proceedings, "proceedings"));
        }

        /** The name in {@code locale}'s language, falling back to Russian. */
        public String name(Locale locale) {
            return LocalizedName.of(locale, nameRu, nameKk, nameEn);
        }
    }

    private final Map<CaseCategory, Entry> entries;

    private CaseCategories(Map<CaseCategory, Entry> entries) {
        this.entries = entries;
    }

    /** The categories bundled with the SDK (see the coverage note above). */
    public static CaseCategories standard() {
        return Standard.INSTANCE;
    }

    /** A classifier of exactly {@code entries}; codes must be unique. */
    public static CaseCategories of(Collection<Entry> entries) {
        Map<CaseCategory, Entry> map = new LinkedHashMap<>();
        for (Entry entry : entries) {
            Objects.requireNonNull(entry, "entry");
            if (map.putIfAbsent(entry.category(), entry) != null) {
                throw new IllegalArgumentException("two categories with code " + entry.category());
            }
        }
        return new CaseCategories(Collections.unmodifiableMap(map));
    }

    /**
     * Reads categories in the format above; a wrong line is an {@link InvalidDataFileException} naming the file,
     * the line and the problem, and nothing of the file is used.
     */
    public static CaseCategories load(Path file) {
        return fromRows(DataFiles.read(file, COLUMNS, HEADER));
    }

    /** Reads categories in the format above from {@code in} (not closed); {@code sourceName} names it in errors. */
    public static CaseCategories read(InputStream in, String sourceName) {
        return fromRows(DataFiles.read(in, sourceName, COLUMNS, HEADER));
    }

    /** The entry of {@code category}, if the classifier lists it. */
    public Optional<Entry> find(CaseCategory category) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(category, "category")));
    }

    /** Every category, in the order listed. */
    public List<Entry> all() {
        return List.copyOf(entries.values());
    }

    /** These categories and {@code more}'s; a code in both takes {@code more}'s entry. */
    public CaseCategories plus(CaseCategories more) {
        Objects.requireNonNull(more, "more");
        Map<CaseCategory, Entry> merged = new LinkedHashMap<>(entries);
        merged.putAll(more.entries);
        return new CaseCategories(Collections.unmodifiableMap(merged));
    }

    private static CaseCategories loadStandard() {
        try (InputStream in = CaseCategories.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the case categories " + RESOURCE + " are missing from sdk-core");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the case categories " + RESOURCE, e);
        }
    }

    private static CaseCategories fromRows(List<DataFiles.Row> rows) {
        Map<String, Integer> lineOf = new HashMap<>();
        Map<CaseCategory, Entry> map = new LinkedHashMap<>();
        for (DataFiles.Row row : rows) {
            CaseCategory category = new CaseCategory(row.column(0));
            Integer earlier = lineOf.putIfAbsent(category.code(), row.line());
            if (earlier != null) {
                throw row.error(Reason.DUPLICATE, "category " + category + " is already listed at line " + earlier);
            }
            ProceedingsForm form = row.constant(1, ProceedingsForm.class, "form of proceedings");
            Set<Proceedings> proceedings = EnumSet.noneOf(Proceedings.class);
            if (!row.column(2).isEmpty()) {
                for (String name : row.column(2).split(",", -1)) {
                    proceedings.add(row.constant(name, Proceedings.class, "kind of proceedings"));
                }
            }
            try {
                map.put(
                        category,
                        new Entry(category, form, proceedings, row.column(3), row.optional(4), row.optional(5)));
            } catch (IllegalArgumentException e) {
                throw row.error(Reason.INVALID_VALUE, e.getMessage());
            }
        }
        return new CaseCategories(Collections.unmodifiableMap(map));
    }

    @Override
    public String toString() {
        return "CaseCategories[" + entries.size() + " categories]";
    }
}
