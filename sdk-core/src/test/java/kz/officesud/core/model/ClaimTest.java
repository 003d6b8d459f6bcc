package kz.officesud.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimTest {
    @TempDir
    Path dir;

    static final Party.LegalEntity ALFA = Party.legalEntity(Bin.ofUnverified("123456789021"), "ТОО «Альфа»");
    static final Party.Individual IVANOV = Party.individual(Iin.ofUnverified("123456789011"), "Иванов Иван Иванович");

    @Test
    void builder_buildsTheClaimOfTheApiSketch() throws Exception {
        Path statement = Files.writeString(dir.resolve("исковое заявление.docx"), "иск", StandardCharsets.UTF_8);
        Path contract = Files.writeString(dir.resolve("договор подряда.pdf"), "договор", StandardCharsets.UTF_8);
        Claim claim = Claim.builder()
                .court(Courts.standard().byCode("7517"))
                .proceedings(Proceedings.ACTION)
                .category(CaseCategory.of("142030001200070000"))
                .nature("О взыскании задолженности")
                .plaintiff(ALFA)
                .defendant(IVANOV)
                .claimAmount(Tenge.of(1_500_000))
                .stateFee(StateFee.paidOnline(Tenge.of(45_000)))
                .summary("Ответчик не оплатил работы по договору подряда.")
                .document(statement)
                .attachment(contract)
                .build();
        assertThat(claim.service()).isEqualTo(CourtService.CLAIM);
        assertThat(claim.court()).isEqualTo(Courts.standard().byCode("7517"));
        assertThat(claim.participants())
                .containsExactly(
                        new Participant(PartySide.PLAINTIFF, ALFA), new Participant(PartySide.DEFENDANT, IVANOV));
        assertThat(claim.participants(PartySide.DEFENDANT))
                .containsExactly(new Participant(PartySide.DEFENDANT, IVANOV));
        assertThat(claim.documents())
                .extracting(d -> d.attachment().fileName())
                .containsExactly("исковое заявление.docx", "договор подряда.pdf");
        assertThat(claim.statement().mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void builder_acceptsAnIncompleteDraft() {
        Claim draft = Claim.builder().build();
        assertThat(draft.court()).isNull();
        assertThat(draft.participants()).isEmpty();
        assertThat(draft.documents()).isEmpty();
    }

    static List<Consumer<Claim.Builder>> nullArguments() {
        return List.of(
                b -> b.court((Court) null),
                b -> b.court((String) null),
                b -> b.proceedings(null),
                b -> b.category((CaseCategory) null),
                b -> b.category((String) null),
                b -> b.nature(null),
                b -> b.plaintiff(null),
                b -> b.defendant(null),
                b -> b.participant(PartySide.THIRD_PARTY, null),
                b -> b.participant(null, IVANOV),
                b -> b.participant(null),
                b -> b.claimAmount(null),
                b -> b.stateFee(null),
                b -> b.summary(null),
                b -> b.statement(null),
                b -> b.document(null),
                b -> b.attachment((Attachment) null),
                b -> b.attachment((Path) null));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void builder_rejectsNullArguments_withTheirName(Consumer<Claim.Builder> call) {
        assertThatThrownBy(() -> call.accept(Claim.builder()))
                .isInstanceOf(NullPointerException.class)
                .message()
                .isNotBlank();
    }

    @Test
    void builder_court_byUnknownCode_isTyped() {
        assertThatThrownBy(() -> Claim.builder().court("0000")).isInstanceOf(UnknownCourtException.class);
    }

    @Test
    void claim_isImmutable_andEqualByValue() {
        Attachment statement = Attachment.of("иск.pdf", ContentSource.ofBytes(new byte[] {1}));
        Claim a = Claim.builder()
                .plaintiff(ALFA)
                .defendant(IVANOV)
                .statement(statement)
                .build();
        Claim b = Claim.builder()
                .plaintiff(ALFA)
                .defendant(IVANOV)
                .statement(statement)
                .build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a)
                .isNotEqualTo(
                        a.toBuilder().participant(PartySide.THIRD_PARTY, IVANOV).build());
        assertThatThrownBy(() -> a.participants().add(new Participant(PartySide.PLAINTIFF, ALFA)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.documents().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(a.toBuilder().build()).isEqualTo(a);
    }

    @Test
    void toBuilder_doesNotShareLists() {
        Claim.Builder builder = Claim.builder().plaintiff(ALFA);
        Claim first = builder.build();
        builder.defendant(IVANOV);
        assertThat(first.participants()).hasSize(1);
        assertThat(builder.build().participants()).hasSize(2);
    }

    @Test
    void canonicalConstructor_rejectsNullLists() {
        assertThatThrownBy(() -> new Claim(null, null, null, null, null, null, null, null, null, List.of(), List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("participants");
    }
}
