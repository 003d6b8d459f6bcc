package kz.officesud.filing.internal;

import java.io.IOException;
import okhttp3.Headers;
import okio.BufferedSource;

/**
 * Consumes a successful answer as it arrives (a download to a file), never holding it whole. An {@link IOException}
 * here is the connection failing mid-body: a call that is safe to repeat is repeated, and the reader starts afresh.
 * A body that arrived but is wrong is reported with an unchecked exception, which is not retried.
 */
@FunctionalInterface
public interface StreamReader<T> {
    T read(Headers headers, BufferedSource body) throws IOException;
}
