package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;

/** An {@link HttpTransport} for tests: each POST of the expected media type is answered by a function in process. */
public record InProcessTransport(String contentType, Responder responder) implements HttpTransport {

    public interface Responder {
        byte[] respond(byte[] request) throws IOException;
    }

    @Override
    public byte[] get(URI uri) throws IOException {
        throw new IOException("no GET here");
    }

    @Override
    public byte[] post(URI uri, String contentType, byte[] body) throws IOException {
        assertThat(contentType).isEqualTo(this.contentType);
        return responder.respond(body);
    }

    /** Where {@code needle} first stands in {@code haystack}; -1 when it does not. */
    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
