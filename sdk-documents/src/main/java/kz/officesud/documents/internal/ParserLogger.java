package kz.officesud.documents.internal;

import java.io.Serial;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.spi.AbstractLogger;
import org.jspecify.annotations.Nullable;

/**
 * A Log4j API logger over an SLF4J logger. Events of the parsers' loggers ({@code org.apache.poi…}, {@code
 * org.apache.pdfbox…}, {@code org.apache.fontbox…}) above DEBUG are logged at DEBUG, their original level in front
 * of the message; all others keep their level.
 */
final class ParserLogger extends AbstractLogger {
    @Serial
    private static final long serialVersionUID = 1L;

    private static final String[] PARSERS = {"org.apache.poi.", "org.apache.pdfbox.", "org.apache.fontbox."};

    private final transient org.slf4j.Logger delegate;
    private final boolean parser;

    ParserLogger(String name, @Nullable MessageFactory messageFactory, org.slf4j.Logger delegate) {
        super(name, messageFactory);
        this.delegate = delegate;
        this.parser = isParser(name);
    }

    static boolean isParser(String name) {
        for (String p : PARSERS) {
            if (name.startsWith(p) || name.equals(p.substring(0, p.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The level an event of {@code level} is logged at in SLF4J. */
    Level effective(Level level) {
        return parser && level.isMoreSpecificThan(Level.INFO) ? Level.DEBUG : level;
    }

    private boolean enabled(Level level) {
        return switch (effective(level).getStandardLevel()) {
            case OFF -> false;
            case TRACE, ALL -> delegate.isTraceEnabled();
            case DEBUG -> delegate.isDebugEnabled();
            case INFO -> delegate.isInfoEnabled();
            case WARN -> delegate.isWarnEnabled();
            default -> delegate.isErrorEnabled();
        };
    }

    @Override
    public void logMessage(String fqcn, Level level, @Nullable Marker marker, Message message, @Nullable Throwable t) {
        Level to = effective(level);
        String text = to == level ? message.getFormattedMessage() : level + ": " + message.getFormattedMessage();
        switch (to.getStandardLevel()) {
            case OFF -> {}
            case TRACE, ALL -> delegate.trace(text, t);
            case DEBUG -> delegate.debug(text, t);
            case INFO -> delegate.info(text, t);
            case WARN -> delegate.warn(text, t);
            default -> delegate.error(text, t);
        }
    }

    @Override
    public Level getLevel() {
        if (delegate.isTraceEnabled()) {
            return Level.TRACE;
        }
        if (delegate.isDebugEnabled()) {
            return Level.DEBUG;
        }
        if (parser) {
            return Level.OFF; // nothing of a parser's reaches SLF4J above DEBUG
        }
        if (delegate.isInfoEnabled()) {
            return Level.INFO;
        }
        if (delegate.isWarnEnabled()) {
            return Level.WARN;
        }
        return delegate.isErrorEnabled() ? Level.ERROR : Level.OFF;
    }

    @Override
    public boolean isEnabled(Level level, @Nullable Marker marker, Message message, @Nullable Throwable t) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, @Nullable Marker marker, CharSequence message, @Nullable Throwable t) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, @Nullable Marker marker, Object message, @Nullable Throwable t) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, @Nullable Marker marker, String message, @Nullable Throwable t) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, @Nullable Marker marker, String message) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, @Nullable Marker marker, String message, Object... params) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, @Nullable Marker marker, String message, Object p0) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, @Nullable Marker marker, String message, Object p0, Object p1) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, @Nullable Marker marker, String message, Object p0, Object p1, Object p2) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(
            Level level, @Nullable Marker marker, String message, Object p0, Object p1, Object p2, Object p3) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(
            Level level,
            @Nullable Marker marker,
            String message,
            Object p0,
            Object p1,
            Object p2,
            Object p3,
            Object p4) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(
            Level level,
            @Nullable Marker marker,
            String message,
            Object p0,
            Object p1,
            Object p2,
            Object p3,
            Object p4,
            Object p5) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(
            Level level,
            @Nullable Marker marker,
            String message,
            Object p0,
            Object p1,
            Object p2,
            Object p3,
            Object p4,
            Object p5,
            Object p6) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(
            Level level,
            @Nullable Marker marker,
            String message,
            Object p0,
            Object p1,
            Object p2,
            Object p3,
            Object p4,
            Object p5,
            Object p6,
            Object p7) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(
            Level level,
            @Nullable Marker marker,
            String message,
            Object p0,
            Object p1,
            Object p2,
            Object p3,
            Object p4,
            Object p5,
            Object p6,
            Object p7,
            Object p8) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(
            Level level,
            @Nullable Marker marker,
            String message,
            Object p0,
            Object p1,
            Object p2,
            Object p3,
            Object p4,
            Object p5,
            Object p6,
            Object p7,
            Object p8,
            Object p9) {
        return enabled(level);
    }
}
