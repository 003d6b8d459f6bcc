package kz.officesud.mockserver.internal.cabinet;

import java.nio.charset.StandardCharsets;
import kz.officesud.mockserver.internal.http.Response;

/** Writing the cabinet's XHTML: escaping, the page frame, JSF's partial response. */
final class Html {
    static final String XHTML = "text/html; charset=UTF-8";
    static final String PARTIAL = "text/xml; charset=UTF-8";
    /** The id JSF gives the view state's hidden input (and its partial-response update). */
    static final String VIEW_STATE_ID = "j_id1:javax.faces.ViewState:0";

    private Html() {}

    static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String viewState(String value) {
        return "<input type=\"hidden\" name=\"javax.faces.ViewState\" id=\"" + VIEW_STATE_ID + "\" value=\""
                + esc(value) + "\" autocomplete=\"off\"/>";
    }

    /** A JSF form's opening: the form and the hidden field naming it, as JSF writes every form. */
    static String formOpen(String id, String action, String enctype) {
        return "<form id=\"" + id + "\" name=\"" + id + "\" method=\"post\" action=\"" + action + "\" enctype=\""
                + enctype + "\"><input type=\"hidden\" name=\"" + id + "\" value=\"" + id + "\"/>";
    }

    /** A submit button posted under its own (generated) id. */
    static String submit(String id, String text) {
        return "<input type=\"submit\" name=\"" + id + "\" id=\"" + id + "\" value=\"" + esc(text) + "\"/>";
    }

    static Response page(String title, String body) {
        String html = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ru\"><head>"
                + "<meta charset=\"UTF-8\"/><title>" + esc(title) + " — Судебный кабинет</title>"
                + "<script src=\"/javax.faces.resource/jsf.js.xhtml?ln=javax.faces\"></script>"
                + "<script src=\"/javax.faces.resource/richfaces.js.xhtml\"></script>"
                + "</head><body>" + body + "</body></html>";
        return Response.bytes(200, XHTML, html.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSF partial response updating {@code id} with {@code html} and the view state. */
    static Response partial(String id, String html, String viewState) {
        String xml = "<?xml version='1.0' encoding='UTF-8'?>\n<partial-response id=\"j_id1\"><changes>"
                + "<update id=\"" + esc(id) + "\"><![CDATA[" + cdata(html) + "]]></update>"
                + "<update id=\"" + VIEW_STATE_ID + "\"><![CDATA[" + cdata(viewState) + "]]></update>"
                + "</changes></partial-response>";
        return Response.bytes(200, PARTIAL, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** JSF's answer to a partial post whose view is gone: {@code ViewExpiredException}. */
    static Response viewExpired() {
        String xml = "<?xml version='1.0' encoding='UTF-8'?>\n<partial-response id=\"j_id1\"><error>"
                + "<error-name>javax.faces.application.ViewExpiredException</error-name>"
                + "<error-message><![CDATA[Сеанс устарел: обновите страницу]]></error-message>"
                + "</error></partial-response>";
        return Response.bytes(200, PARTIAL, xml.getBytes(StandardCharsets.UTF_8));
    }

    static Response redirect(String location) {
        return Response.empty(302).header("Location", location);
    }

    private static String cdata(String text) {
        return text.replace("]]>", "]]]]><![CDATA[>");
    }
}
