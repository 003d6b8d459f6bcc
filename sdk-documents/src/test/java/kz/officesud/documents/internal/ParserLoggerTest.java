package kz.officesud.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

/** The Log4j API's events over SLF4J: the parsers' at DEBUG, everyone else's at their own level. */
class ParserLoggerTest {
    /** An SLF4J logger that records what it is asked to log, enabled for {@code enabled} levels. */
    private static org.slf4j.Logger recorder(List<String> calls, Set<String> enabled) {
        return (org.slf4j.Logger) Proxy.newProxyInstance(
                ParserLoggerTest.class.getClassLoader(), new Class<?>[] {org.slf4j.Logger.class}, (p, m, args) -> {
                    String name = m.getName();
                    if (name.startsWith("is") && name.endsWith("Enabled")) {
                        return enabled.contains(
                                name.substring(2, name.length() - 7).toLowerCase());
                    }
                    if (name.equals("getName")) {
                        return "recorder";
                    }
                    if (m.getReturnType() == void.class && args != null) {
                        calls.add(name + " " + args[0]);
                    }
                    return null;
                });
    }

    @Test
    void aParsersWarningsAndErrors_areLoggedAtDebug_withTheirLevelInFront() {
        List<String> calls = new ArrayList<>();
        ParserLogger poi = new ParserLogger(
                "org.apache.poi.hwpf.model.CHPBinTable",
                null,
                recorder(calls, Set.of("debug", "info", "warn", "error")));
        poi.atWarn().log("Text piece [{}; {}) has no CHPX", 1, 2);
        poi.error("Unable to apply SPRM", new IllegalStateException("x"));
        poi.trace("trace stays trace");
        assertThat(calls)
                .containsExactly("debug WARN: Text piece [1; 2) has no CHPX", "debug ERROR: Unable to apply SPRM");
    }

    @Test
    void withDebugOff_aParserSaysNothing_andReportsItselfOff() {
        List<String> calls = new ArrayList<>();
        ParserLogger pdfbox = new ParserLogger(
                "org.apache.pdfbox.pdfparser.COSParser", null, recorder(calls, Set.of("info", "warn", "error")));
        assertThat(pdfbox.isWarnEnabled()).isFalse();
        assertThat(pdfbox.isEnabled(Level.FATAL)).isFalse();
        assertThat(pdfbox.getLevel()).isEqualTo(Level.OFF);
        pdfbox.warn("Invalid dictionary");
        pdfbox.atError().log("Can't find the object");
        assertThat(calls).isEmpty();
    }

    @Test
    void everyoneElse_keepsTheirLevel() {
        List<String> calls = new ArrayList<>();
        ParserLogger app =
                new ParserLogger("com.example.Billing", null, recorder(calls, Set.of("info", "warn", "error")));
        app.warn("disk almost full");
        app.debug("not shown");
        assertThat(app.getLevel()).isEqualTo(Level.INFO);
        assertThat(calls).containsExactly("warn disk almost full");
        assertThat(ParserLogger.isParser("org.apache.poi")).isTrue();
        assertThat(ParserLogger.isParser("org.apache.fontbox.cmap.CMapParser")).isTrue();
        assertThat(ParserLogger.isParser("org.apache.poifoo.X")).isFalse();
    }

    @Test
    void theProvider_standsBelowLog4jCoreAndLog4jToSlf4j() {
        ParserLogProvider provider = new ParserLogProvider();
        assertThat(provider.getPriority()).isLessThan(10);
        assertThat(provider.getLoggerContextFactory()
                        .getContext("", null, null, false)
                        .getLogger("a"))
                .isSameAs(provider.getLoggerContextFactory()
                        .getContext("", null, null, false)
                        .getLogger("a"));
    }
}
