/** The client of case search and case observation (ЭНП). */
module kz.officesud.casesearch {
    requires transitive kz.officesud.core;
    requires static org.jspecify;
    requires org.slf4j;
    requires okhttp3;
    requires com.fasterxml.jackson.databind;

    exports kz.officesud.casesearch;
}
