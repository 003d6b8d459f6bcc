/** Models of the court office's services, the court's rules as data, and validators. */
module kz.officesud.core {
    requires transitive jakarta.validation;
    requires static transitive org.jspecify;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires org.apache.pdfbox;
    requires org.apache.poi.poi;
    requires org.apache.poi.scratchpad;

    exports kz.officesud.core;
    exports kz.officesud.core.document;
}
