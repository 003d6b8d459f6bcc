/**
 * What the clients of the court office share: the error types and the retry policy (exported), the settings every
 * client's builder takes ({@code CourtClientBuilder}), and the HTTP transport itself — retries with backoff, time
 * limits, the court's problems mapped to typed errors, streamed downloads — which only the SDK's own clients may use.
 */
// "module": the friends of the qualified export below are compiled after this module, so javac does not see them here.
@SuppressWarnings("module")
module kz.officesud.transport {
    requires transitive kz.officesud.core;
    requires static org.jspecify;
    requires org.slf4j;
    // In the API: a client's builder takes a caller's OkHttpClient and ObjectMapper.
    requires transitive okhttp3;
    requires transitive com.fasterxml.jackson.databind;

    exports kz.officesud.transport;
    // The transport is the clients' shared plumbing, not an API: only the filing and case-search clients use it.
    exports kz.officesud.transport.internal to
            kz.officesud.filing,
            kz.officesud.casesearch;
}
