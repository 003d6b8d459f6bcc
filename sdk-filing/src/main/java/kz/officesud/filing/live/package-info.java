/**
 * The live cabinet: the same {@link kz.officesud.filing.CourtOffice} / {@link kz.officesud.filing.CourtSession} API
 * driven over office.sud.kz's own web pages (a JSF application with RichFaces AJAX, which has no API), chosen by one
 * builder line: {@code CourtOffice.builder().liveCabinet(LiveCabinet.of(URI.create("https://office.sud.kz")))}.
 *
 * <p>Unofficial: the pages are read as public automation code reads them, found by what their elements are (label,
 * input type, script pattern) through a replaceable {@link kz.officesud.filing.live.PageMapping}; when the site changes,
 * one {@link kz.officesud.filing.live.PageChangedException} names the page and the element not found. Filing runs as a
 * dry run unless sending is enabled ({@link kz.officesud.filing.live.LiveCabinet.Builder#sending(boolean)}). Case
 * search hands its CAPTCHA to the caller as the case-search client's own challenge
 * ({@link kz.officesud.casesearch.SearchChallengeException}); the SDK never reads it.
 */
@NullMarked
package kz.officesud.filing.live;

import org.jspecify.annotations.NullMarked;
