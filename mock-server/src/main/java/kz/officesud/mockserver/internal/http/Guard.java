package kz.officesud.mockserver.internal.http;

/** A check every request of a group of routes passes before its handler runs; refuses by throwing a problem. */
@FunctionalInterface
public interface Guard {
    void check(Request request);
}
