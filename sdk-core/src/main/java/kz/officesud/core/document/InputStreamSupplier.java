package kz.officesud.core.document;

import java.io.IOException;
import java.io.InputStream;

/** Opens a fresh stream of a document's bytes each time it is called (e.g. {@code ContentSource::open}). */
@FunctionalInterface
public interface InputStreamSupplier {
    InputStream open() throws IOException;
}
