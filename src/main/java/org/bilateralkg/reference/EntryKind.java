package org.bilateralkg.reference;

import java.util.Locale;

/**
 * What a dictionary phrase says when it occurs in text. Entity kinds come from the reference
 * tables; cue kinds come from data/lexicon/LANG.tsv, whose first column names them in lower case
 * with hyphens ("speech", "commit", "during").
 */
public enum EntryKind {
    // entities
    COUNTRY, DEMONYM, CAPITAL, CITY, ORGANISATION, AGENCY, PERSON, ROLE, MINISTRY, TOPIC, TOPIC_OPPOSITE,
    // cues from the lexicon
    SPEECH, ATTRIBUTION, COMPLEMENTIZER, MEETING, MEETING_NOUN, CALL, VISIT, SUMMIT, BILATERAL, SEPARATE, EVENT_KIND,
    PLANNED, CANCELLED, POSTPONED, DURING, SIDELINES, AT_MEETING, COMMIT, APPEAL, DEMAND, OPPOSE,
    COUNTERPART, HEAD, PRONOUN, PLURAL_PRONOUN, INSTITUTION, FIRST_PERSON, BOTH_SIDES, PARTNER_BEFORE, PARTNER_AFTER,
    LOCATIVE_BEFORE, LOCATIVE_AFTER, POSTPOSITION, PREPOSITION, STOP, MONTH, WEEKDAY, NUMBER,
    DURATION_UNIT, APPROX, HERE, NEGATION, PHOTO_CREDIT, RETROSPECTIVE, FUTURE_SUFFIX, RELATIVE_DAY, RELATIVE_YEAR, RANGE_SEPARATOR, DURATION_GUARD, NAME_PARTICLE, HONORIFIC, CLAUSE_BOUNDARY,
    SIMULTANEOUS, VISIT_START, EARLIER, FIRST_SINCE,
    // statements and commitments; CONDITION_END ("then", "तो", ",") closes a condition, unlike CLAUSE_BOUNDARY
    // ("where", "जहां"), which opens a relative clause whose places are not the meeting's
    DEFINITE_SPEAKER, SUBJECT_PRONOUN, CONDITION, CONDITION_END, AGENDA, PLUPERFECT, DETERMINER;

    /** Entity kinds name things; the rest are cues. */
    public boolean isEntity() {
        return ordinal() <= TOPIC_OPPOSITE.ordinal();
    }

    public static EntryKind fromLexicon(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
