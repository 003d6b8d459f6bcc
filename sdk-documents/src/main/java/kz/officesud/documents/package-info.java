/**
 * The court's rules for attached documents (the 2014 instruction, seed 002, and the 2018 rules as amended in
 * 2025, seed 004), and an inspector that checks a file against them before it is sent: format by content, readability, hostile input, size and layout (Times New Roman 14, line
 * spacing), with messages in Kazakh, Russian and English.
 *
 * <p>Entry points: {@link kz.officesud.documents.RuleSets}, {@link kz.officesud.documents.DocumentInspector},
 * {@link kz.officesud.documents.DocumentFilingRule} (a dry run of a whole filing through the core validator),
 * {@link kz.officesud.documents.PdfSplitter}. Decisions and known limits: {@code docs/document-rules.md}.
 */
@NullMarked
package kz.officesud.documents;

import org.jspecify.annotations.NullMarked;
