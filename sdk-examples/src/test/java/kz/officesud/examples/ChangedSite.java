package kz.officesud.examples;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** The live cabinet's site, changed: an HTTP client whose answers from one path are rewritten on the way in. */
final class ChangedSite {
    private ChangedSite() {}

    /** A client whose answers from {@code path} (pages and partial responses) have their text changed. */
    static OkHttpClient text(String path, UnaryOperator<String> change) {
        return bytes(path, body -> change.apply(new String(body, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A client whose answers from {@code path} have their bytes changed. */
    static OkHttpClient bytes(String path, UnaryOperator<byte[]> change) {
        Interceptor interceptor = chain -> {
            Response response = chain.proceed(chain.request());
            if (!chain.request().url().encodedPath().equals(path) || response.body() == null) {
                return response;
            }
            MediaType type = response.body().contentType();
            byte[] body = response.body().bytes();
            return response.newBuilder()
                    .body(ResponseBody.create(change.apply(body), type))
                    .build();
        };
        return new OkHttpClient.Builder().addInterceptor(interceptor).build();
    }

    static void close(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
