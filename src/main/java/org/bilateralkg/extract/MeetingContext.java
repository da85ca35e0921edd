package org.bilateralkg.extract;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The meetings of an article and the sentence each was reported in: what "the two sides" refers to. */
final class MeetingContext {
    private final List<Meeting> meetings;
    private final Map<Integer, Integer> meetingOfSentence;

    MeetingContext(List<Meeting> meetings, Map<Integer, Integer> meetingOfSentence) {
        this.meetings = meetings;
        this.meetingOfSentence = meetingOfSentence;
    }

    List<Meeting> all() {
        return meetings;
    }

    boolean reportedIn(int sentence) {
        return meetingOfSentence.containsKey(sentence);
    }

    /** The meeting this sentence reports, else the latest one reported before it. */
    Meeting meetingFor(AnnotatedSentence s) {
        return thisOrLatestBefore(s, m -> true);
    }

    /** The meeting this sentence reports, else the latest one reported before it that {@code wanted} accepts. */
    private Meeting thisOrLatestBefore(AnnotatedSentence s, Predicate<Meeting> wanted) {
        Integer here = meetingOfSentence.get(s.sentence.index());
        if (here != null) {
            return meetings.get(here);
        }
        Meeting best = null;
        int bestSentence = -1;
        for (Map.Entry<Integer, Integer> e : meetingOfSentence.entrySet()) {
            Meeting m = meetings.get(e.getValue());
            if (e.getKey() < s.sentence.index() && e.getKey() > bestSentence && wanted.test(m)) {
                bestSentence = e.getKey();
                best = m;
            }
        }
        return best;
    }

    /**
     * The meeting "the two sides", "they", "दोनों पक्ष" refer to: this sentence's, else the latest
     * one between two countries (a three-party meeting in passing is not "the two"), else the latest.
     */
    Meeting pairMeetingFor(AnnotatedSentence s) {
        Meeting best = thisOrLatestBefore(s, m -> m.countries().size() == 2);
        return best != null ? best : meetingFor(s);
    }

    /** "both sides": the two countries of the article's meeting that the speaker's country took part in. */
    List<String> meetingPair(String speakerCountry) {
        for (Meeting m : meetings) {
            if (m.countries().size() == 2 && (speakerCountry == null || m.countries().contains(speakerCountry))) {
                return m.countries();
            }
        }
        return null;
    }

    /** "the two sides" as seen by a speaker of {@code speakerCountry} (null: nobody's speech). */
    List<String> pairFor(AnnotatedSentence s, String speakerCountry) {
        Meeting meeting = pairMeetingFor(s);
        return meeting != null && meeting.countries().size() >= 2
                && (speakerCountry == null || meeting.countries().contains(speakerCountry))
                ? meeting.countries() : meetingPair(speakerCountry);
    }
}
