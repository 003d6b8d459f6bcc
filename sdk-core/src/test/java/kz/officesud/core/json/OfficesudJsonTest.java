package kz.officesud.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseCategory;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;
import org.junit.jupiter.api.Test;

class OfficesudJsonTest {

    static Claim sampleClaim() {
        return Claim.builder()
                .court("7594")
                .proceedings(Proceedings.ACTION)
                .category(CaseCategory.of("142030001200070000"))
                .plaintiff(Party.legalEntity(Bin.ofUnverified("123456789021"), "ТОО «Альфа»"))
                .defendant(Party.individual(Iin.ofUnverified("123456789011"), "Иванов Иван Иванович"))
                .claimAmount(Tenge.of(1_500_000))
                .stateFee(StateFee.paidOnline(Tenge.of(45_000)))
                .statement(Attachment.of(
                        "исковое заявление.pdf", ContentSource.ofBytes("%PDF-1.7".getBytes(StandardCharsets.UTF_8))))
                .build();
    }

    @Test
    void claim_roundTripsAsFiling() {
        Claim claim = sampleClaim();
        byte[] json = OfficesudJson.write(claim);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"service\":\"CLAIM\"");
        Filing back = OfficesudJson.read(json, Filing.class);
        assertThat(back).isEqualTo(claim);
    }

    @Test
    void canonicalBytes_areDeterministic() {
        assertThat(OfficesudJson.canonicalBytes(sampleClaim())).isEqualTo(OfficesudJson.canonicalBytes(sampleClaim()));
    }
}
