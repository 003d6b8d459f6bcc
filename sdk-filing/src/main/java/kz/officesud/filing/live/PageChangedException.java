package kz.officesud.filing.live;

import java.io.Serial;

/**
 * A page of the live cabinet is not as the {@link PageMapping} describes it: an element was not found (the site has
 * changed). Update the mapping ({@link PageMapping#load}) — no new release of the SDK is needed.
 */
public final class PageChangedException extends LiveCabinetException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String element;

    public PageChangedException(String page, String element, String locator) {
        super(
                page,
                "the live cabinet's page '" + page + "' has no element '" + element + "' (looked for by " + locator
                        + "): the site may have changed; update the page mapping",
                null);
        this.element = element;
    }

    /** The element of the mapping that was not found, e.g. {@code password}. */
    public String element() {
        return element;
    }
}
