package kz.officesud.transport.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/** JSON request bodies. */
public final class JsonBodies {
    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private JsonBodies() {}

    /**
     * {@code value} (a wire record) as JSON bytes. The intermediate buffer is wiped, so that a password written from a
     * {@code char[]} stays only in the returned array, which the caller wipes once sent ({@link #once}).
     */
    public static byte[] json(ObjectMapper mapper, Object value) {
        WipingBuffer out = new WipingBuffer();
        try {
            mapper.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        try {
            return out.toByteArray();
        } finally {
            out.wipe();
        }
    }

    private static final class WipingBuffer extends ByteArrayOutputStream {
        void wipe() {
            Arrays.fill(buf, (byte) 0);
        }
    }

    /** A body that may be sent again on a retry. */
    public static BodySource repeatable(byte[] json) {
        byte[] copy = json.clone();
        return new BodySource() {
            @Override
            public RequestBody newBody() {
                return RequestBody.create(copy, JSON);
            }

            @Override
            public boolean oneShot() {
                return false;
            }
        };
    }

    /**
     * A body sent at most once (a password): OkHttp itself will not repeat it after it started sending, and
     * the transport will not retry it. The bytes are wiped once written.
     */
    public static BodySource once(byte[] json) {
        return new BodySource() {
            @Override
            public RequestBody newBody() {
                return new RequestBody() {
                    @Override
                    public MediaType contentType() {
                        return JSON;
                    }

                    @Override
                    public long contentLength() {
                        return json.length;
                    }

                    @Override
                    public boolean isOneShot() {
                        return true;
                    }

                    @Override
                    public void writeTo(okio.BufferedSink sink) throws java.io.IOException {
                        try {
                            sink.write(json);
                        } finally {
                            Arrays.fill(json, (byte) 0);
                        }
                    }
                };
            }

            @Override
            public boolean oneShot() {
                return true;
            }
        };
    }
}
