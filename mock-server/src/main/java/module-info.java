/** The reference court: the court side of the court office, to test against. */
module kz.officesud.mockserver {
    requires transitive kz.officesud.core;
    requires kz.officesud.documents;
    requires transitive kz.officesud.signing;
    requires static org.jspecify;
    requires static transitive org.junit.jupiter.api;
    requires org.slf4j;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.util;
    requires transitive java.net.http;
    requires com.fasterxml.jackson.databind;
    // the talon as a PDF
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    // the search challenge's picture (BufferedImage, ImageIO)
    requires java.desktop;

    exports kz.officesud.mockserver;

    opens kz.officesud.mockserver.internal.store to
            com.fasterxml.jackson.databind;
    opens kz.officesud.mockserver.internal.auth to
            com.fasterxml.jackson.databind;
    opens kz.officesud.mockserver.internal.control to
            com.fasterxml.jackson.databind;
    opens kz.officesud.mockserver.internal.court to
            com.fasterxml.jackson.databind;
    opens kz.officesud.mockserver.internal.casefile to
            com.fasterxml.jackson.databind;
}
