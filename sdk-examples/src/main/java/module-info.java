/** Runnable examples and the end-to-end demo. */
module kz.officesud.examples {
    requires kz.officesud.filing;
    requires kz.officesud.mockserver;
    requires static org.jspecify;
    requires org.slf4j;

    exports kz.officesud.examples;
}
