/**
 * {@code officesud}, the command-line tool: checks documents by the court's rules, signs and verifies (CMS, XML,
 * signed ZIP containers), starts the reference court, and files. An application: it exports nothing.
 */
module kz.officesud.cli {
    requires kz.officesud.filing;
    requires kz.officesud.documents;
    requires kz.officesud.mockserver;
    requires static org.jspecify;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;

    // picocli reads the commands' annotations and sets their fields reflectively.
    opens kz.officesud.cli to
            info.picocli;
}
