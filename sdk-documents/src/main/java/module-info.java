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

    exports kz.officesud.documents;

    // The document.* messages of the violations that DocumentFilingRule adds to the validator's report.
    provides kz.officesud.core.validation.ViolationMessages with
            kz.officesud.documents.internal.DocumentMessages;
}
