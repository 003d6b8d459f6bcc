package kz.officesud.core.model;

/** The instance of a court (инстанция): first, appeal, cassation, the Supreme Court. */
public enum CourtInstance {
    /** Первая инстанция: district and specialised inter-district courts. */
    FIRST,
    /** Апелляционная инстанция: the oblast courts and the city courts of Astana, Almaty, Shymkent. */
    APPEAL,
    /** Кассационная инстанция: the Cassation Court of the Republic of Kazakhstan. */
    CASSATION,
    /** Верховный Суд Республики Казахстан. */
    SUPREME_COURT
}
