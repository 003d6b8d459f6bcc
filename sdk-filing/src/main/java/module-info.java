/** The client of the court office's filing services. */
module kz.officesud.filing {
    requires transitive kz.officesud.core;
    requires transitive kz.officesud.signing;
    requires static org.jspecify;
    requires org.slf4j;
    requires okhttp3;
    requires com.fasterxml.jackson.databind;

    exports kz.officesud.filing;
}
