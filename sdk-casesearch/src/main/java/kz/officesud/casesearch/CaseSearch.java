package kz.officesud.casesearch;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import kz.officesud.core.wire.AccessRequestForm;
import kz.officesud.core.wire.AccessRequestView;
import kz.officesud.core.wire.CaseDocumentView;
import kz.officesud.core.wire.CaseSummary;
import kz.officesud.core.wire.ObservedCaseView;

/**
 * Following a case from outside the court: the cabinet's case search and the observation of a case (ЭНП) by a
 * participant's IIN and access password. {@link CaseSearchClient} is the court office's HTTP API; an application may put
 * another source behind the same interface (a cache, the live site).
 *
 * <p>Every call has an asynchronous twin named with {@code Async}: a {@link CompletableFuture} with the same result or
 * failure, which never blocks the calling thread on the network; cancelling it cancels the call in flight.
 */
public interface CaseSearch {
    /**
     * «Поиск судебного дела»: the cases matching every criterion of {@code query}, oldest first.
     *
     * @throws SearchChallengeException the court wants its challenge answered first: show {@link
     *     SearchChallengeException#challenge()} to the user and call {@link #search(CaseQuery, ChallengeAnswer)}
     */
    List<CaseSummary> search(CaseQuery query);

    /** {@link #search(CaseQuery)} again, with the user's answer to the court's challenge. */
    List<CaseSummary> search(CaseQuery query, ChallengeAnswer answer);

    /** As {@link #search(CaseQuery)}, without blocking. */
    CompletableFuture<List<CaseSummary>> searchAsync(CaseQuery query);

    /** As {@link #search(CaseQuery, ChallengeAnswer)}, without blocking. */
    CompletableFuture<List<CaseSummary>> searchAsync(CaseQuery query, ChallengeAnswer answer);

    /**
     * The case a participant's IIN and access password open: the case, its participants by category, its course across
     * all instances and the acts and documents the participant may see, both oldest first.
     *
     * @param iin exactly 12 digits, nothing else
     * @param password the access password from the card the court's office issued; the caller may clear it afterwards
     * @throws kz.officesud.core.validation.ValidationException the IIN is not 12 digits (nothing is sent)
     * @throws kz.officesud.transport.AuthenticationException no case answers the pair — the same whether the IIN is
     *     known or not
     * @throws ObservationLockedException too many wrong passwords for the IIN or from this address
     */
    ObservedCaseView observe(String iin, char[] password);

    /**
     * As {@link #observe(String, char[])}, without blocking: the password is read before this method returns, and the
     * caller may clear it at once.
     */
    CompletableFuture<ObservedCaseView> observeAsync(String iin, char[] password);

    /**
     * Downloads one act or document of an observed case into {@code target}, streamed: it takes the target's name
     * only whole and as listed (size and SHA-256).
     *
     * @return the target
     */
    Path download(ObservedCaseView observed, CaseDocumentView document, Path target);

    /** As {@link #download(ObservedCaseView, CaseDocumentView, Path)}, without blocking; cancelling stops it. */
    CompletableFuture<Path> downloadAsync(ObservedCaseView observed, CaseDocumentView document, Path target);

    /**
     * Sends a participant's online request for an access password, signed with their ЭЦП: {@code request} with its
     * {@code signature} set to a detached CMS over {@link AccessRequestForm#dataToSign()} (made with sdk-signing, or by
     * NCALayer in the user's browser). The court's office approves it — the password goes to the request's e-mail —
     * or refuses it, telling the participant either way.
     *
     * @throws kz.officesud.transport.CourtServiceException {@code request_signature} (422) when the signature does not
     *     hold or is not the named participant's
     */
    AccessRequestView requestAccess(AccessRequestForm request);

    /** As {@link #requestAccess(AccessRequestForm)}, without blocking. */
    CompletableFuture<AccessRequestView> requestAccessAsync(AccessRequestForm request);
}
