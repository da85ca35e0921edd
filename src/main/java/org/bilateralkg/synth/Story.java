package org.bilateralkg.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bilateralkg.synth.Officials.Official;

/**
 * What one article reports, decided before any sentence is written and independent of language:
 * the meeting (who, when, where, status), the meetings mentioned in passing, who says what and
 * commits to what. The gold follows from this; the renderer only chooses words.
 */
final class Story {
    enum Kind {
        SIDELINES, VISIT, TALKS, CALL, SUMMIT, PLANNED, POSTPONED, CANCELLED, STATEMENT,
        NEG_SPORT, NEG_WEATHER, NEG_MARKETS, NEG_DOMESTIC;

        String slot() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        }

        boolean negative() {
            return name().startsWith("NEG_");
        }

        static Kind fromSlot(String s) {
            return valueOf(s.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
        }
    }

    /** How the article gives the meeting's place: not at all, in words, or as "here" under a dateline. */
    enum PlaceMode { NONE, STATED, HERE }

    enum UKind { PLAIN, TOPICAL, RETRO, APPEAL, URGE, COMMIT, AGREE_BOTH }

    enum Modality { READY, WILL, AGREED, COMMITTED }

    /** A place: a country and, when known, a city named in each language. */
    record Spot(String country, Map<String, String> city, boolean capital) {
        String city(String lang) {
            return city.get(lang);
        }
    }

    /**
     * A meeting. {@code dayKnown}: the text states its day (else the gold date is null);
     * {@code monthOnly}: the text names only month and year.
     */
    record MeetingFact(LocalDate date, boolean dayKnown, boolean monthOnly, Spot spot, boolean placeStated,
                       String status, List<Official> participants) {
    }

    /**
     * One reported utterance. {@code speaker} null: the foreign ministry's spokesperson of {@code self}.
     * {@code topic} "-": no topic.
     */
    record Utterance(UKind kind, Official speaker, String self, String other, String topic, Modality modality) {
    }

    final Kind kind;
    final LocalDate published;
    Official p1;
    Official p2;
    String a;
    String b;
    MeetingFact main;
    PlaceMode placeMode = PlaceMode.NONE;
    SynthData.EventDef event;
    int ordinal;
    int days;
    SynthData.DurationDef duration;
    MeetingFact past;
    MeetingFact next;
    final List<Utterance> utterances = new ArrayList<>();
    boolean caption;
    boolean plannedAttributed;
    int noise;
    Spot dateline;
    /** Language-independent filler values (numbers, country codes, city spots by key). */
    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, Spot> spots = new LinkedHashMap<>();

    Story(Kind kind, LocalDate published) {
        this.kind = kind;
        this.published = published;
    }

    /** Days from the meeting to publication (negative: the meeting lies ahead). */
    long offset() {
        return main == null ? 0 : published.toEpochDay() - main.date().toEpochDay();
    }
}
