package kz.officesud.filing.live;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the SDK drives the live cabinet: its address, the User-Agent it says, the pace of its requests, whether filing
 * may send, and the page mapping. Immutable. Give it to {@code CourtOffice.builder().liveCabinet(...)}:
 *
 * <pre>{@code
 * CourtOffice office = CourtOffice.builder()
 *         .liveCabinet(LiveCabinet.builder(URI.create("https://office.sud.kz")).sending(true).build())
 *         .build();
 * }</pre>
 *
 * <p>Manners: the SDK acts only for the account it logged in to, says who it is in {@link #userAgent()}, sends one
 * request at a time per session and at least {@link #pace()} apart, keeps each session's cookies and view state to
 * itself, and never repeats a step that may have changed something at the court before asking the court (in «Мои
 * дела») what happened.
 */
public final class LiveCabinet {
    /** The User-Agent said unless another is given. */
    public static final String DEFAULT_USER_AGENT =
            "officesud-java-sdk (live-cabinet adapter; automated client acting for its logged-in user)";
    /** The least time between two requests of one session unless another is given. */
    public static final Duration DEFAULT_PACE = Duration.ofMillis(500);

    private final URI baseUrl;
    private final String userAgent;
    private final Duration pace;
    private final boolean sending;
    private final PageMapping mapping;

    private LiveCabinet(Builder b) {
        this.baseUrl = b.baseUrl;
        this.userAgent = b.userAgent;
        this.pace = b.pace;
        this.sending = b.sending;
        this.mapping = b.mapping;
    }

    /** The live cabinet at {@code baseUrl} with the defaults: a dry run for filing, the bundled page mapping. */
    public static LiveCabinet of(URI baseUrl) {
        return builder(baseUrl).build();
    }

    public static Builder builder(URI baseUrl) {
        return new Builder(baseUrl);
    }

    public Builder toBuilder() {
        return new Builder(baseUrl)
                .userAgent(userAgent)
                .pace(pace)
                .sending(sending)
                .mapping(mapping);
    }

    /** The cabinet's address, e.g. {@code https://office.sud.kz}. */
    public URI baseUrl() {
        return baseUrl;
    }

    public String userAgent() {
        return userAgent;
    }

    /** The least time between two requests of one session. */
    public Duration pace() {
        return pace;
    }

    /**
     * Whether filing signs and sends; false (the default): a dry run that fills and checks every step, reads the
     * court's XML to sign, and stops there with a {@link SendingDisabledException} carrying what the pages said.
     */
    public boolean sending() {
        return sending;
    }

    public PageMapping mapping() {
        return mapping;
    }

    @Override
    public String toString() {
        return "LiveCabinet[" + baseUrl + (sending ? ", sending" : ", dry run") + ", pace " + pace + "]";
    }

    /** Builds a {@link LiveCabinet}. Not thread-safe. */
    public static final class Builder {
        private final URI baseUrl;
        private String userAgent = DEFAULT_USER_AGENT;
        private Duration pace = DEFAULT_PACE;
        private boolean sending;
        private PageMapping mapping = PageMapping.standard();

        private Builder(URI baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        }

        /** The User-Agent to say: name the application and how to reach its operator. */
        public Builder userAgent(String userAgent) {
            Objects.requireNonNull(userAgent, "userAgent");
            if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                throw new IllegalArgumentException("userAgent must be printable ASCII and not blank");
            }
            this.userAgent = userAgent;
            return this;
        }

        /** The least time between two requests of one session (default half a second); not negative. */
        public Builder pace(Duration pace) {
            Objects.requireNonNull(pace, "pace");
            if (pace.isNegative()) {
                throw new IllegalArgumentException("pace must not be negative: " + pace);
            }
            this.pace = pace;
            return this;
        }

        /** Whether filing signs and sends (default false: a dry run). */
        public Builder sending(boolean sending) {
            this.sending = sending;
            return this;
        }

        /** The page mapping (default {@link PageMapping#standard()}). */
        public Builder mapping(PageMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        public LiveCabinet build() {
            return new LiveCabinet(this);
        }
    }
}
