/** Models of the court office's services, the court's rules as data, and validators. */
module kz.officesud.core {
    requires transitive jakarta.validation;
    requires static org.jspecify;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;

    exports kz.officesud.core;
}
