package kz.officesud.documents.internal;

import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;

/**
 * The Log4j API's provider of last resort, shipped with the document inspector: Apache POI logs through the Log4j
 * API, and Apache PDFBox through Commons Logging, which forwards to the Log4j API when it is present. Without any
 * provider the Log4j API prints "could not find a logging provider" and every error to the console.
 *
 * <p>This provider sends every Log4j API event to SLF4J, the SDK's logging API, at its own level, except those of
 * the parsers' loggers ({@code org.apache.poi}, {@code org.apache.pdfbox}, {@code org.apache.fontbox}), which are
 * sent at DEBUG (TRACE stays TRACE): a damaged or hostile file is an expected input of an inspector, reported in its
 * verdict, never a warning in the application's log. Its priority is below that of Log4j Core and of {@code
 * log4j-to-slf4j}, so an application that routes the Log4j API itself keeps its routing (and its own levels for
 * those loggers); no logging backend is added.
 */
public final class ParserLogProvider extends Provider {
    /** Below Log4j Core (10) and log4j-to-slf4j (15): only chosen when nothing else provides the Log4j API. */
    static final int PRIORITY = 5;

    public ParserLogProvider() {
        super(PRIORITY, CURRENT_VERSION);
    }

    @Override
    public LoggerContextFactory getLoggerContextFactory() {
        return ParserLogContext.INSTANCE;
    }
}
