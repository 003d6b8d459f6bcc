package kz.officesud.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.officesud.documents.LayoutAspect;
import kz.officesud.documents.LayoutFinding;
import kz.officesud.documents.LayoutReport;
import kz.officesud.documents.LayoutRule;
import kz.officesud.documents.Location;

/**
 * Counts text by how it is set and keeps the first findings, merging consecutive deviations of the same kind at the
 * same place into one finding (snippet up to 60 characters). The first finding of each aspect is kept even past the
 * limit (unless the limit is zero), so that a message can always say where a deviation starts.
 */
public final class LayoutTally {
    /** Gives the text of a run, decoded only when a snippet needs it. */
    @FunctionalInterface
    public interface Snippet {
        String text(int maxChars);
    }

    static final int SNIPPET = 60;

    private final LayoutRule rule;
    private final int maxFindings;
    private final List<LayoutFinding> findings = new ArrayList<>();
    private long omitted;
    private long total;
    private long wrongFont;
    private long wrongSize;
    private long wrongSpacing;
    private long deviating;
    private final Open[] open = new Open[LayoutAspect.values().length];
    private final boolean[] kept = new boolean[LayoutAspect.values().length];

    private static final class Open {
        final LayoutAspect aspect;
        final Location location;
        final String found;
        final StringBuilder snippet = new StringBuilder();

        @org.jspecify.annotations.Nullable
        Snippet last;

        long chars;

        Open(LayoutAspect aspect, Location location, String found) {
            this.aspect = aspect;
            this.location = location;
            this.found = found;
        }
    }

    public LayoutTally(LayoutRule rule, int maxFindings) {
        this.rule = rule;
        this.maxFindings = maxFindings;
    }

    public LayoutRule rule() {
        return rule;
    }

    private final java.util.Map<String, Boolean> fonts = new java.util.HashMap<>();

    /** {@link LayoutRule#acceptsFont}, remembered per name: a document names a handful of fonts in many runs. */
    public boolean acceptsFont(String family) {
        Boolean ok = fonts.get(family);
        if (ok == null) {
            ok = rule.acceptsFont(family);
            fonts.put(family, ok);
        }
        return ok;
    }

    /**
     * Counts {@code chars} characters (white space excluded) set in {@code font} at {@code size} points in a
     * paragraph of line spacing {@code spacing} (NaN: not known).
     */
    public void add(
            Location where,
            boolean fontOk,
            String font,
            boolean sizeOk,
            double size,
            double spacing,
            long chars,
            Snippet snippet) {
        if (chars <= 0) {
            return;
        }
        boolean spacingOk = Double.isNaN(spacing) || rule.acceptsLineSpacing(spacing);
        total += chars;
        if (fontOk && sizeOk && spacingOk) {
            return;
        }
        deviating += chars;
        if (!fontOk) {
            wrongFont += chars;
            note(LayoutAspect.FONT, where, font, chars, snippet);
        }
        if (!sizeOk) {
            wrongSize += chars;
            note(LayoutAspect.FONT_SIZE, where, number(size), chars, snippet);
        }
        if (!spacingOk) {
            wrongSpacing += chars;
            note(LayoutAspect.LINE_SPACING, where, number(spacing), chars, snippet);
        }
    }

    private void note(LayoutAspect aspect, Location where, String found, long chars, Snippet snippet) {
        Open o = open[aspect.ordinal()];
        if (o != null && o.location.equals(where) && o.found.equals(found)) {
            o.chars += chars;
            appendSnippet(o, snippet);
            return;
        }
        close(aspect);
        o = new Open(aspect, where, found);
        o.chars = chars;
        appendSnippet(o, snippet);
        open[aspect.ordinal()] = o;
    }

    private static void appendSnippet(Open o, Snippet snippet) {
        int room = SNIPPET - o.snippet.length();
        if (room <= 0 || o.last == snippet) {
            return; // full, or this run's text is already in (its ASCII and other characters counted apart)
        }
        o.last = snippet;
        String t = snippet.text(room);
        o.snippet.append(t, 0, Math.min(room, t.length()));
    }

    private void close(LayoutAspect aspect) {
        Open o = open[aspect.ordinal()];
        if (o == null) {
            return;
        }
        open[aspect.ordinal()] = null;
        boolean firstOfAspect = maxFindings > 0 && !kept[o.aspect.ordinal()];
        if (findings.size() < maxFindings || firstOfAspect) {
            kept[o.aspect.ordinal()] = true;
            findings.add(new LayoutFinding(
                    o.aspect,
                    o.location,
                    o.found,
                    expected(o.aspect),
                    o.snippet.toString().strip(),
                    o.chars));
        } else {
            omitted++;
        }
    }

    private String expected(LayoutAspect aspect) {
        return switch (aspect) {
            case FONT -> rule.fontFamily();
            case FONT_SIZE -> number(rule.fontSizePoints());
            case LINE_SPACING -> number(rule.minLineSpacing()) + "–" + number(rule.maxLineSpacing());
        };
    }

    public LayoutReport report() {
        for (LayoutAspect a : LayoutAspect.values()) {
            close(a);
        }
        List<LayoutFinding> ordered = new ArrayList<>(findings);
        return new LayoutReport(true, total, wrongFont, wrongSize, wrongSpacing, deviating, ordered, omitted);
    }

    public long total() {
        return total;
    }

    static String number(double d) {
        if (Double.isNaN(d)) {
            return "?";
        }
        double r = Math.round(d * 100) / 100.0;
        return r == Math.rint(r)
                ? Long.toString((long) r)
                : String.format(Locale.ROOT, "%.2f", r).replaceAll("0+$", "");
    }
}
