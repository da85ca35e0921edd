package org.bilateralkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;

/**
 * Meetings, calls, visits and the multilateral events around them. A sentence reports a meeting
 * when it has a meeting verb ("held talks", "बैठक की") and at least two parties from different
 * countries. Reports of the same meeting inside one article (a photo caption repeating the lead)
 * are merged: same participant countries, compatible dates and places.
 */
final class MeetingExtractor {
    private final ArticleState state;
    private final java.time.LocalDate published;
    final List<MultilateralEvent> events = new ArrayList<>();
    private final List<MeetingDraft> drafts = new ArrayList<>();

    private final PlaceFinder places;
    private final Place dateline;
    private final MeetingDates dates;
    private final FollowUpSentence followUps;
    private final FirstMeetingSince firstSince;

    MeetingExtractor(ArticleState state, java.time.LocalDate published, Place dateline) {
        this.state = state;
        this.published = published;
        this.places = new PlaceFinder(state.ref);
        this.dateline = dateline;
        this.dates = new MeetingDates(published);
        this.followUps = new FollowUpSentence(dates, state.text);
        this.firstSince = new FirstMeetingSince(places, dates, state.text);
    }

    /**
     * A visit the article reports: who came (the guest's countries), where to (the host) and its
     * first day ("arrived in Berlin on Sunday for a three-day state visit", "मंगलवार से शुरू हुई
     * पांच दिवसीय चीन यात्रा").
     */
    private record Visit(Set<String> guests, String host, DateValue start) {
    }

    private final List<Visit> visits = new ArrayList<>();

    /**
     * Who a subject pronoun at the start of a later sentence stands for ("उन्होंने", "he"): the first
     * person named in the latest sentence that named anyone.
     */
    private PersonMention antecedent;

    void sentence(AnnotatedSentence s, List<PersonMention> persons) {
        PersonMention before = antecedent;
        if (!persons.isEmpty()) {
            antecedent = persons.get(0);
        }
        sentenceWith(s, persons, before);
        MeetingDraft earlier = firstSince.earlier(s, drafts.isEmpty() ? null : drafts.get(drafts.size() - 1));
        if (earlier != null) {
            drafts.add(drafts.size() - 1, earlier); // the meeting just reported stays the one follow-ups complete
        }
    }

    private void sentenceWith(AnnotatedSentence s, List<PersonMention> persons, PersonMention antecedent) {
        noteVisit(s, persons);
        EventHit event = findEvent(s);
        Match cue = meetingCue(s);
        boolean weak = cue != null && cue.value().equals(RECEIVE);
        if (cue == null) {
            cue = nounCue(s);
            weak = true;
        }
        if (cue == null) {
            cue = agreementCue(s);
        }
        if (cue == null) {
            return;
        }
        List<Match> cues = cuesWithOwnPeople(s, persons);
        if (cues.size() < 2) {
            draft(s, withPronoun(s, persons, cue, antecedent, 0, s.size()), cue, weak, event, 0, s.size());
            return;
        }
        // "a phone call between Rubio and Lavrov on Saturday and a call between Trump and Putin on Feb. 12"
        for (int i = 0; i < cues.size(); i++) {
            int from = i == 0 ? 0 : cues.get(i).from();
            int to = i == cues.size() - 1 ? s.size() : cues.get(i + 1).from();
            List<PersonMention> own = persons.stream().filter(p -> p.from() >= from && p.from() < to).toList();
            draft(s, own, cues.get(i), false, event, from, to);
        }
    }

    /**
     * Subject pronouns before the meeting cue stand for a person: "मंगलवार को उन्होंने उप प्रधानमंत्री
     * डेनिस मंतुरोव के साथ बातचीत की" (nobody named before it: the first person of the latest sentence
     * that named anyone), "ट्रंप ने कहा कि वह और पुतिन ... मिलेंगे" / "Trump said he and Putin would
     * meet" (after a speech verb: its speaker). A pronoun that is itself the speaker ("उन्होंने कहा,
     * ... बातचीत") or follows a named person is left alone.
     */
    private static final Set<String> SAID = Set.of("कहा", "बताया", "said", "says", "told");

    private static List<PersonMention> withPronoun(AnnotatedSentence s, List<PersonMention> persons, Match cue,
                                                  PersonMention antecedent, int from, int to) {
        for (Match p : s.of(EntryKind.PRONOUN)) {
            if (p.from() < from || p.to() > cue.from() || p.from() >= to) {
                continue;
            }
            boolean speaks = p.to() < s.size() && (SAID.contains(s.norm(p.to())) || s.of(EntryKind.SPEECH).stream()
                    .anyMatch(sp -> sp.from() >= p.to() && sp.from() < cue.from()));
            if (speaks) {
                return persons;
            }
            Match speech = s.of(EntryKind.SPEECH).stream().filter(sp -> sp.to() <= p.from())
                    .reduce((x, y) -> y).orElse(null);
            PersonMention who;
            if (speech != null) {
                who = persons.stream().filter(x -> x.to() <= speech.from()).reduce((x, y) -> y).orElse(null);
                if (who == null && persons.stream().noneMatch(x -> x.from() < p.from())) {
                    who = antecedent; // "उन्होंने कहा कि वह ...": the speaker of the sentences before
                }
            } else {
                who = persons.stream().anyMatch(x -> x.from() < p.from()) ? null : antecedent;
            }
            final PersonMention ref = who;
            if (ref == null || ref.country() == null || persons.stream()
                    .anyMatch(x -> x.key().equals(ref.key()) && x.from() >= p.from())) {
                return persons;
            }
            List<PersonMention> out = new ArrayList<>(persons);
            out.add(new PersonMention(ref.key(), p.from(), p.to(), ref.country(), ref.role(), ref.evidence()));
            out.sort(java.util.Comparator.comparingInt(PersonMention::from));
            return out;
        }
        return persons;
    }

    /**
     * Meeting verbs and calls of the sentence when it reports several meetings, each cue with people
     * of two countries between it and the next cue; else fewer than two.
     */
    private static List<Match> cuesWithOwnPeople(AnnotatedSentence s, List<PersonMention> persons) {
        List<Match> cues = new ArrayList<>();
        for (EntryKind k : new EntryKind[]{EntryKind.MEETING, EntryKind.CALL}) {
            for (Match m : s.of(k)) {
                if (cues.stream().noneMatch(c -> m.from() < c.to() && c.from() < m.to())) {
                    cues.add(m);
                }
            }
        }
        if (cues.size() < 2) {
            return List.of();
        }
        cues.sort(java.util.Comparator.comparingInt(Match::from));
        for (int i = 0; i < cues.size(); i++) {
            int from = i == 0 ? 0 : cues.get(i).from();
            int to = i == cues.size() - 1 ? s.size() : cues.get(i + 1).from();
            long countries = persons.stream().filter(p -> p.from() >= from && p.from() < to && p.country() != null)
                    .map(PersonMention::country).distinct().count();
            if (countries < 2) {
                return List.of();
            }
        }
        return cues;
    }

    /** One meeting reported by tokens {@code [from, to)} of the sentence around {@code cue}. */
    private void draft(AnnotatedSentence s, List<PersonMention> persons, Match cue, boolean weak, EventHit event,
                       int from, int to) {
        MeetingDraft d = new MeetingDraft();
        d.caption = s.sentence.caption();
        d.earlier = s.has(EntryKind.EARLIER);
        Place place = places.locative(s, dateline, from, to, cue);
        if (place != null) {
            d.location = place.country();
            d.city = place.city();
        }
        int speechEnd = lastSpeechCueEnd(s, cue.from());
        for (PersonMention p : persons) {
            if (p.from() < speechEnd || reportsAfter(s, p, cue)) {
                continue; // the reporter of the meeting, not a participant
            }
            if (d.participants.stream().noneMatch(x -> x.personKey().equals(p.key()))) {
                d.participants.add(new Participant(p.key(), p.country(), p.role(), p.evidence()));
                if (p.country() != null) {
                    d.countries.add(p.country());
                }
            }
        }
        dropReportersBefore(s, d, cue);
        unclaimedCountries(s, d, place);
        String status = status(s, cue);
        if (weak && d.countries.size() < 2 && !plannedByBothSides(s, status, place, from, to, cue)) {
            return; // "talks", "welcomed": a meeting only between people of two countries named right here
        }
        if (d.countries.size() == 1) {
            partnerCountry(s, d, place);
        }
        if (d.participants.isEmpty()) {
            for (Match c : s.of(EntryKind.COUNTRY)) {
                if (place == null || (c.from() != place.from() && !namesPlace(c, place))) {
                    d.countries.add(c.value());
                }
            }
            for (Match dm : s.of(EntryKind.DEMONYM)) {
                // "Russian and Ukrainian delegations held talks"
                int i = dm.to();
                while (i < s.size() && (s.norm(i).equals("and") || s.norm(i).equals("और") || s.norm(i).equals(",")
                        || s.startingAt(EntryKind.DEMONYM, i) != null)) {
                    Match next = s.startingAt(EntryKind.DEMONYM, i);
                    i = next != null ? next.to() : i + 1;
                }
                if (s.startingAt(EntryKind.INSTITUTION, i) != null) {
                    d.countries.add(dm.value());
                }
            }
        }
        boolean inherited = false;
        if (d.countries.size() < 2 && s.has(EntryKind.BOTH_SIDES)) {
            inherited = d.participants.isEmpty() && !drafts.isEmpty();
            bothSides(d);
        }
        if (!drafts.isEmpty() && (inherited || (d.participants.isEmpty() && d.countries.size() < 2))) {
            // "The call took place on December 19.", "The two met on Thursday."
            MeetingDraft prev = drafts.get(drafts.size() - 1);
            boolean about = inherited ? !weak : FollowUpSentence.aboutTheMeeting(s);
            if (about && followUps.completes(s, cue, prev, d, status, inherited)) {
                followUps.fill(s, cue, prev, d);
                return;
            }
        }
        boolean visit = s.has(EntryKind.VISIT);
        if (visit && d.location != null && d.countries.size() == 1 && !d.countries.contains(d.location)) {
            d.countries.add(d.location); // a visit meets the host country
        }
        if (d.countries.size() < 2 && !(visit && d.location != null && !d.countries.contains(d.location) && !d.countries.isEmpty())) {
            return; // one party only: not a meeting between countries
        }
        d.status = status;
        DateExpressionParser.Found date = dates.of(s, cue, !status.equals("held"), from, to);
        boolean noun = cue.kind() != EntryKind.MEETING && cue.kind() != EntryKind.CALL && !weak;
        if (noun && date != null && !MeetingDates.nounDate(s, cue, date)) {
            date = null; // "postponed on Friday a trip ...": that date is the postponement's
        }
        d.date = date == null ? null : date.value();
        d.year = d.date != null && d.date.isFull() ? Integer.valueOf(d.date.date().getYear()) : MeetingDates.yearMentioned(s);
        DurationParser.Found dur = DurationParser.first(s);
        if (dur != null) {
            d.duration = dur.lexical();
            d.approx = dur.approximate();
        }
        d.event = event != null && linkedToEvent(s, event) ? event.index() : null;
        d.type = s.has(EntryKind.CALL) ? "call" : visit ? "visit"
                : (s.has(EntryKind.SUMMIT) && event == null) ? "summit" : d.countries.size() == 2 ? "bilateral" : "meeting";
        d.mode = d.type.equals("call") && s.of(EntryKind.CALL).stream().anyMatch(c -> VIDEO.equals(c.value())) ? VIDEO : null;
        d.evidence.add(s.wholeSentence(state.text, d.caption ? "meeting:caption" : "meeting:" + s.lang + ":verb-cue", d.caption ? 0.8 : 0.9));
        d.sentences.add(s.sentence.index());
        if (s.has(EntryKind.SEPARATE) && d.participants.size() >= 3) {
            drafts.addAll(d.separately());
        } else {
            drafts.add(d);
        }
    }

    private void noteVisit(AnnotatedSentence s, List<PersonMention> persons) {
        if (!s.has(EntryKind.VISIT) || !s.has(EntryKind.VISIT_START) || s.has(EntryKind.CANCELLED) || s.has(EntryKind.POSTPONED)) {
            return;
        }
        Place place = places.locative(s, dateline);
        if (place == null) {
            return;
        }
        Set<String> guests = new LinkedHashSet<>();
        for (PersonMention p : persons) {
            if (p.country() != null && !p.country().equals(place.country())) {
                guests.add(p.country());
            }
        }
        Match start = s.of(EntryKind.VISIT_START).get(0);
        DateExpressionParser.Found date = dates.of(s, start, false, 0, s.size());
        if (!guests.isEmpty() && date != null) {
            visits.add(new Visit(guests, place.country(), date.value()));
        }
    }

    /**
     * "During the visit Marcos held talks with Xi", "Steinmeier welcomed Macron": talks of a visit
     * that have no date of their own take the visit's first day, and its host as their place; planned
     * parts of a visit under way ("यात्रा के दौरान ... वार्ता करेंगे") are that visit's meeting.
     */
    private void visitDates() {
        for (MeetingDraft d : drafts) {
            if (d.date != null || d.year != null || d.type.equals("call") || d.status.equals("cancelled")
                    || d.status.equals("postponed")) {
                continue;
            }
            for (Visit v : visits) {
                boolean guestMet = d.countries.stream().anyMatch(v.guests()::contains);
                if (guestMet && d.countries.contains(v.host()) && (d.location == null || d.location.equals(v.host()))) {
                    d.date = v.start();
                    d.location = v.host();
                    boolean underWay = published != null && v.start().isFull() && !v.start().date().isAfter(published);
                    if (d.status.equals("planned") && underWay) {
                        d.status = "held";
                    }
                    break;
                }
            }
        }
    }

    /**
     * "the two leaders last met in Kazan", "Medinsky led Russia's delegation when the two sides last
     * held talks": the parties of the meeting just reported, or, before any, the two countries whose
     * people the article has just named ("Lula and Fernandez agreed ... The two leaders met ...").
     * People the sentence names itself stay the only participants.
     */
    private void bothSides(MeetingDraft d) {
        boolean named = !d.participants.isEmpty();
        if (!drafts.isEmpty()) {
            MeetingDraft prev = d.earlier ? latestHeld() : drafts.get(drafts.size() - 1);
            if (!named) {
                d.participants.addAll(prev.participants);
            }
            d.countries.addAll(prev.countries);
            return;
        }
        for (PersonMention p : state.recentPair()) {
            if (!named && d.participants.stream().noneMatch(x -> x.personKey().equals(p.key()))) {
                d.participants.add(new Participant(p.key(), p.country(), p.role(), p.evidence()));
            }
            d.countries.add(p.country());
        }
    }

    /**
     * "The two leaders last met in 2019" after a plan of their envoys: the two of an earlier meeting are
     * the parties of the latest meeting reported as held, else of the latest one.
     */
    private MeetingDraft latestHeld() {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            MeetingDraft m = drafts.get(i);
            if (m.status.equals("held") && !m.earlier) {
                return m;
            }
        }
        return drafts.get(drafts.size() - 1);
    }

    /**
     * "The two leaders plan to hold further talks in Beijing", "दोनों नेताओं के बीच आगे की बातचीत ... कैनबरा
     * में होने की उम्मीद है": a planned (or earlier: "दोनों नेताओं की पिछली बैठक ... मामल्लपुरम में हुई
     * थी") meeting named only by a noun, between the parties of the meeting just reported, counts when
     * it has a place or a date of its own.
     */
    private boolean plannedByBothSides(AnnotatedSentence s, String status, Place place, int from, int to, Match cue) {
        // "दोनों नेताओं की पिछली बैठक ... में हुई थी"; but "X के बाद यह पहली मुलाकात थी" is the meeting just reported
        boolean ownOccasion = status.equals("planned") || (s.has(EntryKind.EARLIER) && !s.has(EntryKind.FIRST_SINCE));
        if (!ownOccasion || !s.has(EntryKind.BOTH_SIDES) || drafts.isEmpty()) {
            return false;
        }
        DateExpressionParser.Found date = dates.of(s, cue, true, from, to);
        return place != null || (date != null && MeetingDates.nounDate(s, cue, date));
    }

    /**
     * "भारत ने पाकिस्तान के साथ ... होने वाली विदेश सचिव स्तर की वार्ता रद्द कर दी", "the minister held talks
     * with Pakistan": when the people named come from one country only, a country named as the
     * partner ("with X", "X के साथ") is the other side, unless it stands in what someone said.
     */
    private static void partnerCountry(AnnotatedSentence s, MeetingDraft d, Place place) {
        for (Match c : s.of(EntryKind.COUNTRY)) {
            boolean partner = s.isHindi() ? s.startingAt(EntryKind.PARTNER_AFTER, c.to()) != null
                    : s.endingAt(EntryKind.PARTNER_BEFORE, c.from()) != null;
            boolean reported = s.of(EntryKind.SPEECH).stream().anyMatch(sp -> sp.from() < c.from());
            if (partner && !reported && (place == null || c.from() != place.from()) && !d.countries.contains(c.value())) {
                d.countries.add(c.value());
                return;
            }
        }
    }

    /**
     * "India and China agreed ..., as Foreign Secretary Vikram Misri held talks with Chinese Vice
     * Foreign Minister Sun Weidong": a participant whose country is unknown takes the one country
     * the sentence names that no other participant represents.
     */
    private void unclaimedCountries(AnnotatedSentence s, MeetingDraft d, Place place) {
        List<Participant> unknown = d.participants.stream().filter(p -> p.country() == null).toList();
        if (unknown.size() != 1) {
            return;
        }
        Set<String> named = new LinkedHashSet<>();
        for (EntryKind k : new EntryKind[]{EntryKind.COUNTRY, EntryKind.DEMONYM}) {
            for (Match c : s.of(k)) {
                if ((place == null || c.from() != place.from()) && !isDestination(s, c)) {
                    named.add(c.value());
                }
            }
        }
        named.removeAll(d.countries);
        if (named.size() == 1) {
            Participant p = unknown.get(0);
            String c = named.iterator().next();
            d.participants.set(d.participants.indexOf(p), new Participant(p.personKey(), c, p.role(), p.evidence()));
            d.countries.add(c);
            ArticleState.PersonBuilder b = state.person(p.personKey());
            if (b != null && b.country == null) {
                b.country = c;
            }
        }
    }

    /**
     * "before visiting the Philippines", "travel to Japan": a country someone goes to is where they
     * travel, not whom they represent.
     */
    private static boolean isDestination(AnnotatedSentence s, Match country) {
        int at = country.from();
        if (s.startingAt(EntryKind.DETERMINER, at - 1, "the") != null) {
            at--;
        }
        return !s.isHindi() && s.endingAt(EntryKind.VISIT, at) != null;
    }

    /** The meetings, with reports of the same meeting merged (captions into the text they illustrate). */
    List<Meeting> meetings(Map<Integer, Integer> meetingOfSentence) {
        visitDates();
        VideoMeetingReports.adopt(drafts);
        datelineFallback();
        List<MeetingDraft> merged = new ArrayList<>();
        List<MeetingDraft> ordered = new ArrayList<>(drafts.stream().filter(d -> !d.caption).toList());
        ordered.addAll(drafts.stream().filter(d -> d.caption).toList());
        for (MeetingDraft d : ordered) {
            MeetingDraft same = merged.stream().filter(m -> MeetingDraft.sameMeeting(m, d)).findFirst().orElse(null);
            if (same == null) {
                merged.add(d);
            } else {
                same.absorb(d);
            }
        }
        List<Meeting> out = new ArrayList<>();
        for (MeetingDraft d : merged) {
            int idx = out.size();
            d.sentences.forEach(si -> meetingOfSentence.put(si, idx));
            String third = d.location != null && !d.countries.contains(d.location) ? d.location : null;
            String host = d.type.equals("visit") || (d.location != null && d.countries.contains(d.location)) ? d.location : null;
            String cameo = switch (d.type) {
                case "call" -> "041";
                case "visit" -> "042";
                default -> third != null ? "044" : "040";
            };
            String mode = switch (d.type) {
                case "call" -> d.mode != null ? d.mode : "phone";
                case "visit" -> "visit";
                default -> third != null ? "third-party" : null;
            };
            out.add(new Meeting(idx, d.type, d.status, List.copyOf(d.participants), List.copyOf(d.countries), d.date,
                    d.location, d.city, d.duration, d.approx, d.event, host, cameo, "CONSULT", mode, List.copyOf(d.evidence)));
        }
        return out;
    }

    /**
     * The story a dateline heads happened there: a meeting held in the days around the dateline
     * (the first one reported, or any dated within three days of publication) whose text names no
     * place, and that was no call, is placed at the dateline ("PERTH, Oct 22 (Reuters) - ...").
     */
    private void datelineFallback() {
        if (dateline == null) {
            return;
        }
        for (int i = 0; i < drafts.size(); i++) {
            MeetingDraft d = drafts.get(i);
            boolean dated = d.date != null && d.date.isFull() && published != null;
            boolean recent = dated ? Math.abs(d.date.date().toEpochDay() - published.toEpochDay()) <= 3
                    : i == 0 && d.year == null;
            boolean heldOrDue = d.status.equals("held") || (dated && d.status.equals("planned"));
            if (d.location == null && !d.type.equals("call") && recent && heldOrDue) {
                d.location = dateline.country();
                d.city = dateline.city();
            }
        }
    }

    /** "कजाखस्तान की राजधानी अस्ताना में", "in Samarkand, Uzbekistan": the country only says where the city is. */
    private static boolean namesPlace(Match country, Place place) {
        return place.city() != null && country.value().equals(place.country())
                && country.to() <= place.to() + 3 && country.from() >= place.from() - 3;
    }

    /** "will visit", "will meet", "will hold talks": a plan phrase that contains a visit or meeting verb. */
    private static boolean plansAMeeting(AnnotatedSentence s, Match plan) {
        for (EntryKind k : new EntryKind[]{EntryKind.VISIT, EntryKind.MEETING, EntryKind.CALL}) {
            if (s.of(k).stream().anyMatch(m -> m.from() >= plan.from() && m.from() < plan.to())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A meeting verb that is not part of an event's name ("विदेश मंत्रियों की बैठक"), or a meeting noun
     * whose fate the sentence tells ("a planned meeting ... was cancelled", "बैठक स्थगित").
     */
    private static Match meetingCue(AnnotatedSentence s) {
        boolean fate = s.has(EntryKind.CANCELLED) || s.has(EntryKind.POSTPONED) || s.has(EntryKind.PLANNED);
        EntryKind[] kinds = fate ? new EntryKind[]{EntryKind.MEETING, EntryKind.CALL, EntryKind.MEETING_NOUN, EntryKind.SUMMIT, EntryKind.VISIT}
                : new EntryKind[]{EntryKind.MEETING, EntryKind.CALL};
        for (EntryKind k : kinds) {
            for (Match m : s.of(k)) {
                boolean insideEvent = s.of(EntryKind.EVENT_KIND).stream()
                        .filter(e -> s.endingAt(EntryKind.ORGANISATION, e.from()) != null)
                        .anyMatch(e -> m.from() < e.to() && e.from() < m.to());
                if (!insideEvent) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Value of call cues for video calls and virtual summits ("virtual summit", "ऑनलाइन शिखर वार्ता"). */
    static final String VIDEO = "video";

    /** Value of meeting cues ("welcomed", "hosted", "स्वागत किया") that make a meeting only between named people. */
    private static final String RECEIVE = "receive";

    /**
     * No meeting verb, but a meeting noun: "after talks with Erdogan in Sochi", "सोची में बातचीत के
     * बाद". Weak: it counts only with people of two countries in the sentence.
     */
    private static Match nounCue(AnnotatedSentence s) {
        for (Match m : s.of(EntryKind.MEETING_NOUN)) {
            boolean insideEvent = s.of(EntryKind.EVENT_KIND).stream().anyMatch(e -> m.from() < e.to() && e.from() < m.to());
            if (!insideEvent) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Lula and Fernandez agreed on Monday to ...", "Erdogan said he had agreed with Sisi to ...": an
     * agreement between people of two countries means they met or spoke. Weak, like meeting nouns.
     */
    private static Match agreementCue(AnnotatedSentence s) {
        for (Match m : s.of(EntryKind.COMMIT)) {
            if (m.value().equals("agreed-to") && !s.has(EntryKind.RETROSPECTIVE)) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Ushakov said it was too early to set a date for a meeting between Trump and Putin": when the
     * people after a speech verb already come from two countries, the speaker before it only reports.
     */
    private static void dropReportersBefore(AnnotatedSentence s, MeetingDraft d, Match cue) {
        int speech = -1;
        for (Match m : s.of(EntryKind.SPEECH)) {
            if (m.to() <= cue.from()) {
                speech = Math.max(speech, m.from());
            }
        }
        if (speech < 0 || s.isHindi()) {
            return;
        }
        final int at = speech;
        long after = d.participants.stream().filter(p -> p.evidence().start() > s.tokens.get(at).start() && p.country() != null)
                .map(Participant::country).distinct().count();
        if (after < 2) {
            return;
        }
        d.participants.removeIf(p -> p.evidence().start() < s.tokens.get(at).start());
        d.countries.clear();
        d.participants.stream().map(Participant::country).filter(Objects::nonNull).forEach(d.countries::add);
    }

    /**
     * "The two leaders met ..., Foreign Secretary Nirupama Rao told reporters": in English, a person
     * named after the meeting cue right before a speech verb (or right after one: "said Peskov")
     * reports the meeting.
     */
    private static boolean reportsAfter(AnnotatedSentence s, PersonMention p, Match cue) {
        if (s.isHindi() || p.from() < cue.to()) {
            return false;
        }
        for (Match m : s.of(EntryKind.SPEECH)) {
            if (m.from() >= cue.to() && (m.from() == p.to() || m.to() == p.from())) {
                return true;
            }
        }
        return false;
    }

    private static int lastSpeechCueEnd(AnnotatedSentence s, int before) {
        int end = 0;
        for (EntryKind k : new EntryKind[]{EntryKind.SPEECH, EntryKind.COMPLEMENTIZER}) {
            for (Match m : s.of(k)) {
                if (m.to() <= before && s.isHindi()) {
                    end = Math.max(end, m.to());
                }
            }
        }
        return end;
    }

    private static String status(AnnotatedSentence s, Match cue) {
        if (s.has(EntryKind.CANCELLED)) {
            return "cancelled";
        }
        if (s.has(EntryKind.POSTPONED)) {
            return "postponed";
        }
        boolean future = s.of(EntryKind.PLANNED).stream().anyMatch(p -> p.from() < cue.to() + 3 && cue.from() < p.to() + 3)
                // the plan is itself the meeting's verb ("will visit Australia ... for talks"): the talks are planned too
                || s.of(EntryKind.PLANNED).stream().anyMatch(p -> p.from() < cue.from() && plansAMeeting(s, p))
                || s.of(EntryKind.FUTURE_SUFFIX).stream().anyMatch(f -> f.from() >= cue.from() && f.from() < cue.to())
                || infinitiveOfPlan(s, cue);
        return future ? "planned" : "held";
    }

    /**
     * "Lula will attend ..., before travelling to Montevideo on Wednesday to meet Lacalle Pou": an
     * infinitive meeting verb in a sentence whose main verb is a plan.
     */
    private static boolean infinitiveOfPlan(AnnotatedSentence s, Match cue) {
        if (s.isHindi() || !s.norm(cue.from()).equals("to")) {
            return false;
        }
        return s.of(EntryKind.PLANNED).stream().anyMatch(p -> p.to() <= cue.from())
                || s.of(EntryKind.COMMIT).stream().anyMatch(c -> c.value().equals("will") && s.norm(c.from()).equals("will")
                && c.to() <= cue.from());
    }

    /** An event named in the current sentence at tokens {@code [from, to)}. */
    private record EventHit(int index, int from, int to) {
    }

    /** "ASEAN Foreign Ministers' Meeting", "आसियान विदेश मंत्रियों की बैठक", "the SCO summit". */
    private EventHit findEvent(AnnotatedSentence s) {
        for (Match kind : s.of(EntryKind.EVENT_KIND)) {
            Match org = s.endingAt(EntryKind.ORGANISATION, kind.from());
            if (org == null) {
                continue;
            }
            String orgName = state.ref.organisations().get(org.value()).names().all("en").stream()
                    .filter(n -> n.equals(n.toUpperCase(java.util.Locale.ROOT))).findFirst()
                    .orElse(state.ref.organisations().get(org.value()).names().best("en"));
            String label = orgName + " " + kind.value();
            for (MultilateralEvent e : events) {
                if (e.organiser().equals(org.value()) && e.label().equals(label)) {
                    return new EventHit(e.index(), org.from(), kind.to());
                }
            }
            Evidence ev = s.evidence(state.text, org.from(), kind.to(), "event:organisation+kind", 0.9);
            events.add(new MultilateralEvent(events.size(), org.value(), label, "en", ev));
            return new EventHit(events.size() - 1, org.from(), kind.to());
        }
        return null;
    }

    /** "के दौरान" / "के इतर" right after the event's name, "during" / "on the sidelines of" before it. */
    private static boolean linkedToEvent(AnnotatedSentence s, EventHit event) {
        for (EntryKind k : new EntryKind[]{EntryKind.DURING, EntryKind.SIDELINES}) {
            for (Match m : s.of(k)) {
                if (s.isHindi() ? (m.from() >= event.to() && m.from() <= event.to() + 1)
                        : (m.to() <= event.from() && m.to() >= event.from() - 2)) {
                    return true;
                }
            }
        }
        return false;
    }
}
