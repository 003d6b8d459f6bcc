/**
 * What the court keeps about a filing besides the filing itself, and about its users' cabinets: the registration
 * control card (РКК), the case's events, judicial acts and answers, state-fee payments and their checks, notifications,
 * the e-mail outbox, webhooks and their deliveries, and the record of purged copies. Reference court internals: not an
 * API.
 */
@NullMarked
package kz.officesud.mockserver.internal.casefile;

import org.jspecify.annotations.NullMarked;
