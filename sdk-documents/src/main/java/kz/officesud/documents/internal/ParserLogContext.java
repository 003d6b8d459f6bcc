package kz.officesud.documents.internal;

import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/** The one logger context of {@link ParserLogProvider}: a {@link ParserLogger} per name, over SLF4J's logger. */
final class ParserLogContext implements LoggerContextFactory, LoggerContext {
    static final ParserLogContext INSTANCE = new ParserLogContext();

    private final ConcurrentMap<String, ExtendedLogger> loggers = new ConcurrentHashMap<>();

    private ParserLogContext() {}

    @Override
    public LoggerContext getContext(
            String fqcn, @Nullable ClassLoader loader, @Nullable Object externalContext, boolean currentContext) {
        return this;
    }

    @Override
    public LoggerContext getContext(
            String fqcn,
            @Nullable ClassLoader loader,
            @Nullable Object externalContext,
            boolean currentContext,
            @Nullable URI configLocation,
            @Nullable String name) {
        return this;
    }

    @Override
    public void removeContext(LoggerContext context) {}

    @Override
    public boolean isClassLoaderDependent() {
        return false;
    }

    @Override
    public @Nullable Object getExternalContext() {
        return null;
    }

    @Override
    public ExtendedLogger getLogger(String name) {
        return loggers.computeIfAbsent(name, n -> new ParserLogger(n, null, LoggerFactory.getLogger(n)));
    }

    @Override
    public ExtendedLogger getLogger(String name, @Nullable MessageFactory messageFactory) {
        if (messageFactory == null) {
            return getLogger(name);
        }
        // a caller's own message factory (rare): a logger of its own, not cached
        return new ParserLogger(name, messageFactory, LoggerFactory.getLogger(name));
    }

    @Override
    public boolean hasLogger(String name) {
        return loggers.containsKey(name);
    }

    @Override
    public boolean hasLogger(String name, @Nullable MessageFactory messageFactory) {
        return messageFactory == null && hasLogger(name);
    }

    @Override
    public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
        return false;
    }
}
