package kz.officesud.transport.internal;

import java.io.IOException;

/** Turns a successful answer into a value; an {@link IOException} here means the answer is malformed. */
@FunctionalInterface
public interface ResponseReader<T> {
    T read(Answer answer) throws IOException;
}
