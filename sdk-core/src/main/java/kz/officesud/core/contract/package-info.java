/**
 * The contract of a filing between client and court, one typed thing used by both: the signed {@link
 * kz.officesud.core.contract.Manifest}, the rule of who may sign for an account ({@link
 * kz.officesud.core.contract.SigningAuthority}), and the caller's {@link
 * kz.officesud.core.contract.IdempotencyKey}.
 */
@NullMarked
package kz.officesud.core.contract;

import org.jspecify.annotations.NullMarked;
