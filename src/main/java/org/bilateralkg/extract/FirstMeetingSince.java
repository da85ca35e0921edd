package org.bilateralkg.extract;

import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;

/**
 * "..., their first meeting since the failed Agra summit in July 2001", "जुलाई 2001 में आगरा शिखर
 * वार्ता विफल होने के बाद यह उनकी पहली मुलाकात थी": a "first meeting since" names an earlier meeting
 * of the same parties by the place it was held ("the Agra summit"). That earlier meeting is its own,
 * held, meeting. Without a place before the meeting noun nothing is recorded (a date alone, "their
 * first talks since 2019", does not name a meeting).
 */
final class FirstMeetingSince {
    /** How far from the cue the earlier meeting's noun may stand. */
    private static final int WINDOW = 8;

    private final PlaceFinder places;
    private final MeetingDates dates;
    private final String text;

    FirstMeetingSince(PlaceFinder places, MeetingDates dates, String text) {
        this.places = places;
        this.dates = dates;
        this.text = text;
    }

    /** The earlier meeting the sentence names, between the parties of {@code latest}, or null. */
    MeetingDraft earlier(AnnotatedSentence s, MeetingDraft latest) {
        if (latest == null || latest.countries.size() < 2 || !s.has(EntryKind.FIRST_SINCE)
                || latest.sentences.stream().noneMatch(i -> i >= s.sentence.index() - 1)) {
            return null;
        }
        Match cue = s.of(EntryKind.FIRST_SINCE).get(0);
        // English names the earlier meeting after "since"; Hindi before "के बाद".
        int from = s.isHindi() ? Math.max(0, cue.from() - WINDOW) : cue.to();
        int to = s.isHindi() ? cue.from() + 1 : Math.min(s.size(), cue.to() + WINDOW);
        for (EntryKind k : new EntryKind[]{EntryKind.SUMMIT, EntryKind.MEETING_NOUN}) {
            for (Match m : s.of(k)) {
                if (m.from() < from || m.to() > to) {
                    continue;
                }
                Place place = places.namedRightBefore(s, m.from());
                if (place != null) {
                    return draft(s, latest, place, m, from, to);
                }
            }
        }
        return null;
    }

    private MeetingDraft draft(AnnotatedSentence s, MeetingDraft latest, Place place, Match noun, int from, int to) {
        MeetingDraft d = new MeetingDraft();
        d.type = latest.countries.size() == 2 ? "bilateral" : "meeting";
        d.status = "held";
        d.earlier = true;
        d.participants.addAll(latest.participants);
        d.countries.addAll(latest.countries);
        d.location = place.country();
        d.city = place.city();
        DateExpressionParser.Found date = dates.of(s, noun, false, s.isHindi() ? from : noun.from(), to);
        d.date = date == null ? null : date.value();
        d.year = d.date != null && d.date.isFull() ? Integer.valueOf(d.date.date().getYear()) : yearIn(s, from, to);
        d.evidence.add(s.evidence(text, from, to, "meeting:" + s.lang + ":first-since", 0.7));
        d.sentences.add(s.sentence.index());
        return d;
    }

    private static Integer yearIn(AnnotatedSentence s, int from, int to) {
        for (int i = from; i < to && i < s.size(); i++) {
            String n = s.norm(i);
            if (n.length() == 4 && n.chars().allMatch(Character::isDigit)) {
                return Integer.parseInt(n);
            }
        }
        return null;
    }
}
