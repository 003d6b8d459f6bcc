package kz.officesud.core.wire;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /filings/{filingId}/fee-top-ups}: «Отправить доплату государственной пошлины» — a further payment of the
 * state fee, made through the e-government payment gateway, added to a sent filing by its unique payment code.
 *
 * @param paymentCode the payment's unique code
 */
public record FeeTopUpForm(@Nullable String paymentCode) {}
