/** The client of case search and case observation (ЭНП). */
module kz.officesud.casesearch {
    requires transitive kz.officesud.core;
    // The transport, retries and error types shared with the filing client; its errors and builder are in this API.
    requires transitive kz.officesud.transport;
    requires static org.jspecify;
    requires com.fasterxml.jackson.databind;

    exports kz.officesud.casesearch;
}
