/** Runnable examples and the end-to-end demo. */
module kz.officesud.examples {
    requires transitive kz.officesud.filing;
    requires transitive kz.officesud.casesearch;
    requires kz.officesud.mockserver;
    requires static transitive org.jspecify;
    requires org.slf4j;
    // the portal example serves its page with the JDK's HTTP server
    requires jdk.httpserver;

    exports kz.officesud.examples;
    exports kz.officesud.examples.portal;
}
