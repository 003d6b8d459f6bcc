package kz.officesud.core.model;

/**
 * The instance of a court (инстанция). The 2018 rules (seed 004, §8, from 01.07.2025) name the four a criminal or
 * administrative-offence filing chooses between: «производство в суде первой инстанции; … апелляционной инстанции;
 * … кассационной инстанции; производство в Верховном Суде».
 */
public enum CourtInstance {
    /** Первая инстанция: the district and equivalent courts and the specialised inter-district courts. */
    FIRST,
    /** Апелляционная инстанция: the oblast courts and the city courts of Astana, Almaty and Shymkent. */
    APPEAL,
    /** Кассационная инстанция: the Cassation Court of the Republic of Kazakhstan. */
    CASSATION,
    /** Верховный Суд Республики Казахстан. */
    SUPREME_COURT
}
