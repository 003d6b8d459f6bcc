package kz.officesud.core.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kind of a court (вид суда) in the court system of Kazakhstan: it fixes the court's {@linkplain #instance()
 * instance} and the {@linkplain #defaultForms() forms of proceedings} a court of the kind hears unless the directory
 * says otherwise (a district court of Almaty that hears only civil cases, for example). The ЭНП guide (seed 003)
 * speaks of «районных и приравненных к ним судах» and «областных и приравненных к ним судах»; the names of the
 * specialised courts are those the courts carry.
 */
public enum CourtKind {
    /**
     * Районный (городской) и приравненный к нему суд: a district court, the court of a town (as the Текелийский
     * городской суд of seed 000) or an inter-district court of general jurisdiction. First instance for civil and
     * criminal cases and administrative offences.
     */
    DISTRICT(
            "Районный (городской) суд",
            CourtInstance.FIRST,
            EnumSet.of(ProceedingsForm.CIVIL, ProceedingsForm.CRIMINAL, ProceedingsForm.ADMINISTRATIVE_OFFENCE)),
    /**
     * Специализированный межрайонный административный суд (СМАС): first instance for administrative cases under
     * the АППК (case type 4 in its case numbers).
     */
    SPECIALISED_ADMINISTRATIVE(
            "Специализированный межрайонный административный суд",
            CourtInstance.FIRST,
            EnumSet.of(ProceedingsForm.ADMINISTRATIVE)),
    /** Специализированный межрайонный экономический суд (СМЭС): first instance for civil cases between businesses. */
    SPECIALISED_ECONOMIC(
            "Специализированный межрайонный экономический суд", CourtInstance.FIRST, EnumSet.of(ProceedingsForm.CIVIL)),
    /**
     * Специализированный межрайонный суд по делам несовершеннолетних: first instance for the civil, criminal and
     * administrative-offence cases of minors.
     */
    SPECIALISED_JUVENILE(
            "Специализированный межрайонный суд по делам несовершеннолетних",
            CourtInstance.FIRST,
            EnumSet.of(ProceedingsForm.CIVIL, ProceedingsForm.CRIMINAL, ProceedingsForm.ADMINISTRATIVE_OFFENCE)),
    /** Специализированный межрайонный суд по уголовным делам: first instance for criminal cases. */
    SPECIALISED_CRIMINAL(
            "Специализированный межрайонный суд по уголовным делам",
            CourtInstance.FIRST,
            EnumSet.of(ProceedingsForm.CRIMINAL)),
    /**
     * Областной и приравненный к нему суд: an oblast court, or the city court of Astana, Almaty or Shymkent. The
     * appeal instance of every form of proceedings.
     */
    REGIONAL("Областной и приравненный к нему суд", CourtInstance.APPEAL, EnumSet.allOf(ProceedingsForm.class)),
    /** Кассационный суд Республики Казахстан. */
    CASSATION("Кассационный суд", CourtInstance.CASSATION, EnumSet.allOf(ProceedingsForm.class)),
    /** Верховный Суд Республики Казахстан. */
    SUPREME("Верховный Суд", CourtInstance.SUPREME_COURT, EnumSet.allOf(ProceedingsForm.class));

    private final String nameRu;
    private final CourtInstance instance;
    private final Set<ProceedingsForm> defaultForms;

    CourtKind(String nameRu, CourtInstance instance, Set<ProceedingsForm> defaultForms) {
        this.nameRu = nameRu;
        this.instance = instance;
        this.defaultForms = Collections.unmodifiableSet(EnumSet.copyOf(defaultForms));
    }

    /** The kind's name in Russian. */
    public String nameRu() {
        return nameRu;
    }

    /** The instance every court of this kind is. */
    public CourtInstance instance() {
        return instance;
    }

    /** The forms of proceedings a court of this kind hears when the directory does not narrow them. */
    public Set<ProceedingsForm> defaultForms() {
        return defaultForms;
    }
}
