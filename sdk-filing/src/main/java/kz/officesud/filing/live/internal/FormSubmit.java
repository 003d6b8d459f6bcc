package kz.officesud.filing.live.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.officesud.filing.live.PageChangedException;
import org.jsoup.nodes.Element;

/**
 * A whole form posted as a browser posts it when a button is pressed: its fields as the page holds them, the caller's
 * values on top, the view state, and the button; the answer is the next page (read with the same page of the
 * mapping). Field values never reach a log.
 */
final class FormSubmit {
    private final Page page;
    private final String button;
    private final Element form;
    private final Map<String, String> changes = new LinkedHashMap<>();

    private FormSubmit(Page page, String button) {
        this.page = page;
        this.button = button;
        this.form = page.form(button);
    }

    /** The form of {@code button} (an element of the page's mapping), to be posted by pressing it. */
    static FormSubmit of(Page page, String button) {
        return new FormSubmit(page, button);
    }

    /** Sets a field found through the mapping. */
    FormSubmit set(String element, String value) {
        changes.put(page.name(element), value);
        return this;
    }

    /** Chooses the option of value {@code value} in a list found through the mapping; it must be among its options. */
    FormSubmit option(String element, String value) {
        Element select = page.find(element);
        if (select.select("option").stream().noneMatch(o -> o.attr("value").equals(value))) {
            throw new PageChangedException(page.name(), element + " option " + value, "an option of value " + value);
        }
        return set(element, value);
    }

    Page submit(WebClient client, String operation) {
        Map<String, String> fields = Forms.current(form);
        fields.put(Page.VIEW_STATE, page.viewState(form));
        fields.putAll(changes);
        Element pressed = page.find(button);
        if (!pressed.attr("name").isEmpty()) {
            fields.put(pressed.attr("name"), pressed.val());
        }
        try {
            WebClient.Fetched answer =
                    client.post(operation, WebCabinet.action(client, page, form), Forms.encode(fields), false);
            return new Page(page.mapping(), answer.body(), answer.url());
        } finally {
            fields.clear();
        }
    }
}
