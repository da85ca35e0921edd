package org.bilateralkg.extract;

import java.util.List;

/**
 * A meeting as one article reports it. {@code type} is one of bilateral, summit, call, visit,
 * meeting; {@code status} one of held, planned, cancelled, postponed. Countries are ISO codes;
 * {@code duration} is an xsd:duration ("PT40M").
 */
public record Meeting(int index, String type, String status, List<Participant> participants,
                      List<String> countries, DateValue date, String locationCountry, String locationCity,
                      String duration, boolean durationApproximate, Integer eventIndex, String host,
                      String cameo, String ploverType, String ploverMode, List<Evidence> evidence) {
}
