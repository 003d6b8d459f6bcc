/** The client of the court office's filing services «Судебный кабинет» / «Сот кабинеті». */
module kz.officesud.filing {
    requires transitive kz.officesud.core;
    requires transitive kz.officesud.documents;
    requires transitive kz.officesud.signing;
    // The transport, retries and error types the case-search client shares; its errors are in this API.
    requires transitive kz.officesud.transport;
    // The live cabinet's case search is offered behind the case-search client's interface (CourtOffice.caseSearch).
    requires transitive kz.officesud.casesearch;
    requires static org.jspecify;
    requires org.slf4j;
    // the live cabinet's pages
    requires org.jsoup;
    // In the API: CourtOffice.Builder takes a caller's OkHttpClient and ObjectMapper.
    requires transitive okhttp3;
    requires transitive com.fasterxml.jackson.databind;

    exports kz.officesud.filing;
    exports kz.officesud.filing.ncalayer;
    exports kz.officesud.filing.live;

    // Jackson reads and writes the saved form of a prepared filing reflectively.
    opens kz.officesud.filing.internal to
            com.fasterxml.jackson.databind;
}
