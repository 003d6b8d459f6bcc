package kz.officesud.mockserver.internal.court;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import kz.officesud.core.wire.SearchChallenge;
import org.jspecify.annotations.Nullable;

/**
 * The public case search's guard against abuse: an address may search {@link #ALLOWANCE} times in {@link #WINDOW};
 * past that it must answer a challenge — six digits drawn as a noisy picture, the live site's CAPTCHA — and an answered
 * challenge buys another allowance. A challenge is used once, lives {@link #CHALLENGE_TTL} and belongs to the address
 * it was issued to. The state is bounded: at most {@link #MAX_ADDRESSES} addresses and as many open challenges.
 * Thread-safe.
 */
public final class SearchThrottle {
    static final int ALLOWANCE = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration CHALLENGE_TTL = Duration.ofMinutes(5);
    static final int MAX_ADDRESSES = 100_000;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Deque<Instant>> searches = bounded();
    private final Map<String, Open> challenges = bounded();

    private record Open(String address, String answer, Instant expiresAt) {}

    public SearchThrottle(Clock clock) {
        this.clock = clock;
    }

    /** The outcome of asking to search: allowed, or a challenge to answer first. */
    public sealed interface Verdict {}

    public record Allowed() implements Verdict {}

    public record Challenged(SearchChallenge challenge) implements Verdict {}

    /**
     * Counts a search from {@code address}: allowed within the allowance, or after the right answer to a challenge
     * issued to this address; otherwise a new challenge.
     */
    public synchronized Verdict admit(String address, @Nullable String challengeId, @Nullable String answer) {
        Instant now = clock.instant();
        Deque<Instant> recent = searches.computeIfAbsent(address, a -> new ArrayDeque<>());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
            recent.removeFirst();
        }
        if (challengeId != null && answer != null) {
            Open open = challenges.remove(challengeId);
            if (open != null
                    && open.address().equals(address)
                    && now.isBefore(open.expiresAt())
                    && open.answer().equals(answer.strip())) {
                recent.clear();
            }
        }
        if (recent.size() >= ALLOWANCE) {
            return new Challenged(issue(address, now));
        }
        recent.addLast(now);
        return new Allowed();
    }

    /**
     * A challenge for {@code address} whatever its allowance: the web search form shows one with every search, as the
     * live site's does.
     */
    public synchronized SearchChallenge challenge(String address) {
        return issue(address, clock.instant());
    }

    /**
     * Whether {@code answer} is what the open challenge {@code challengeId} of {@code address} shows; the challenge is
     * used up either way. The right answer starts the address's allowance afresh, as in {@link #admit}.
     */
    public synchronized boolean answered(String address, String challengeId, String answer) {
        Open open = challenges.remove(challengeId);
        boolean right = open != null
                && open.address().equals(address)
                && clock.instant().isBefore(open.expiresAt())
                && open.answer().equals(answer.strip());
        if (right) {
            searches.remove(address);
        }
        return right;
    }

    /** Forgets every address's searches and every open challenge. */
    public synchronized void clear() {
        searches.clear();
        challenges.clear();
    }

    /** The answer of an open challenge: what a person would read in its image (the reference court's test aid). */
    public synchronized Optional<String> answer(String challengeId) {
        return Optional.ofNullable(challenges.get(challengeId)).map(Open::answer);
    }

    private SearchChallenge issue(String address, Instant now) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String challengeId = "CH-" + Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            digits.append(random.nextInt(10));
        }
        Instant expires = now.plus(CHALLENGE_TTL);
        challenges.put(challengeId, new Open(address, digits.toString(), expires));
        return new SearchChallenge(challengeId, "image/png", png(digits.toString()), expires);
    }

    /** 5 × 7 dot glyphs of the digits, one row of five bits each. */
    private static final int[][] GLYPHS = {
        {14, 17, 19, 21, 25, 17, 14}, {4, 12, 4, 4, 4, 4, 14}, {14, 17, 1, 2, 4, 8, 31}, {31, 2, 4, 2, 1, 17, 14},
        {2, 6, 10, 18, 31, 2, 2}, {31, 16, 30, 1, 1, 17, 14}, {6, 8, 16, 30, 17, 17, 14}, {31, 1, 2, 4, 8, 8, 8},
        {14, 17, 17, 14, 17, 17, 14}, {14, 17, 17, 15, 1, 2, 12}
    };

    private byte[] png(String digits) {
        int scale = 6;
        int width = digits.length() * 7 * scale + 2 * scale;
        int height = 11 * scale;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                int grey = 200 + random.nextInt(56);
                image.setRGB(x, y, grey << 16 | grey << 8 | grey);
            }
        }
        for (int i = 0; i < digits.length(); i++) {
            int[] glyph = GLYPHS[digits.charAt(i) - '0'];
            int left = scale + i * 7 * scale + random.nextInt(scale);
            int top = 2 * scale + random.nextInt(scale) - scale / 2;
            for (int row = 0; row < 7; row++) {
                for (int column = 0; column < 5; column++) {
                    if ((glyph[row] >> (4 - column) & 1) == 0) {
                        continue;
                    }
                    for (int dx = 0; dx < scale; dx++) {
                        for (int dy = 0; dy < scale; dy++) {
                            int grey = random.nextInt(80);
                            image.setRGB(
                                    left + column * scale + dx, top + row * scale + dy, grey << 16 | grey << 8 | grey);
                        }
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_ADDRESSES;
            }
        };
    }
}
