package kz.officesud.filing.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Where the elements of the live cabinet's pages are, as data: for each page its path, the heading that identifies a
 * wizard step, each element found by what it is — never by a generated id — and the texts read beside values (labels
 * of a definition list, headers of a table, an option's label). An element is found by exactly one of:
 *
 * <ul>
 *   <li>{@code css}: a CSS selector, e.g. {@code form input[type=email]};
 *   <li>{@code field}: a JSF field name after its form's id, e.g. {@code edit-totalSum} for {@code <form id>:edit-totalSum};
 *   <li>{@code label}: the element a {@code <label>} with this text is for;
 *   <li>{@code button}: the submit input or button showing this text;
 *   <li>{@code link}: the link showing this text;
 *   <li>{@code script}: a regular expression over the page's scripts and event attributes whose first group is the
 *       element's id, e.g. {@code goNext = function\(\)\{ RichFaces.ajax\("([^"]+)"}.
 * </ul>
 *
 * The bundled mapping ({@link #standard()}) describes office.sud.kz as public automation code drives it; when the site
 * changes, a corrected copy is loaded with {@link #load(Path)} — no new release needed. A replacement must define every
 * page and element the bundled one does.
 */
public final class PageMapping {
    static final String RESOURCE = "cabinet-pages.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KINDS = Set.of("css", "field", "label", "button", "link", "script");
    private static final int MAX_BYTES = 1024 * 1024;
    private static volatile @Nullable PageMapping standard;

    private final Map<String, Page> pages;
    private final String source;

    private PageMapping(Map<String, Page> pages, String source) {
        this.pages = Map.copyOf(pages);
        this.source = source;
    }

    /** How one element is found. */
    public record Locator(String kind, String value, boolean optional) {
        public Locator {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return kind + " '" + value + "'";
        }
    }

    /**
     * One page.
     *
     * @param path its path below the cabinet's address, if it is opened directly
     * @param heading what the heading of a wizard step says, if the page is one
     * @param elements its elements by name
     * @param texts texts read beside values, by name
     */
    public record Page(
            String name,
            @Nullable String path,
            @Nullable String heading,
            Map<String, Locator> elements,
            Map<String, String> texts) {
        public Page {
            Objects.requireNonNull(name, "name");
            elements = Map.copyOf(elements);
            texts = Map.copyOf(texts);
        }

        /** The element's locator; {@link PageChangedException} when the mapping has none. */
        public Locator element(String element) {
            Locator locator = elements.get(element);
            if (locator == null) {
                throw new PageChangedException(name, element, "nothing: the page mapping does not name it");
            }
            return locator;
        }

        /** The text; {@link PageChangedException} when the mapping has none. */
        public String text(String text) {
            String value = texts.get(text);
            if (value == null) {
                throw new PageChangedException(name, text, "nothing: the page mapping has no such text");
            }
            return value;
        }
    }

    /** The mapping bundled with this release. */
    public static PageMapping standard() {
        PageMapping s = standard;
        if (s == null) {
            try (InputStream in = PageMapping.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled page mapping " + RESOURCE + " is missing");
                }
                s = parse(in, "bundled " + RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled page mapping", e);
            }
            standard = s;
        }
        return s;
    }

    /**
     * A mapping from a file (JSON, the bundled one's format).
     *
     * @throws IllegalArgumentException the file is not a mapping, or lacks a page or element the bundled one has
     * @throws UncheckedIOException the file cannot be read
     */
    public static PageMapping load(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page mapping " + file, e);
        }
    }

    /** As {@link #load(Path)}, from a stream (not closed); {@code source} names it in errors. */
    public static PageMapping read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        PageMapping mapping;
        try {
            mapping = parse(in, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page mapping " + source, e);
        }
        List<String> missing = new ArrayList<>();
        for (Page page : standard().pages.values()) {
            Page other = mapping.pages.get(page.name());
            if (other == null) {
                missing.add(page.name());
                continue;
            }
            for (Map.Entry<String, Locator> e : page.elements().entrySet()) {
                if (!e.getValue().optional() && !other.elements().containsKey(e.getKey())) {
                    missing.add(page.name() + "." + e.getKey());
                }
            }
            for (String text : page.texts().keySet()) {
                if (!other.texts().containsKey(text)) {
                    missing.add(page.name() + ".texts." + text);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the page mapping " + source + " lacks " + new TreeSet<>(missing));
        }
        return mapping;
    }

    /** The page named {@code name}; {@link PageChangedException} when the mapping has none. */
    public Page page(String name) {
        Page page = pages.get(name);
        if (page == null) {
            throw new PageChangedException(name, "(page)", "nothing: the page mapping has no such page");
        }
        return page;
    }

    public Set<String> pageNames() {
        return new TreeSet<>(pages.keySet());
    }

    /** Where the mapping came from. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "PageMapping[" + source + ", " + pages.size() + " pages]";
    }

    private static PageMapping parse(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "the page mapping " + source + " is larger than " + MAX_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "the page mapping " + source + " is not JSON: " + e.getOriginalMessage());
        }
        if (root == null
                || root.path("version").asInt() != 1
                || !root.path("pages").isObject()) {
            throw new IllegalArgumentException(
                    "the page mapping " + source + " is not one: it needs \"version\": 1 and \"pages\"");
        }
        Map<String, Page> pages = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        root.path("pages").properties().iterator();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode node = p.getValue();
            Map<String, Locator> elements = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> els =
                            node.path("elements").properties().iterator();
                    els.hasNext(); ) {
                Map.Entry<String, JsonNode> e = els.next();
                elements.put(e.getKey(), locator(source, p.getKey(), e.getKey(), e.getValue()));
            }
            Map<String, String> texts = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> ts =
                            node.path("texts").properties().iterator();
                    ts.hasNext(); ) {
                Map.Entry<String, JsonNode> t = ts.next();
                if (!t.getValue().isTextual()) {
                    throw new IllegalArgumentException("the page mapping " + source + ": " + p.getKey() + ".texts."
                            + t.getKey() + " is not a text");
                }
                texts.put(t.getKey(), t.getValue().asText());
            }
            pages.put(
                    p.getKey(),
                    new Page(
                            p.getKey(),
                            text(node, "path").orElse(null),
                            text(node, "heading").orElse(null),
                            elements,
                            texts));
        }
        wizardServices(pages, source);
        return new PageMapping(pages, source);
    }

    /** The wizard's steps a service may take after the first, in the order the wizard leads through them. */
    static final List<String> WIZARD_STEPS =
            List.of("wizard.case", "wizard.participants", "wizard.payment", "wizard.documents");

    /**
     * Checks the wizard's services as data: each {@code steps.<SERVICE>} of page {@code wizard.kind} names steps the
     * adapter drives, each once, in the wizard's order, and the service has its {@code docType.} and {@code instance.}
     * texts — so that a mistake in a mapping is found when it is loaded, not half-way through a filing.
     */
    private static void wizardServices(Map<String, Page> pages, String source) {
        Page kind = pages.get("wizard.kind");
        if (kind == null) {
            return;
        }
        for (Map.Entry<String, String> text : kind.texts().entrySet()) {
            if (!text.getKey().startsWith("steps.")) {
                continue;
            }
            String service = text.getKey().substring("steps.".length());
            List<String> steps = List.of(text.getValue().strip().split("\\s+"));
            int last = -1;
            for (String step : steps) {
                int at = WIZARD_STEPS.indexOf(step);
                if (at <= last || !pages.containsKey(step)) {
                    throw new IllegalArgumentException("the page mapping " + source + ": wizard.kind.texts."
                            + text.getKey() + " must name steps among " + WIZARD_STEPS
                            + ", each once and in that order, each a page of the mapping; '" + step + "' is not");
                }
                last = at;
            }
            for (String needed : List.of("docType." + service, "instance." + service)) {
                if (!kind.texts().containsKey(needed)) {
                    throw new IllegalArgumentException("the page mapping " + source + ": service " + service
                            + " lacks wizard.kind.texts." + needed);
                }
            }
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static Locator locator(String source, String page, String element, JsonNode node) {
        List<String> kinds = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (KINDS.contains(name)) {
                kinds.add(name);
            }
        });
        if (kinds.size() != 1 || !node.path(kinds.get(0)).isTextual()) {
            throw new IllegalArgumentException("the page mapping " + source + ": " + page + "." + element
                    + " must be found by exactly one of " + new TreeSet<>(KINDS));
        }
        String kind = kinds.get(0);
        String value = node.path(kind).asText();
        if (kind.equals("script")) {
            try {
                if (Pattern.compile(value).matcher("").groupCount() < 1) {
                    throw new IllegalArgumentException("the page mapping " + source + ": " + page + "." + element
                            + "'s script pattern has no group for the id");
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("the page mapping " + source + ": " + page + "." + element
                        + "'s script pattern is not a regular expression: " + e.getDescription());
            }
        }
        return new Locator(kind, value, node.path("optional").asBoolean(false));
    }
}
