/**
 * Models of the court office's services, the court's rules as data, validators, document inspection,
 * and the JSON that client and court share.
 */
// "module": Hibernate Validator is the validation engine at run time only, so it is not resolved at compile time.
@SuppressWarnings("module")
module kz.officesud.core {
    requires transitive jakarta.validation;
    requires transitive com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;
    requires org.slf4j;
    requires java.xml;
    // kz.officesud.core.document: PDF structure (PDFBox) and legacy Word (POI HWPF); never in the API.
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires org.apache.poi.poi;
    requires org.apache.poi.scratchpad;

    exports kz.officesud.core;
    exports kz.officesud.core.model;
    exports kz.officesud.core.contract;
    exports kz.officesud.core.wire;
    exports kz.officesud.core.validation;
    exports kz.officesud.core.json;
    exports kz.officesud.core.document;
    exports kz.officesud.core.statement;
    exports kz.officesud.core.fee;

    // Jackson reads the model records (accessors, canonical constructors) and the mix-ins reflectively.
    opens kz.officesud.core.model to
            com.fasterxml.jackson.databind;
    opens kz.officesud.core.json to
            com.fasterxml.jackson.databind;
    opens kz.officesud.core.contract to
            com.fasterxml.jackson.databind;
    opens kz.officesud.core.wire to
            com.fasterxml.jackson.databind;
    opens kz.officesud.core.fee to
            com.fasterxml.jackson.databind;
    // Hibernate Validator instantiates the constraint validators of @ValidIin / @ValidBin.
    opens kz.officesud.core.validation to
            org.hibernate.validator;
}
