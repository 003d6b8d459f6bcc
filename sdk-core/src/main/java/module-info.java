/**
 * Models of the court office's services, the court's rules as data, validators, and the JSON that client
 * and court share.
 */
// "module": Hibernate Validator is the validation engine at run time only, so it is not resolved at compile time.
@SuppressWarnings("module")
module kz.officesud.core {
    requires transitive jakarta.validation;
    requires transitive com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;
    requires org.slf4j;
    // the XML the court prepares to be signed (kz.officesud.core.contract.SigningXml)
    requires java.xml;

    exports kz.officesud.core;
    exports kz.officesud.core.model;
    exports kz.officesud.core.contract;
    exports kz.officesud.core.wire;
    exports kz.officesud.core.validation;
    exports kz.officesud.core.json;
    exports kz.officesud.core.statement;
    exports kz.officesud.core.fee;

    // Messages of rules that other artifacts add (sdk-documents' document.* keys).
    uses kz.officesud.core.validation.ViolationMessages;

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
