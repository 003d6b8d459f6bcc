package kz.officesud.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.officesud.mockserver.ReferenceCourt;
import kz.officesud.mockserver.ReferenceCourtMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code officesud court [options]}: starts the reference court on this machine until Ctrl+C, with the options of the
 * court's own launcher ({@link ReferenceCourtMain}: port, data folder, trusted CAs, clerk), which reads them.
 */
@Command(name = "court")
final class CourtCommand implements Callable<Integer> {
    @Unmatched
    private List<String> options = new ArrayList<>();

    private final Context context;

    CourtCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        Optional<ReferenceCourt.Builder> builder;
        try {
            builder = ReferenceCourtMain.options(options.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage() + System.lineSeparator() + usage());
        }
        if (builder.isEmpty()) {
            context.out().println(usage());
            return ExitCode.OK;
        }
        ReferenceCourt court = builder.get().build().start();
        String api = court.baseUrl() + "api/v1";
        context.out()
                .println(court.dataDirectory()
                        .map(directory -> context.t(
                                "court.listening",
                                api,
                                directory.toAbsolutePath().normalize()))
                        .orElseGet(() -> context.t("court.listeningInMemory", api)));
        context.out().println(context.t("court.control", court.baseUrl() + "__admin", court.controlToken()));
        context.out().flush();
        context.terminal().runUntilStopped(court);
        return ExitCode.OK;
    }

    private String usage() {
        return context.t("court.usage") + System.lineSeparator() + ReferenceCourtMain.optionsHelp();
    }
}
