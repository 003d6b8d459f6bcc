/**
 * The court office's models: identities ({@link kz.officesud.core.model.Iin}, {@link
 * kz.officesud.core.model.Bin}), courts and regions, parties, money, attachments, the filings of every
 * service (a {@link kz.officesud.core.model.Filing}) and their statuses. Plain records with no
 * serialization annotations: JSON lives in {@code kz.officesud.core.json}.
 */
@NullMarked
package kz.officesud.core.model;

import org.jspecify.annotations.NullMarked;
