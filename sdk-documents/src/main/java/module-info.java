/**
 * The court's rules for attached documents, and the inspector that checks a file against them before it is sent
 * (and by the court when it arrives): format by content, readability, hostile input, size and layout.
 */
module kz.officesud.documents {
    requires transitive kz.officesud.core;
    requires static org.jspecify;
    requires org.slf4j;
    // PDF structure (PDFBox) and legacy Word (POI HWPF); never in the API.
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires org.apache.poi.poi;
    requires org.apache.poi.scratchpad;
    requires org.apache.logging.log4j;

    exports kz.officesud.documents;

    // POI (Log4j API) and PDFBox (Commons Logging, which forwards to the Log4j API) log through SLF4J, their
    // warnings about the files they read at DEBUG, unless the application routes the Log4j API itself.
    provides org.apache.logging.log4j.spi.Provider with
            kz.officesud.documents.internal.ParserLogProvider;

    // The document.* messages of the violations that DocumentFilingRule adds to the validator's report.
    provides kz.officesud.core.validation.ViolationMessages with
            kz.officesud.documents.internal.DocumentMessages;
}
