/**
 * The court's rules for attached documents (SPEC.md §4), and an inspector that checks a file against them
 * before it is sent: format by content, readability, hostile input, size and layout (Times New Roman 14, line
 * spacing), with messages in Kazakh, Russian and English.
 *
 * <p>Entry points: {@link kz.officesud.core.document.RuleSets}, {@link kz.officesud.core.document.DocumentInspector},
 * {@link kz.officesud.core.document.PdfSplitter}.
 */
@NullMarked
package kz.officesud.core.document;

import org.jspecify.annotations.NullMarked;
