package kz.officesud.filing.internal;

import java.util.Arrays;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/** JSON request bodies. */
public final class JsonBodies {
    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private JsonBodies() {}

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
