package kz.officesud.mockserver.internal.court;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.contract.SigningXml;
import kz.officesud.core.wire.XmlToSign;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.store.BlobStore;
import kz.officesud.mockserver.internal.store.CourtStore;
import kz.officesud.mockserver.internal.store.UserRecord;

/**
 * Signing by XML, the live cabinet's way: for a filing whose form and documents are ready the court reserves the talon
 * number it will carry and answers the XML to sign ({@link SigningXml#filing}: the talon id in {@code <f1>}, the form's
 * fields, each document); the user's key signs it as an enveloped XMLDSig and the signed XML comes back with the
 * filing. A reservation is the account's, for this manifest, single use, and lapses after its time. Thread-safe.
 */
public final class XmlDesk {
    private static final int MAX_OUTSTANDING = 100_000;

    /** A talon number reserved for a manifest of an account. */
    public record Reservation(String talonNumber, String userId, String manifestSha256, Instant expiresAt) {
        public Reservation {
            Objects.requireNonNull(talonNumber, "talonNumber");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(manifestSha256, "manifestSha256");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    private final CourtStore store;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Reservation> reserved = new ConcurrentHashMap<>();

    public XmlDesk(CourtStore store, Clock clock, Duration ttl) {
        this.store = store;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Reserves a talon number for the manifest and answers its XML to sign. */
    public XmlToSign prepare(UserRecord user, Manifest manifest, byte[] manifestBytes) {
        Instant now = clock.instant();
        reserved.values().removeIf(r -> !now.isBefore(r.expiresAt()));
        if (reserved.size() >= MAX_OUTSTANDING) {
            throw new ProblemException(503, "unavailable", "too many filings are waiting for their signature");
        }
        String number = store.nextTalonNumber(
                OffsetDateTime.ofInstant(now, clock.getZone()).getYear());
        Reservation reservation =
                new Reservation(number, user.userId(), BlobStore.sha256Hex(manifestBytes), now.plus(ttl));
        reserved.put(number, reservation);
        byte[] xml = SigningXml.filing(number, manifest);
        return new XmlToSign(number, Base64.getEncoder().encodeToString(xml), reservation.expiresAt());
    }

    /**
     * Takes the reservation a signed XML names: the account's, for these manifest bytes, in time, and the XML says
     * exactly what the court prepared; else a 400 naming what is wrong. The signature itself is the clerk's check.
     */
    public Reservation redeem(UserRecord user, byte[] signedXml, byte[] manifestBytes, Manifest manifest) {
        Optional<String> talonId = SigningXml.talonId(signedXml);
        if (talonId.isEmpty()) {
            throw ProblemException.badRequest("signed_xml_invalid", "'signedXml' is not the court's XML of a filing");
        }
        Reservation reservation = reserved.get(talonId.get());
        if (reservation == null
                || !reservation.userId().equals(user.userId())
                || !clock.instant().isBefore(reservation.expiresAt())) {
            throw ProblemException.badRequest(
                    "signed_xml_invalid", "the signed XML's talon id is unknown, used, expired or another account's");
        }
        if (!reservation.manifestSha256().equals(BlobStore.sha256Hex(manifestBytes))
                || !SigningXml.sameContent(signedXml, SigningXml.filing(reservation.talonNumber(), manifest))) {
            throw ProblemException.badRequest(
                    "signed_xml_invalid", "the signed XML does not say what the court prepared for this manifest");
        }
        reserved.remove(talonId.get());
        return reservation;
    }
}
