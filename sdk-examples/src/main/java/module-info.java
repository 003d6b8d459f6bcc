/** Runnable examples and the end-to-end demo. */
module kz.officesud.examples {
    requires transitive kz.officesud.filing;
    requires kz.officesud.mockserver;
    requires static transitive org.jspecify;
    requires org.slf4j;

    exports kz.officesud.examples;
}
