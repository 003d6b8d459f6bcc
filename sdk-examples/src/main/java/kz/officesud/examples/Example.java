package kz.officesud.examples;

import java.io.IOException;
import java.util.Objects;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Talon;

/**
 * One runnable example: what an application does to use one service of the court office, from the filing's form to
 * the court's answer, the talon (талон об отправке). Its {@link Body} is handed a user who is logged in; {@link
 * Examples} runs it against the embedded court, where a real application would log in to office.sud.kz.
 *
 * @param name the example's name, the subcommand that runs it ({@code appeal}, {@code court-order-claim}…)
 * @param service the service it files
 * @param description what it shows, in a line
 * @param body the example itself
 */
public record Example(String name, CourtService service, String description, Body body) {
    public Example {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(body, "body");
    }

    /** The example's code: files a filing as {@code user} and returns the court's talon. */
    @FunctionalInterface
    public interface Body {
        Talon run(ExampleUser user) throws IOException;
    }

    @Override
    public String toString() {
        return name;
    }
}
