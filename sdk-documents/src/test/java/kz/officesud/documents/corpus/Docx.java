package kz.officesud.documents.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds Word-like DOCX files: the parts and relationships Word writes (styles with document defaults and theme
 * fonts, a theme, settings, font table, header, footer, footnotes), with the body, styles and theme fonts the test
 * chooses. Paragraphs are given as WordprocessingML, helped by {@link #p}, {@link #r}.
 */
public final class Docx {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String NS = "xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:w=\"" + W + "\""
            + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\"";

    private String minorFont = "Times New Roman";
    private String majorFont = "Times New Roman";
    private String defaultRunProps =
            "<w:rFonts w:asciiTheme=\"minorHAnsi\" w:eastAsiaTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\""
                    + " w:cstheme=\"minorBidi\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"ru-RU\"/>";
    private String defaultParaProps = "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>";
    private String normalRunProps = "";
    private final List<String> extraStyles = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder header = new StringBuilder();
    private final StringBuilder footnotes = new StringBuilder();
    private String mainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private String documentPrologue = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    public static Docx word() {
        return new Docx();
    }

    /** The theme's minor (body) and major (heading) Latin fonts. */
    public Docx themeFonts(String minor, String major) {
        this.minorFont = minor;
        this.majorFont = major;
        return this;
    }

    /** The run properties of {@code w:docDefaults/w:rPrDefault}. */
    public Docx defaultRunProps(String rPr) {
        this.defaultRunProps = rPr;
        return this;
    }

    /** The paragraph properties of {@code w:docDefaults/w:pPrDefault}. */
    public Docx defaultParaProps(String pPr) {
        this.defaultParaProps = pPr;
        return this;
    }

    /** The run properties of the Normal style. */
    public Docx normalRunProps(String rPr) {
        this.normalRunProps = rPr;
        return this;
    }

    /** Another {@code w:style} element. */
    public Docx style(String styleXml) {
        extraStyles.add(styleXml);
        return this;
    }

    /** Body content (paragraphs, tables). */
    public Docx body(String... xml) {
        for (String s : xml) {
            body.append(s);
        }
        return this;
    }

    /** Header content. */
    public Docx header(String... xml) {
        for (String s : xml) {
            header.append(s);
        }
        return this;
    }

    /** A footnote (id from 1). */
    public Docx footnote(int id, String... paragraphs) {
        footnotes.append("<w:footnote w:id=\"").append(id).append("\">");
        for (String s : paragraphs) {
            footnotes.append(s);
        }
        footnotes.append("</w:footnote>");
        return this;
    }

    /** Another content type for the main part (docm, dotx…). */
    public Docx mainContentType(String type) {
        this.mainContentType = type;
        return this;
    }

    /** Text placed before the document element of document.xml (e.g. a DTD). */
    public Docx documentPrologue(String prologue) {
        this.documentPrologue = prologue;
        return this;
    }

    /** A paragraph with properties and runs. */
    public static String p(String pPr, String... runs) {
        return "<w:p>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + String.join("", runs) + "</w:p>";
    }

    /** A paragraph of one plain run. */
    public static String p(String text) {
        return p("", r("", text));
    }

    /** A run with properties and text. */
    public static String r(String rPr, String text) {
        return "<w:r>" + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "<w:t xml:space=\"preserve\">"
                + esc(text) + "</w:t></w:r>";
    }

    public static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public List<RawZip.Entry> entries() {
        List<RawZip.Entry> e = new ArrayList<>();
        e.add(RawZip.Entry.of("[Content_Types].xml", contentTypes()));
        e.add(RawZip.Entry.of(
                "_rels/.rels",
                xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "</Relationships>")));
        e.add(RawZip.Entry.of("word/document.xml", documentXml()));
        e.add(RawZip.Entry.of(
                "word/_rels/document.xml.rels",
                xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + rel("rId1", "styles", "styles.xml") + rel("rId2", "settings", "settings.xml")
                        + rel("rId3", "fontTable", "fontTable.xml") + rel("rId4", "theme", "theme/theme1.xml")
                        + rel("rId5", "header", "header1.xml") + rel("rId6", "footnotes", "footnotes.xml")
                        + "</Relationships>")));
        e.add(RawZip.Entry.of("word/styles.xml", stylesXml()));
        e.add(
                RawZip.Entry.of(
                        "word/settings.xml",
                        xml(
                                "<w:settings " + NS + "><w:zoom w:percent=\"100\"/>"
                                        + "<w:defaultTabStop w:val=\"708\"/><w:characterSpacingControl w:val=\"doNotCompress\"/></w:settings>")));
        e.add(RawZip.Entry.of(
                "word/fontTable.xml",
                xml("<w:fonts " + NS + "><w:font w:name=\"Times New Roman\">"
                        + "<w:panose1 w:val=\"02020603050405020304\"/><w:charset w:val=\"CC\"/><w:family w:val=\"roman\"/>"
                        + "</w:font></w:fonts>")));
        e.add(RawZip.Entry.of("word/theme/theme1.xml", themeXml()));
        e.add(RawZip.Entry.of("word/header1.xml", xml("<w:hdr " + NS + ">" + header + "</w:hdr>")));
        e.add(RawZip.Entry.of(
                "word/footnotes.xml",
                xml("<w:footnotes " + NS + ">"
                        + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                        + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                        + footnotes + "</w:footnotes>")));
        e.add(
                RawZip.Entry.of(
                        "docProps/core.xml",
                        xml(
                                "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                                        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>officesud tests</dc:creator></cp:coreProperties>")));
        return e;
    }

    public Path build(Path target) throws IOException {
        RawZip.write(target, entries());
        return target;
    }

    public String documentXml() {
        return documentPrologue + "<w:document " + NS + "><w:body>" + body
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId5\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>"
                + "</w:sectPr></w:body></w:document>";
    }

    private String contentTypes() {
        return xml("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + mainContentType + "\"/>"
                + ovr("styles", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")
                + ovr("settings", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml")
                + ovr("fontTable", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml")
                + ovr("header1", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml")
                + ovr("footnotes", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml")
                + "<Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "</Types>");
    }

    private String stylesXml() {
        return xml("<w:styles " + NS + "><w:docDefaults><w:rPrDefault><w:rPr>" + defaultRunProps
                + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>" + defaultParaProps
                + "</w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:latentStyles w:defLockedState=\"0\" w:defUIPriority=\"99\"><w:lsdException w:name=\"Normal\" w:uiPriority=\"0\" w:qFormat=\"1\"/></w:latentStyles>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/><w:qFormat/>"
                + (normalRunProps.isEmpty() ? "" : "<w:rPr>" + normalRunProps + "</w:rPr>") + "</w:style>"
                + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"a0\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"a1\"><w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/></w:tblPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/><w:next w:val=\"a\"/>"
                + "<w:pPr><w:keepNext/><w:spacing w:before=\"480\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
                + "<w:rPr><w:rFonts w:asciiTheme=\"majorHAnsi\" w:hAnsiTheme=\"majorHAnsi\"/><w:b/></w:rPr></w:style>"
                + String.join("", extraStyles) + "</w:styles>");
    }

    private String themeXml() {
        return xml("<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office Theme\">"
                + "<a:themeElements><a:clrScheme name=\"Office\"><a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1></a:clrScheme>"
                + "<a:fontScheme name=\"Office\"><a:majorFont><a:latin typeface=\"" + majorFont
                + "\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
                + "<a:font script=\"Cyrl\" typeface=\"Arial\"/></a:majorFont>"
                + "<a:minorFont><a:latin typeface=\"" + minorFont
                + "\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont></a:fontScheme>"
                + "</a:themeElements></a:theme>");
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id
                + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type
                + "\" Target=\"" + target + "\"/>";
    }

    private static String ovr(String part, String type) {
        return "<Override PartName=\"/word/" + part + ".xml\" ContentType=\"" + type + "\"/>";
    }

    static String xml(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + body;
    }
}
