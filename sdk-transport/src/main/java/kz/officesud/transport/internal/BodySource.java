package kz.officesud.transport.internal;

import okhttp3.RequestBody;

/**
 * Makes a request body afresh for each attempt. A one-shot source (a caller's {@code InputStream}, a
 * password that must not be sent twice) is never retried.
 */
public interface BodySource {
    RequestBody newBody();

    boolean oneShot();
}
