package kz.officesud.filing.live.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.officesud.filing.live.PageChangedException;
import kz.officesud.filing.live.PageMapping;
import kz.officesud.transport.CourtIoException;
import okhttp3.HttpUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A page of the live cabinet as the browser would hold it: the parsed document, changed in place by partial responses,
 * and its elements found through the {@link PageMapping}. An element the mapping describes but the page lacks is one
 * {@link PageChangedException} naming the page and the element.
 */
final class Page {
    static final String VIEW_STATE = "javax.faces.ViewState";

    private PageMapping.Page map;
    private final Document doc;
    private final HttpUrl url;

    Page(PageMapping.Page map, String html, HttpUrl url) {
        this.map = map;
        this.doc = Jsoup.parse(html, url.toString());
        this.url = url;
    }

    HttpUrl url() {
        return url;
    }

    String name() {
        return map.name();
    }

    PageMapping.Page mapping() {
        return map;
    }

    /** The same document read as another page of the mapping (a wizard's next step). */
    void as(PageMapping.Page next) {
        this.map = next;
    }

    Element find(String element) {
        return findOptional(element).orElseThrow(() -> changed(element));
    }

    Optional<Element> findOptional(String element) {
        PageMapping.Locator locator = map.element(element);
        return switch (locator.kind()) {
            case "css" -> Optional.ofNullable(doc.selectFirst(locator.value()));
            case "field" ->
                doc.select("[name]").stream()
                        .filter(e -> e.attr("name").endsWith(":" + locator.value()))
                        .findFirst();
            case "label" ->
                doc.select("label").stream()
                        .filter(l -> l.text().strip().equals(locator.value()) && l.hasAttr("for"))
                        .findFirst()
                        .map(l -> doc.getElementById(l.attr("for")));
            case "button" ->
                doc.select("input[type=submit], input[type=button], button").stream()
                        .filter(b -> (b.tagName().equals("button") ? b.text() : b.attr("value"))
                                .strip()
                                .equals(locator.value()))
                        .findFirst();
            case "link" ->
                doc.select("a[href]").stream()
                        .filter(a -> a.text().strip().equals(locator.value()))
                        .findFirst();
            case "script" -> scriptMatch(locator.value()).map(doc::getElementById);
            default -> throw new IllegalStateException("unknown locator kind " + locator.kind());
        };
    }

    /** The id an element is known by in partial posts: the script's group for a script locator, else its id. */
    String id(String element) {
        PageMapping.Locator locator = map.element(element);
        if (locator.kind().equals("script")) {
            return scriptMatch(locator.value()).orElseThrow(() -> changed(element));
        }
        Element e = find(element);
        String id = e.id().isEmpty() ? e.attr("name") : e.id();
        if (id.isEmpty()) {
            throw changed(element);
        }
        return id;
    }

    /** The name a field is posted under ({@code <form id>:<field>}). */
    String name(String element) {
        Element e = find(element);
        String name = e.attr("name");
        if (name.isEmpty()) {
            throw changed(element);
        }
        return name;
    }

    /** The form an element belongs to. */
    Element form(String element) {
        Element e = find(element);
        for (Element p = e; p != null; p = p.parent()) {
            if (p.tagName().equals("form")) {
                return p;
            }
        }
        throw new PageChangedException(
                name(), element + " (its form)", map.element(element).toString());
    }

    String formId(Element form) {
        String id = form.id().isEmpty() ? form.attr("name") : form.id();
        if (id.isEmpty()) {
            throw new PageChangedException(name(), "(form id)", "the id of the form");
        }
        return id;
    }

    /** The view state of a form (JSF writes one per form). */
    String viewState(Element form) {
        Element input = form.getElementsByAttributeValue("name", VIEW_STATE).first();
        if (input == null) {
            input = doc.getElementsByAttributeValue("name", VIEW_STATE).first();
        }
        if (input == null) {
            throw new PageChangedException(name(), VIEW_STATE, "input[name=" + VIEW_STATE + "]");
        }
        return input.val();
    }

    /** What the page says (its messages), when the mapping names where they are. */
    List<String> messages() {
        if (!map.elements().containsKey("messages")) {
            return List.of();
        }
        List<String> said = new ArrayList<>();
        for (Element e : doc.select(map.element("messages").value())) {
            String text = e.text().strip();
            if (!text.isEmpty()) {
                said.add(text);
            }
        }
        return said;
    }

    /** The value beside a label in a definition list ({@code <dt>label</dt><dd>value</dd>}), if the page has it. */
    Optional<String> definition(Element within, String text) {
        String label = map.text(text);
        for (Element dt : within.select("dt")) {
            if (dt.text().strip().equals(label)) {
                Element dd = dt.nextElementSibling();
                if (dd != null && dd.tagName().equals("dd")) {
                    return Optional.of(dd.text().strip());
                }
            }
        }
        return Optional.empty();
    }

    String requiredDefinition(Element within, String text) {
        return definition(within, text)
                .orElseThrow(() -> new PageChangedException(name(), text, "the label '" + map.text(text) + "'"));
    }

    /**
     * The rows of a table read by its column headers, the headers being the mapping's texts named {@code columns}:
     * each row's cells by column name. A missing column, or a row short of cells, is a {@link PageChangedException}.
     */
    List<java.util.Map<String, Element>> rows(Element table, List<String> columns) {
        List<String> headers = table.select("thead th").eachText();
        java.util.Map<String, Integer> index = new java.util.LinkedHashMap<>();
        for (String column : columns) {
            int i = headers.indexOf(map.text(column));
            if (i < 0) {
                throw new PageChangedException(name(), column, "the column '" + map.text(column) + "'");
            }
            index.put(column, i);
        }
        List<java.util.Map<String, Element>> rows = new ArrayList<>();
        for (Element row : table.select("tbody > tr")) {
            var cells = row.select("> td");
            if (cells.size() < headers.size()) {
                throw new PageChangedException(name(), "row cells", "a row with a cell for every column");
            }
            java.util.Map<String, Element> byColumn = new java.util.LinkedHashMap<>();
            index.forEach((column, i) -> byColumn.put(column, cells.get(i)));
            rows.add(byColumn);
        }
        return rows;
    }

    /** The whole text of an element (a textarea's XML), unescaped, whitespace kept. */
    String wholeText(String element) {
        Element e = find(element);
        return e.tagName().equals("textarea") || e.tagName().equals("input") ? e.val() : e.wholeText();
    }

    /** Applies a JSF partial response: each {@code <update id>} replaces its element; the view state is renewed. */
    void apply(String operation, String xml) {
        Document partial = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = partial.selectFirst("partial-response");
        if (root == null) {
            throw new CourtIoException(operation + ": the live cabinet's answer is not a JSF partial response");
        }
        Element error = root.selectFirst("error");
        if (error != null) {
            String errorName = Optional.ofNullable(error.selectFirst("error-name"))
                    .map(Element::text)
                    .orElse("an error");
            throw new CourtIoException(operation + ": the live cabinet answered " + errorName
                    + (errorName.contains("ViewExpired") ? " (the session or page expired; log in again)" : ""));
        }
        if (root.selectFirst("redirect") != null) {
            throw new CourtIoException(operation + ": the live cabinet sent the session back to "
                    + root.selectFirst("redirect").attr("url") + " (the session has ended; log in again)");
        }
        for (Element update : root.select("changes > update")) {
            String id = update.attr("id");
            String content = update.wholeText();
            if (id.contains(VIEW_STATE)) {
                for (Element input : doc.getElementsByAttributeValue("name", VIEW_STATE)) {
                    input.val(content.strip());
                }
                continue;
            }
            Element target = doc.getElementById(id);
            if (target == null) {
                throw new PageChangedException(name(), "update target " + id, "the id a partial response updates");
            }
            target.before(content);
            target.remove();
        }
    }

    private Optional<String> scriptMatch(String regex) {
        Pattern pattern = Pattern.compile(regex);
        for (Element script : doc.select("script")) {
            Matcher m = pattern.matcher(script.data());
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        for (Element e : doc.getAllElements()) {
            for (var attribute : e.attributes()) {
                if (attribute.getKey().startsWith("on")) {
                    Matcher m = pattern.matcher(attribute.getValue());
                    if (m.find()) {
                        return Optional.of(m.group(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private PageChangedException changed(String element) {
        return new PageChangedException(name(), element, map.element(element).toString());
    }
}
