package kz.officesud.filing.live.internal;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.Talon;
import kz.officesud.core.wire.JudicialActEntry;
import kz.officesud.filing.CaseSummary;
import kz.officesud.filing.RegisteredUser;
import kz.officesud.filing.XmlSigner;
import kz.officesud.filing.internal.CabinetSession;
import kz.officesud.filing.live.PageChangedException;
import kz.officesud.transport.CourtOfficeException;
import okhttp3.HttpUrl;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** A session logged in to the live cabinet: «Мои дела», «Судебные акты», the filing wizard, log-out. */
final class LiveSession implements CabinetSession {
    private final WebCabinet cabinet;
    private final WebClient client;
    private final RegisteredUser user;
    private final String personName;
    private final @Nullable String organisation;
    private final HttpUrl logout;

    LiveSession(
            WebCabinet cabinet,
            WebClient client,
            RegisteredUser user,
            String personName,
            @Nullable String organisation,
            HttpUrl logout) {
        this.cabinet = cabinet;
        this.client = client;
        this.user = user;
        this.personName = personName;
        this.organisation = organisation;
        this.logout = logout;
    }

    @Override
    public RegisteredUser user() {
        return user;
    }

    @Override
    public Talon file(Filing filing, XmlSigner signer) {
        return new Wizard(cabinet, client, this).file(filing, signer);
    }

    /** The sender of this account's talons, as the court writes it. */
    Talon.Sender sender() {
        return new Talon.Sender(personName, java.util.Objects.requireNonNull(user.iin()), user.bin(), organisation);
    }

    @Override
    public List<CaseSummary> myCases() {
        Page page = cabinet.openPage(client, "myCases");
        Element table = page.find("table");
        Map<String, Integer> columns = columns(page, table);
        Pattern court = Pattern.compile(page.mapping().text("courtPattern"));
        Pattern ground = Pattern.compile(page.mapping().text("groundPattern"));
        List<CaseSummary> cases = new ArrayList<>();
        for (Element row : table.select("tbody > tr")) {
            List<String> cells = row.select("td").eachText();
            if (cells.size() < columns.size()) {
                throw new PageChangedException(page.name(), "row cells", "a row with a cell for every column");
            }
            String talonNumber = cells.get(columns.get("talon"));
            FilingId id = FilingId.of(cells.get(columns.get("filingId")));
            Court recipient = court(page, court, cells.get(columns.get("court")));
            OffsetDateTime sentAt;
            try {
                sentAt = OffsetDateTime.parse(cells.get(columns.get("sentAt")));
            } catch (DateTimeParseException e) {
                throw new PageChangedException(page.name(), "sentAt", "a date and time (ISO-8601) in its column");
            }
            Talon talon = new Talon(
                    talonNumber, id, sentAt, sender(), new Talon.Recipient(recipient.code(), recipient.nameRu()));
            cases.add(new CaseSummary(
                    id,
                    service(page, cells.get(columns.get("service"))),
                    talon,
                    recipient,
                    status(page, ground, cells.get(columns.get("status")))));
        }
        return List.copyOf(cases);
    }

    /** The talon of the filing with talon number {@code number} in «Мои дела», if the court lists it. */
    Optional<Talon> findTalon(String number) {
        return myCases().stream()
                .map(CaseSummary::talon)
                .filter(t -> t != null && t.number().equals(number))
                .findFirst();
    }

    Court court(Page page, Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new PageChangedException(page.name(), "court", "the pattern " + pattern);
        }
        String code = m.group(2);
        return cabinet.courts()
                .find(code)
                .orElseThrow(() -> new CourtOfficeException("the live cabinet names court " + code
                        + ", which the court directory does not know: update it"));
    }

    private static Map<String, Integer> columns(Page page, Element table) {
        List<String> headers = table.select("thead th").eachText();
        Map<String, Integer> columns = new HashMap<>();
        for (String column : List.of("talon", "sentAt", "service", "court", "status", "filingId")) {
            int index = headers.indexOf(page.mapping().text(column));
            if (index < 0) {
                throw new PageChangedException(
                        page.name(), column, "the column '" + page.mapping().text(column) + "'");
            }
            columns.put(column, index);
        }
        return columns;
    }

    private static CourtService service(Page page, String text) {
        for (CourtService service : CourtService.values()) {
            if (service.nameRu().equals(text)) {
                return service;
            }
        }
        throw new PageChangedException(page.name(), "service", "a service's Russian name, not '" + text + "'");
    }

    private static FilingStatus status(Page page, Pattern ground, String text) {
        for (FilingState state : FilingState.values()) {
            if (text.startsWith(state.nameRu())) {
                if (state == FilingState.REFUSED) {
                    Matcher m = ground.matcher(text);
                    return m.find()
                            ? FilingStatus.refused(RefusalGround.ofNumber(Integer.parseInt(m.group(1))))
                            : FilingStatus.of(state);
                }
                return FilingStatus.of(state);
            }
        }
        throw new PageChangedException(page.name(), "status", "a status's Russian name, not '" + text + "'");
    }

    @Override
    public List<JudicialActEntry> judicialActs() {
        return new PageReader(cabinet).acts(client);
    }

    @Override
    public Path downloadAct(FilingId filingId, JudicialAct act, Path target) {
        return new PageReader(cabinet).download(client, filingId, act, target);
    }

    @Override
    public void logOut() {
        client.get("log out", logout);
    }
}
