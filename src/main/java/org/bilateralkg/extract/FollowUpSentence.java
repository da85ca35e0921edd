package org.bilateralkg.extract;

import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;

/**
 * A sentence that goes on about the meeting just reported instead of reporting a new one: "The call
 * took place on December 19.", "The two met on Thursday.", "यह मुलाकात वियनतियाने में हुई।". It names
 * nobody new, tells no earlier occasion ("last met", "इससे पहले"), and what it says of date, place
 * and status fits that meeting. It only fills what the meeting lacks.
 */
final class FollowUpSentence {
    private final MeetingDates dates;
    private final String text;

    FollowUpSentence(MeetingDates dates, String text) {
        this.dates = dates;
        this.text = text;
    }

    /** The sentence talks of "the meeting" or "the call" without naming its parties. */
    static boolean aboutTheMeeting(AnnotatedSentence s) {
        return s.has(EntryKind.MEETING_NOUN) || s.has(EntryKind.CALL)
                || s.of(EntryKind.MEETING).stream().anyMatch(m -> m.value().equals("held"));
    }

    /**
     * Whether sentence {@code s}, whose own draft {@code d} has status {@code status} and names no
     * one but the parties of {@code prev}, completes {@code prev}.
     */
    boolean completes(AnnotatedSentence s, Match cue, MeetingDraft prev, MeetingDraft d, String status, boolean checkStatus) {
        if (s.has(EntryKind.EARLIER)) {
            return false; // "The two leaders last met in Singapore", "इससे पहले ... बातचीत हुई थी"
        }
        if (checkStatus && !status.equals(prev.status)) {
            return false; // "The two leaders plan to hold further talks in Beijing": a meeting still to come
        }
        DateExpressionParser.Found date = date(s, cue, prev);
        if (date != null && prev.date != null && !prev.date.compatible(date.value())) {
            return false;
        }
        if (d.location != null && prev.location != null && !d.location.equals(prev.location)) {
            return false;
        }
        Integer year = MeetingDates.yearMentioned(s);
        return year == null || prev.year == null || year.equals(prev.year);
    }

    /** Fills what {@code prev} lacks from the sentence: date, place, duration; the sentence becomes its evidence. */
    void fill(AnnotatedSentence s, Match cue, MeetingDraft prev, MeetingDraft d) {
        DateExpressionParser.Found date = date(s, cue, prev);
        if (prev.date == null && date != null) {
            prev.date = date.value();
            if (prev.year == null && date.value().isFull()) {
                prev.year = date.value().date().getYear();
            }
        }
        if (prev.location == null && d.location != null) {
            prev.location = d.location;
            prev.city = d.city;
        }
        if (prev.duration == null) {
            DurationParser.Found dur = DurationParser.first(s);
            if (dur != null) {
                prev.duration = dur.lexical();
                prev.approx = dur.approximate();
            }
        }
        boolean video = s.of(EntryKind.CALL).stream().anyMatch(c -> MeetingExtractor.VIDEO.equals(c.value()));
        if (video && !prev.type.equals("visit") && prev.location == null) {
            prev.type = "call"; // "दोनों नेताओं के बीच ऑनलाइन शिखर वार्ता में यह फैसला किया गया": the talks were by video
            prev.mode = MeetingExtractor.VIDEO;
        }
        prev.evidence.add(s.wholeSentence(text, "meeting:" + s.lang + ":follow-up", 0.7));
        prev.sentences.add(s.sentence.index());
    }

    private DateExpressionParser.Found date(AnnotatedSentence s, Match cue, MeetingDraft prev) {
        return dates.of(s, cue, !prev.status.equals("held"), 0, s.size());
    }
}
