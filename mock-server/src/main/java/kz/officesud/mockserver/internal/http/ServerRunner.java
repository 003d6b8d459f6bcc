package kz.officesud.mockserver.internal.http;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP engine: Jetty 12 (core, no servlets). Jetty parses request lines and headers without holding a
 * thread, so a client that sends a byte every few seconds occupies a connection, never a worker; connections
 * are bounded ({@link NetworkConnectionLimit}), an idle connection is closed after the idle timeout, a body that
 * arrives slower than {@link #MIN_REQUEST_DATA_RATE} bytes per second is cut off with 408, and headers are at
 * most {@link #MAX_HEADER_BYTES} (431 beyond). Worker threads are named {@code reference-court-http-N-M}.
 */
public final class ServerRunner implements AutoCloseable {
    public static final String THREAD_PREFIX = "reference-court-http-";
    /** Request line and headers together. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** The slowest request body the court waits for, in bytes per second (measured over the whole body). */
    public static final long MIN_REQUEST_DATA_RATE = 1024;

    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final Server server;
    private final ServerConnector connector;
    private final InetAddress host;
    private final boolean https;

    private ServerRunner(Server server, ServerConnector connector, InetAddress host, boolean https) {
        this.server = server;
        this.connector = connector;
        this.host = host;
        this.https = https;
    }

    /** A key store to serve HTTPS from: PKCS12 or JKS, its password (also the key's). */
    public record KeyStoreConfig(Path path, char[] password, String type) {
        public KeyStoreConfig {
            Objects.requireNonNull(path, "path");
            password = password.clone();
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String toString() {
            return "KeyStoreConfig[" + path + ", " + type + "]";
        }
    }

    /** How the engine runs. */
    public record Config(
            InetAddress address,
            int port,
            int workerThreads,
            int maxConnections,
            Duration idleTimeout,
            @Nullable KeyStoreConfig keyStore) {
        public Config {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(idleTimeout, "idleTimeout");
        }
    }

    /**
     * Binds and starts serving {@code handler}; Jetty-level failures (bad request line, headers too large,
     * timeouts) answer through {@code errors}.
     *
     * @throws BindException when the port is taken
     */
    public static ServerRunner start(Config config, ApiHandler handler, ProblemErrorHandler errors) throws IOException {
        int serverNumber = SERVERS.incrementAndGet();
        // Jetty takes one thread to accept and one to select; the rest serve requests.
        QueuedThreadPool pool = new QueuedThreadPool(config.workerThreads() + 4, 2);
        pool.setName(THREAD_PREFIX + serverNumber);
        pool.setDaemon(true);
        Server server = new Server(pool);
        server.setStopTimeout(2_000);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setIdleTimeout(config.idleTimeout().toMillis());
        ConnectionFactory[] factories;
        KeyStoreConfig keyStore = config.keyStore();
        if (keyStore != null) {
            http.addCustomizer(new SecureRequestCustomizer(false));
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStorePath(keyStore.path().toAbsolutePath().toString());
            tls.setKeyStorePassword(new String(keyStore.password()));
            tls.setKeyStoreType(keyStore.type());
            factories =
                    new ConnectionFactory[] {new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(http)
                    };
        } else {
            factories = new ConnectionFactory[] {new HttpConnectionFactory(http)};
        }
        ServerConnector connector = new ServerConnector(server, 1, 1, factories);
        connector.setHost(config.address().getHostAddress());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeout().toMillis());
        connector.setAcceptQueueSize(128);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(config.maxConnections(), connector));
        server.setErrorHandler(errors);
        // A body that trickles in holds a worker: below the minimum rate it is cut off (408).
        server.setHandler(new MinimumDataRateHandler(handler, MIN_REQUEST_DATA_RATE, 0));
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof IOException io) {
                    throw io;
                }
                cause = cause.getCause();
            }
            throw new IOException("the HTTP engine did not start: " + e.getMessage(), e);
        }
        return new ServerRunner(server, connector, config.address(), keyStore != null);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // already failing to start
        }
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(host, connector.getLocalPort());
    }

    public boolean https() {
        return https;
    }

    /** Stops accepting, then waits a little for the requests in flight. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }
}
