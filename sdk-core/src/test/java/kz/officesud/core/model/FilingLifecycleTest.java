package kz.officesud.core.model;

import static kz.officesud.core.model.FilingState.CLOSED;
import static kz.officesud.core.model.FilingState.DRAFT;
import static kz.officesud.core.model.FilingState.IN_PROCEEDINGS;
import static kz.officesud.core.model.FilingState.REFUSED;
import static kz.officesud.core.model.FilingState.REGISTERED;
import static kz.officesud.core.model.FilingState.SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FilingLifecycleTest {
    private static final Map<FilingState, Set<FilingState>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SENT),
            SENT, EnumSet.of(REGISTERED, REFUSED),
            REGISTERED, EnumSet.of(IN_PROCEEDINGS, CLOSED),
            IN_PROCEEDINGS, EnumSet.of(CLOSED),
            REFUSED, EnumSet.of(SENT),
            CLOSED, EnumSet.noneOf(FilingState.class));

    @Test
    void canMoveTo_allowsExactlyTheLifecycle() {
        for (FilingState from : FilingState.values()) {
            for (FilingState to : FilingState.values()) {
                assertThat(from.canMoveTo(to))
                        .as("%s -> %s", from, to)
                        .isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void illegalTransitions_areRejected() {
        assertThat(DRAFT.canMoveTo(REGISTERED)).isFalse();
        assertThat(SENT.canMoveTo(DRAFT)).isFalse();
        assertThat(REFUSED.canMoveTo(REGISTERED))
                .as("registered only after being sent again")
                .isFalse();
        assertThat(REFUSED.canMoveTo(IN_PROCEEDINGS)).isFalse();
        assertThat(CLOSED.canMoveTo(IN_PROCEEDINGS)).isFalse();
        assertThat(REGISTERED.canMoveTo(REGISTERED)).isFalse();
        assertThat(REGISTERED.canMoveTo(REFUSED)).isFalse();
        assertThat(CLOSED.isFinal()).isTrue();
        assertThat(SENT.isFinal()).isFalse();
    }

    @Test
    void refused_isNotFinal_additionalDocumentsSendItAgain() {
        // seed 000 §2.2.1, seed 004 §16: «Отправить дополнительные документы» after a refusal
        assertThat(REFUSED.isFinal()).isFalse();
        assertThat(REFUSED.next()).containsExactly(SENT);
        FilingStatus refused = FilingStatus.refused(RefusalGround.MISSING_ANNEX);
        assertThat(refused.canMoveTo(FilingStatus.SENT)).isTrue();
        assertThat(refused.canMoveTo(FilingStatus.REGISTERED)).isFalse();
        // a whole history: refused for a missing annex, sent again with it, registered, heard, ended
        List<FilingStatus> history = List.of(
                FilingStatus.SENT,
                refused,
                FilingStatus.SENT,
                FilingStatus.REGISTERED,
                FilingStatus.IN_PROCEEDINGS,
                FilingStatus.CLOSED);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i - 1).canMoveTo(history.get(i)))
                    .as("%s -> %s", history.get(i - 1), history.get(i))
                    .isTrue();
        }
    }

    @Test
    void registeredStates_areThoseTheCourtRegistered() {
        assertThat(Arrays.stream(FilingState.values()).filter(FilingState::isRegistered))
                .containsExactly(REGISTERED, IN_PROCEEDINGS, CLOSED);
    }

    @Test
    void states_carryTheSeedsNames() {
        assertThat(DRAFT.nameRu()).isEqualTo("Ожидает отправки");
        assertThat(REFUSED.nameRu()).isEqualTo("Отказано в регистрации");
        assertThat(IN_PROCEEDINGS.nameRu()).isEqualTo("Принято к производству");
        assertThat(Arrays.stream(FilingState.values()).map(FilingState::nameRu).collect(Collectors.toSet()))
                .hasSize(FilingState.values().length);
    }

    @Test
    void filingStatus_groundOnlyForRefusal() {
        FilingStatus refused = FilingStatus.refused(RefusalGround.MISSING_ANNEX);
        assertThat(refused.state()).isEqualTo(REFUSED);
        assertThat(refused.refusalGround()).contains(RefusalGround.MISSING_ANNEX);
        assertThat(refused).isEqualTo(FilingStatus.refused(RefusalGround.MISSING_ANNEX));
        assertThat(refused).isNotEqualTo(FilingStatus.refused(RefusalGround.DUPLICATE));
        assertThat(FilingStatus.REGISTERED.refusalGround()).isEmpty();
        assertThat(FilingStatus.of(SENT)).isEqualTo(FilingStatus.SENT);
        assertThatThrownBy(() -> new FilingStatus(REFUSED, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FilingStatus(REGISTERED, RefusalGround.DUPLICATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(FilingStatus.SENT.canMoveTo(refused)).isTrue();
        assertThat(FilingStatus.DRAFT.canMoveTo(refused)).isFalse();
        assertThat(refused.toString()).isEqualTo("REFUSED(MISSING_ANNEX)");
    }

    @Test
    void refusalGrounds_areTheSixNumberedOnes_withTextsInThreeLanguages() {
        assertThat(Arrays.stream(RefusalGround.values()).map(RefusalGround::number))
                .containsExactly(1, 2, 3, 4, 5, 6);
        for (RefusalGround ground : RefusalGround.values()) {
            assertThat(RefusalGround.ofNumber(ground.number())).isEqualTo(ground);
            Set<String> texts = Set.of("kk", "ru", "en").stream()
                    .map(l -> ground.text(Locale.forLanguageTag(l)))
                    .collect(Collectors.toSet());
            assertThat(texts).as("%s", ground).hasSize(3).noneMatch(t -> t.startsWith("refusal."));
        }
        assertThat(RefusalGround.UNREADABLE_ATTACHMENT.text(Locale.forLanguageTag("ru")))
                .isEqualTo("Вложенные документы являются нечитаемыми.");
        assertThat(RefusalGround.NOT_ADDRESSED_TO_COURT.text(Locale.forLanguageTag("kk")))
                .isEqualTo("Құжат осы сотқа жолданбаған.");
        assertThat(RefusalGround.WRONG_SECTION.text(Locale.ENGLISH))
                .isEqualTo("The attached document does not match the chosen section.");
        assertThatThrownBy(() -> RefusalGround.ofNumber(7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void courtService_catalogueCoversSpecSection3() {
        assertThat(CourtService.values()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(Arrays.stream(CourtService.values()).filter(s -> s.group() == CourtService.Group.CASE_DOCUMENTS))
                .hasSize(11);
        assertThat(CourtService.values())
                .contains(
                        CourtService.CLAIM,
                        CourtService.APPEAL,
                        CourtService.PRIVATE_COMPLAINT,
                        CourtService.CASSATION_COMPLAINT,
                        CourtService.SUPERVISORY_REVIEW,
                        CourtService.NEWLY_DISCOVERED_CIRCUMSTANCES,
                        CourtService.SET_ASIDE_DEFAULT_JUDGMENT,
                        CourtService.CANCEL_COURT_ORDER,
                        CourtService.RECEIPT_CHECK,
                        CourtService.HEARING_RECORD_COPY_REQUEST,
                        CourtService.REMARKS_ON_RECORD,
                        CourtService.PETITION,
                        CourtService.LETTER,
                        CourtService.APOSTILLE_REQUEST,
                        CourtService.CRIMINAL_FILING,
                        CourtService.ADMINISTRATIVE_OFFENCE_FILING);
        assertThat(Arrays.stream(CourtService.values())
                        .map(CourtService::nameRu)
                        .collect(Collectors.toSet()))
                .hasSize(CourtService.values().length)
                .allMatch(n -> n.chars().anyMatch(c -> c >= 'А' && c <= 'я'));
        assertThat(CourtService.CLAIM.isFiling()).isTrue();
        assertThat(CourtService.CLAIM.mayTakeStateFee()).isTrue();
        assertThat(CourtService.RECEIPT_CHECK.isFiling()).isFalse();
    }
}
