package kz.officesud.core.wire;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /judicial-acts/legitimacy-checks}: «Проверка законности судебного акта» — an act's identifier as it is
 * printed on the act, and, to check a file in hand, that file's SHA-256.
 *
 * @param actId the act's identifier
 * @param sha256 the SHA-256 (hex) of a file said to be the act, if one is to be checked
 */
public record LegitimacyCheckForm(@Nullable String actId, @Nullable String sha256) {}
