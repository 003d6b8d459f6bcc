package kz.officesud.documents.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The formatting a WordprocessingML run inherits: document defaults, table style, paragraph style chain, character
 * style chain (each {@code w:basedOn} chain applied root first), then direct formatting; theme fonts resolved through
 * {@code theme1.xml}. Only what the court's rule is about is kept: the {@code ascii} and {@code hAnsi} fonts, the
 * size, hidden text, and the line spacing.
 *
 * <p>Defaults when nothing in the file says: Times New Roman (what Word uses when no font is named), 10 pt (ECMA-376's
 * default {@code w:sz}), single line spacing.
 */
final class WordStyles {
    static final String DEFAULT_FONT = "Times New Roman";
    static final int DEFAULT_HALF_POINTS = 20;

    /** Run properties; null / 0 = not set at this level. Theme references are kept as {@code @minorHAnsi}. */
    static final class RunProps {
        @Nullable
        String ascii;

        @Nullable
        String hAnsi;

        int halfPoints;

        @Nullable
        Boolean vanish;

        RunProps over(@Nullable RunProps top) {
            if (top == null || top.isEmpty()) {
                return this;
            }
            RunProps r = new RunProps();
            r.ascii = top.ascii != null ? top.ascii : ascii;
            r.hAnsi = top.hAnsi != null ? top.hAnsi : hAnsi;
            r.halfPoints = top.halfPoints != 0 ? top.halfPoints : halfPoints;
            r.vanish = top.vanish != null ? top.vanish : vanish;
            return r;
        }

        boolean isEmpty() {
            return ascii == null && hAnsi == null && halfPoints == 0 && vanish == null;
        }

        /** Reads {@code w:rFonts}, {@code w:sz}, {@code w:vanish} when {@code x} is one of them. */
        boolean read(FastXml x) {
            if (x.is(Names.R_FONTS)) {
                String asciiTheme = x.attr("asciiTheme");
                String a = asciiTheme != null ? "@" + asciiTheme : x.attr("ascii");
                String hAnsiTheme = x.attr("hAnsiTheme");
                String h = hAnsiTheme != null ? "@" + hAnsiTheme : x.attr("hAnsi");
                if (a != null) {
                    ascii = a;
                }
                if (h != null) {
                    hAnsi = h;
                }
                return true;
            }
            if (x.is(Names.SZ)) {
                String v = x.attr("val");
                halfPoints = v == null ? halfPoints : parseInt(v, halfPoints);
                return true;
            }
            if (x.is(Names.VANISH)) {
                vanish = onOff(x.attr("val"));
                return true;
            }
            return false;
        }
    }

    /** Paragraph properties: the line spacing ({@code w:spacing/@w:line}, {@code @w:lineRule}); -1 = not set. */
    static final class ParaProps {
        int line = -1;

        @Nullable
        String lineRule;

        ParaProps over(@Nullable ParaProps top) {
            if (top == null || top.line < 0) {
                return this;
            }
            return top;
        }

        boolean read(FastXml x) {
            if (x.is(Names.SPACING)) {
                String l = x.attr("line");
                if (l != null) {
                    line = parseInt(l, line);
                    lineRule = x.attr("lineRule");
                }
                return true;
            }
            return false;
        }

        /** The spacing as a multiple of single, for text of {@code points} in the rule. */
        double multiple(double rulePoints) {
            if (line < 0) {
                return 1.0;
            }
            if (lineRule == null || lineRule.equals("auto")) {
                return line / 240.0;
            }
            double m = (line / 20.0) / (1.15 * rulePoints);
            return "atLeast".equals(lineRule) ? Math.max(1.0, m) : m;
        }
    }

    record Style(String type, @Nullable String basedOn, RunProps rPr, ParaProps pPr) {}

    private final Map<String, Style> styles = new HashMap<>();
    private RunProps docRun = new RunProps();
    private ParaProps docPara = new ParaProps();
    private @Nullable String defaultParagraph;
    private @Nullable String defaultCharacter;
    private @Nullable String defaultTable;
    private final Map<String, String> theme = new HashMap<>();
    private final Map<String, RunProps> runCache = new HashMap<>();
    private final Map<String, ParaProps> paraCache = new HashMap<>();

    /** Reads {@code styles.xml}. */
    void readStyles(OoxmlPackage pkg, ZipArchive.Entry part) throws IOException {
        pkg.scanSmall(part, new FastXml.Handler() {
            boolean inDefaults;
            boolean inRPrDefault;
            boolean inPPrDefault;

            @Nullable
            String id;

            String type = "";

            @Nullable
            String basedOn;

            RunProps rPr = new RunProps();
            ParaProps pPr = new ParaProps();
            int depthRPr = -1;
            int depthPPr = -1;

            @Override
            public void start(FastXml x) {
                if (x.depth() == 1) {
                    x.usePrefixOf(Names.W_NS);
                    return;
                }
                if (x.is(Names.DOC_DEFAULTS)) {
                    inDefaults = true;
                } else if (x.is(Names.RPR_DEFAULT)) {
                    inRPrDefault = true;
                } else if (x.is(Names.PPR_DEFAULT)) {
                    inPPrDefault = true;
                } else if (x.is(Names.STYLE) && x.depth() == 2) {
                    id = x.attr("styleId");
                    type = String.valueOf(x.attr("type"));
                    basedOn = null;
                    rPr = new RunProps();
                    pPr = new ParaProps();
                    String isDefault = x.attr("default");
                    if (isDefault != null && onOff(isDefault) && id != null) {
                        switch (type) {
                            case "paragraph" -> defaultParagraph = id;
                            case "character" -> defaultCharacter = id;
                            case "table" -> defaultTable = id;
                            default -> {
                                // numbering styles carry no run formatting we judge
                            }
                        }
                    }
                } else if (x.is(Names.BASED_ON) && x.depth() == 3) {
                    basedOn = x.attr("val");
                } else if (x.is(Names.RPR) && depthRPr < 0 && x.depth() == (inRPrDefault ? 4 : 3)) {
                    depthRPr = x.depth();
                } else if (x.is(Names.PPR) && depthPPr < 0 && x.depth() == (inPPrDefault ? 4 : 3)) {
                    depthPPr = x.depth();
                } else if (depthRPr > 0 && x.depth() == depthRPr + 1) {
                    if (inRPrDefault) {
                        docRun.read(x);
                    } else if (!inDefaults) {
                        rPr.read(x);
                    }
                } else if (depthPPr > 0 && x.depth() == depthPPr + 1) {
                    if (inPPrDefault) {
                        docPara.read(x);
                    } else if (!inDefaults) {
                        pPr.read(x);
                    }
                }
            }

            @Override
            public void end(FastXml x) {
                if (x.depth() == depthRPr && x.is(Names.RPR)) {
                    depthRPr = -1;
                } else if (x.depth() == depthPPr && x.is(Names.PPR)) {
                    depthPPr = -1;
                } else if (x.is(Names.DOC_DEFAULTS)) {
                    inDefaults = false;
                } else if (x.is(Names.RPR_DEFAULT)) {
                    inRPrDefault = false;
                } else if (x.is(Names.PPR_DEFAULT)) {
                    inPPrDefault = false;
                } else if (x.is(Names.STYLE) && x.depth() == 2 && id != null) {
                    styles.putIfAbsent(id, new Style(type, basedOn, rPr, pPr));
                    id = null;
                }
            }

            @Override
            public void text(byte[] buf, int from, int to, boolean cdata) {}
        });
    }

    /** Reads the theme's major and minor fonts ({@code a:latin}, {@code a:ea}, {@code a:cs}). */
    void readTheme(OoxmlPackage pkg, ZipArchive.Entry part) throws IOException {
        pkg.scanSmall(part, new FastXml.Handler() {
            @Nullable
            String scheme;

            @Override
            public void start(FastXml x) {
                String name = x.localName();
                switch (name) {
                    case "majorFont" -> scheme = "major";
                    case "minorFont" -> scheme = "minor";
                    case "latin", "ea", "cs" -> {
                        String face = x.attr("typeface");
                        if (scheme != null && face != null && !face.isEmpty()) {
                            theme.put(scheme + name, face);
                        }
                    }
                    default -> {
                        // colours, effects: nothing for us
                    }
                }
            }

            @Override
            public void end(FastXml x) {
                String name = x.localName();
                if (name.equals("majorFont") || name.equals("minorFont")) {
                    scheme = null;
                }
            }

            @Override
            public void text(byte[] buf, int from, int to, boolean cdata) {}
        });
    }

    /** The run properties a run inherits from defaults and styles (before its direct formatting). */
    RunProps inherited(@Nullable String tableStyle, @Nullable String paraStyle, @Nullable String charStyle) {
        String t = tableStyle != null ? tableStyle : defaultTable;
        String p = paraStyle != null ? paraStyle : defaultParagraph;
        String c = charStyle != null ? charStyle : defaultCharacter;
        String key = t + "|" + p + "|" + c;
        RunProps r = runCache.get(key);
        if (r == null) {
            r = docRun;
            r = chainRun(r, t);
            r = chainRun(r, p);
            r = chainRun(r, c);
            runCache.put(key, r);
        }
        return r;
    }

    /** The paragraph properties a paragraph inherits. */
    ParaProps inheritedPara(@Nullable String tableStyle, @Nullable String paraStyle) {
        String t = tableStyle != null ? tableStyle : defaultTable;
        String p = paraStyle != null ? paraStyle : defaultParagraph;
        String key = t + "|" + p;
        ParaProps r = paraCache.get(key);
        if (r == null) {
            r = docPara;
            for (Style s : chain(t)) {
                r = r.over(s.pPr());
            }
            for (Style s : chain(p)) {
                r = r.over(s.pPr());
            }
            paraCache.put(key, r);
        }
        return r;
    }

    private RunProps chainRun(RunProps base, @Nullable String id) {
        RunProps r = base;
        for (Style s : chain(id)) {
            r = r.over(s.rPr());
        }
        return r;
    }

    /** The basedOn chain of {@code id}, root first; cycles and absurd depths cut. */
    private java.util.List<Style> chain(@Nullable String id) {
        java.util.ArrayDeque<Style> out = new java.util.ArrayDeque<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        String cur = id;
        while (cur != null && seen.add(cur) && seen.size() < 64) {
            Style s = styles.get(cur);
            if (s == null) {
                break;
            }
            out.addFirst(s);
            cur = s.basedOn();
        }
        return java.util.List.copyOf(out);
    }

    /** A font name with theme references resolved; the default when none is set. */
    String font(@Nullable String value) {
        if (value == null) {
            return DEFAULT_FONT;
        }
        if (!value.startsWith("@")) {
            return value;
        }
        String ref = value.substring(1); // minorHAnsi, majorAscii, minorEastAsia, majorBidi...
        String scheme = ref.startsWith("major") ? "major" : "minor";
        String script = ref.endsWith("EastAsia") ? "ea" : ref.endsWith("Bidi") ? "cs" : "latin";
        String face = theme.get(scheme + script);
        return face != null ? face : DEFAULT_FONT;
    }

    static boolean onOff(@Nullable String v) {
        return v == null || v.equals("1") || v.equals("true") || v.equals("on");
    }

    static int parseInt(String v, int fallback) {
        try {
            return (int) Math.round(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Element local names, as bytes for {@link FastXml#is}. */
    static final class Names {
        static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        static final byte[] R_FONTS = b("rFonts");
        static final byte[] SZ = b("sz");
        static final byte[] VANISH = b("vanish");
        static final byte[] SPACING = b("spacing");
        static final byte[] DOC_DEFAULTS = b("docDefaults");
        static final byte[] RPR_DEFAULT = b("rPrDefault");
        static final byte[] PPR_DEFAULT = b("pPrDefault");
        static final byte[] STYLE = b("style");
        static final byte[] BASED_ON = b("basedOn");
        static final byte[] RPR = b("rPr");
        static final byte[] PPR = b("pPr");
        static final byte[] P = b("p");
        static final byte[] R = b("r");
        static final byte[] T = b("t");
        static final byte[] P_STYLE = b("pStyle");
        static final byte[] R_STYLE = b("rStyle");
        static final byte[] TBL = b("tbl");
        static final byte[] TBL_PR = b("tblPr");
        static final byte[] TBL_STYLE = b("tblStyle");
        static final byte[] MOVE_FROM = b("moveFrom");
        static final byte[] DEL = b("del");
        static final byte[] MC_FALLBACK = b("mc:Fallback");

        private Names() {}

        private static byte[] b(String s) {
            return s.getBytes(StandardCharsets.US_ASCII);
        }
    }
}
