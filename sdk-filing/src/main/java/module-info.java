/** The client of the court office's filing services «Судебный кабинет» / «Сот кабинеті». */
module kz.officesud.filing {
    requires transitive kz.officesud.core;
    requires transitive kz.officesud.documents;
    requires transitive kz.officesud.signing;
    // The transport, retries and error types the case-search client shares; its errors are in this API.
    requires transitive kz.officesud.transport;
    requires static org.jspecify;
    requires org.slf4j;
    // In the API: CourtOffice.Builder takes a caller's OkHttpClient and ObjectMapper.
    requires transitive okhttp3;
    requires transitive com.fasterxml.jackson.databind;

    exports kz.officesud.filing;
    exports kz.officesud.filing.ncalayer;

    // Jackson reads and writes the saved form of a prepared filing reflectively.
    opens kz.officesud.filing.internal to
            com.fasterxml.jackson.databind;
}
