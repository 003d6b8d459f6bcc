package kz.officesud.documents.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.officesud.documents.InspectionLimits;
import kz.officesud.documents.LayoutReport;
import kz.officesud.documents.LayoutRule;
import kz.officesud.documents.Location;
import kz.officesud.documents.internal.WordStyles.Names;
import kz.officesud.documents.internal.WordStyles.ParaProps;
import kz.officesud.documents.internal.WordStyles.RunProps;
import org.jspecify.annotations.Nullable;

/**
 * DOCX: every part read once (well-formed, CRC checked); the layout of the text checked by one streaming walk of
 * each story (body, headers, footers, footnotes, endnotes, comments) with {@link FastXml}. No DOM, no POI: an 85 MB
 * {@code document.xml} is walked in constant memory.
 *
 * <p>A run's characters are judged by its effective formatting ({@link WordStyles}): ASCII characters by the
 * {@code ascii} font, all others (Cyrillic, Kazakh letters) by the {@code hAnsi} font. Deleted text ({@code
 * w:delText}, {@code w:moveFrom}), field codes ({@code w:instrText}), hidden text ({@code w:vanish}) and the
 * fallback copies of text boxes ({@code mc:Fallback}) are skipped; text boxes' own paragraphs count.
 */
final class DocxReader {
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private DocxReader() {}

    static Outcome inspect(OoxmlPackage pkg, @Nullable LayoutRule layout, InspectionLimits limits) throws IOException {
        Set<String> read = new HashSet<>();
        LayoutReport report = LayoutReport.notChecked();
        boolean text;
        {
            // the text is walked even when the rules say nothing of the layout: a document with none is reported
            LayoutRule rule = layout != null ? layout : LayoutRule.timesNewRoman14();
            String main = pkg.mainPart();
            List<OoxmlPackage.Relationship> rels = pkg.relationships(main);
            WordStyles styles = new WordStyles();
            for (OoxmlPackage.Relationship r : rels) {
                ZipArchive.Entry e = r.external() ? null : pkg.zip().entry(r.target());
                if (e == null) {
                    continue;
                }
                if (r.type().equals(REL + "styles")) {
                    styles.readStyles(pkg, e);
                    read.add(e.name().toLowerCase(Locale.ROOT));
                } else if (r.type().equals(REL + "theme")) {
                    styles.readTheme(pkg, e);
                    read.add(e.name().toLowerCase(Locale.ROOT));
                }
            }
            LayoutTally tally = new LayoutTally(rule, limits.maxFindings());
            Story body = new Story("body");
            walk(pkg, pkg.zip().entry(main), styles, tally, body);
            read.add(main.toLowerCase(Locale.ROOT));
            Story header = new Story("header");
            Story footer = new Story("footer");
            Story footnotes = new Story("footnotes");
            Story endnotes = new Story("endnotes");
            Story comments = new Story("comments");
            for (OoxmlPackage.Relationship r : rels) {
                ZipArchive.Entry e = r.external() ? null : pkg.zip().entry(r.target());
                if (e == null || !r.type().startsWith(REL)) {
                    continue;
                }
                Story story =
                        switch (r.type().substring(REL.length())) {
                            case "header" -> header;
                            case "footer" -> footer;
                            case "footnotes" -> footnotes;
                            case "endnotes" -> endnotes;
                            case "comments" -> comments;
                            default -> null;
                        };
                if (story != null && read.add(e.name().toLowerCase(Locale.ROOT))) {
                    walk(pkg, e, styles, tally, story);
                }
            }
            report = tally.report();
            text = report.textCharacters() > 0;
            if (!text || layout == null) {
                report = LayoutReport.notChecked();
            }
        }
        PackageCheck.checkAllParts(pkg, read, limits);
        // a Word file without text (an empty form, pictures only) is readable, with a warning to look at it
        return Outcome.readable(true, report).withText(text ? Outcome.Text.PRESENT : Outcome.Text.NONE);
    }

    /** A story's paragraph counter, continued across its parts (header1, header2…). */
    private static final class Story {
        final String name;
        int paragraphs;

        Story(String name) {
            this.name = name;
        }
    }

    private static void walk(
            OoxmlPackage pkg, ZipArchive.@Nullable Entry part, WordStyles styles, LayoutTally tally, Story story)
            throws IOException {
        if (part == null) {
            return;
        }
        pkg.scan(part, new Walker(styles, tally, story));
    }

    /** One paragraph being read (text boxes nest paragraphs inside paragraphs). */
    private static final class Para {
        final int number;
        final int depth;

        @Nullable
        String style;

        final ParaProps direct = new ParaProps();

        @Nullable
        RunProps inherited;

        double spacing = Double.NaN;

        Para(int number, int depth) {
            this.number = number;
            this.depth = depth;
        }
    }

    private static final class Walker implements FastXml.Handler {
        private final WordStyles styles;
        private final LayoutTally tally;
        private final LayoutRule rule;
        private final Story story;
        private final ArrayDeque<Para> paras = new ArrayDeque<>();
        private final ArrayDeque<String> tables = new ArrayDeque<>();
        private final List<Integer> tableDepths = new ArrayList<>();
        private int skipDepth = -1;
        private int pPrDepth = -1;
        private int rDepth = -1;
        private int rPrDepth = -1;
        private boolean inText;
        private @Nullable String runStyle;
        private RunProps direct = new RunProps();
        private @Nullable Resolved run;

        /** A run's effective fonts and size, judged once. */
        private record Resolved(
                String ascii,
                boolean asciiOk,
                String hAnsi,
                boolean hAnsiOk,
                double size,
                boolean sizeOk,
                boolean hidden) {}

        Walker(WordStyles styles, LayoutTally tally, Story story) {
            this.styles = styles;
            this.tally = tally;
            this.rule = tally.rule();
            this.story = story;
        }

        @Override
        public void start(FastXml x) {
            int d = x.depth();
            if (d == 1) {
                x.usePrefixOf(Names.W_NS);
                return;
            }
            if (skipDepth > 0) {
                return;
            }
            if (x.isQualified(Names.MC_FALLBACK) || x.is(Names.MOVE_FROM) || x.is(Names.DEL)) {
                skipDepth = d;
                return;
            }
            Para p = paras.peek();
            if (rPrDepth > 0) {
                if (d == rPrDepth + 1) {
                    if (x.is(Names.R_STYLE)) {
                        runStyle = x.attr("val");
                    } else {
                        direct.read(x);
                    }
                }
                return;
            }
            if (pPrDepth > 0) {
                if (d == pPrDepth + 1 && p != null) {
                    if (x.is(Names.P_STYLE)) {
                        p.style = x.attr("val");
                    } else {
                        p.direct.read(x);
                    }
                }
                return; // the paragraph mark's rPr inside pPr is not text
            }
            if (x.is(Names.T)) {
                inText = rDepth > 0 && d == rDepth + 1;
            } else if (x.is(Names.R)) {
                rDepth = d;
                runStyle = null;
                direct = new RunProps();
                run = null;
            } else if (x.is(Names.RPR) && rDepth > 0 && d == rDepth + 1) {
                rPrDepth = d;
            } else if (x.is(Names.P)) {
                paras.push(new Para(++story.paragraphs, d));
                rDepth = -1;
            } else if (x.is(Names.PPR) && p != null && d == p.depth + 1) {
                pPrDepth = d;
            } else if (x.is(Names.TBL)) {
                tables.push("");
                tableDepths.add(d);
            } else if (x.is(Names.TBL_STYLE) && !tables.isEmpty()) {
                String v = x.attr("val");
                tables.pop();
                tables.push(v == null ? "" : v);
            }
        }

        @Override
        public void end(FastXml x) {
            int d = x.depth();
            if (skipDepth > 0) {
                if (d == skipDepth) {
                    skipDepth = -1;
                }
                return;
            }
            if (d == rPrDepth) {
                rPrDepth = -1;
            } else if (d == pPrDepth) {
                pPrDepth = -1;
            } else if (inText && x.is(Names.T)) {
                inText = false;
            } else if (d == rDepth) {
                rDepth = -1;
                run = null;
            } else if (!paras.isEmpty() && d == paras.peek().depth) {
                paras.pop();
            } else if (!tableDepths.isEmpty() && d == tableDepths.get(tableDepths.size() - 1)) {
                tableDepths.remove(tableDepths.size() - 1);
                tables.pop();
            }
        }

        @Override
        public void text(byte[] buf, int from, int to, boolean cdata) {
            if (!inText || skipDepth > 0) {
                return;
            }
            Para p = paras.peek();
            if (p == null) {
                return;
            }
            // count non-white characters, ASCII and not (UTF-8 lead bytes; an entity is one character)
            long ascii = 0;
            long other = 0;
            for (int i = from; i < to; i++) {
                int b = buf[i] & 0xFF;
                if (b < 0x80) {
                    if (b == '&') {
                        while (i < to && buf[i] != ';') {
                            i++;
                        }
                        ascii++;
                    } else if (b > 0x20) {
                        ascii++;
                    }
                } else if (b >= 0xC0) {
                    // U+00A0 (C2 A0) is a no-break space
                    if (!(b == 0xC2 && i + 1 < to && (buf[i + 1] & 0xFF) == 0xA0)) {
                        other++;
                    }
                }
            }
            if (ascii + other == 0) {
                return;
            }
            Resolved r = resolve(p);
            if (r.hidden()) {
                return;
            }
            Location where = Location.paragraph(story.name, p.number);
            LayoutTally.Snippet snippet = max -> {
                String s = FastXml.decode(buf, from, to);
                return s.length() > max ? s.substring(0, max) : s;
            };
            if (other > 0) {
                tally.add(where, r.hAnsiOk(), r.hAnsi(), r.sizeOk(), r.size(), p.spacing, other, snippet);
            }
            if (ascii > 0) {
                // the same snippet: a finding that takes both parts of the run takes its text once
                tally.add(where, r.asciiOk(), r.ascii(), r.sizeOk(), r.size(), p.spacing, ascii, snippet);
            }
        }

        private Resolved resolve(Para p) {
            Resolved r = run;
            if (r != null) {
                return r;
            }
            String table = tables.isEmpty() || tables.peek().isEmpty() ? null : tables.peek();
            if (Double.isNaN(p.spacing)) {
                ParaProps pp = styles.inheritedPara(table, p.style).over(p.direct);
                p.spacing = pp.multiple(rule.fontSizePoints());
            }
            RunProps props = styles.inherited(table, p.style, runStyle).over(direct);
            String a = styles.font(props.ascii);
            String h = styles.font(props.hAnsi);
            double size = (props.halfPoints > 0 ? props.halfPoints : WordStyles.DEFAULT_HALF_POINTS) / 2.0;
            r = new Resolved(
                    a,
                    tally.acceptsFont(a),
                    h,
                    tally.acceptsFont(h),
                    size,
                    rule.acceptsSize(size),
                    Boolean.TRUE.equals(props.vanish));
            run = r;
            return r;
        }
    }
}
