/**
 * What a filing's statement says, read from its text: the court it is addressed to, its title, and its list of
 * annexes («Приложение»). The rules the court applies to them — a listed annex that is not attached, a document that
 * does not fit the chosen section, a document addressed to another court (the 2018 rules on filing electronic
 * documents, §24, grounds 4 to 6) — are here once, for the client's check and the court's registration alike.
 */
@NullMarked
package kz.officesud.core.statement;

import org.jspecify.annotations.NullMarked;
