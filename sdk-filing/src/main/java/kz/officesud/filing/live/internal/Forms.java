package kz.officesud.filing.live.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import okhttp3.FormBody;
import org.jsoup.nodes.Element;

/** What a browser would post from a form: its fields' current values, with the caller's changes on top. */
final class Forms {
    private Forms() {}

    /** The fields of {@code form} as a browser posts them: checked boxes and radios only, no buttons or files. */
    static Map<String, String> current(Element form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element e : form.select("input[name], select[name], textarea[name]")) {
            String name = e.attr("name");
            switch (e.tagName()) {
                case "select" -> {
                    Element option = e.selectFirst("option[selected]");
                    if (option == null) {
                        option = e.selectFirst("option");
                    }
                    values.putIfAbsent(name, option == null ? "" : option.attr("value"));
                }
                case "textarea" -> values.putIfAbsent(name, e.val());
                default -> {
                    String type = e.attr("type").toLowerCase(Locale.ROOT);
                    switch (type) {
                        case "submit", "button", "image", "reset", "file" -> {
                            // a button is posted only when it is the one pressed; files go in a multipart post
                        }
                        case "checkbox", "radio" -> {
                            if (e.hasAttr("checked")) {
                                values.put(name, e.hasAttr("value") ? e.val() : "on");
                            }
                        }
                        default -> values.putIfAbsent(name, e.val());
                    }
                }
            }
        }
        return values;
    }

    /** A URL-encoded body of {@code fields}. */
    static FormBody encode(Map<String, String> fields) {
        FormBody.Builder body = new FormBody.Builder(java.nio.charset.StandardCharsets.UTF_8);
        fields.forEach(body::add);
        return body.build();
    }

    /**
     * The parameters of a RichFaces partial post from {@code source} on {@code event}; a pressed button is also posted
     * under its own name (a field's value is already among the form's fields).
     */
    static Map<String, String> ajax(String source, String event, String render, boolean button) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("javax.faces.source", source);
        p.put("javax.faces.partial.event", event);
        p.put("javax.faces.partial.execute", source + " @component");
        p.put("javax.faces.partial.render", render);
        p.put("org.richfaces.ajax.component", source);
        if (button) {
            p.put(source, source);
        }
        p.put("javax.faces.partial.ajax", "true");
        p.put("AJAX:EVENTS_COUNT", "1");
        return p;
    }
}
