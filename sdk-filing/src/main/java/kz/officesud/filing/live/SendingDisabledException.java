package kz.officesud.filing.live;

import java.io.Serial;

/**
 * A dry run ended as it should: every step of the filing wizard was filled and checked by the cabinet's pages, the
 * court's XML to sign was read and matched against the filing, and nothing was signed or sent, because sending is not
 * enabled ({@link LiveCabinet.Builder#sending(boolean)}). The {@link #report()} says what each page said.
 */
public final class SendingDisabledException extends LiveCabinetException {
    @Serial
    private static final long serialVersionUID = 1L;

    public SendingDisabledException(WizardReport report) {
        super(
                "wizard.sign",
                "dry run: the filing wizard was filled and checked to its signing page (talon id "
                        + report.talonId().orElse("?") + " reserved); nothing was signed or sent because sending is not"
                        + " enabled",
                report);
    }
}
