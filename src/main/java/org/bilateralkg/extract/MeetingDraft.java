package org.bilateralkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A meeting under construction, from one sentence or pooled from several that report the same
 * meeting (a follow-up sentence, a caption repeating the lead); merged drafts pool their evidence.
 */
final class MeetingDraft {
    String type;
    /** How a call was held: "video" for a video call or virtual summit, else null (phone). */
    String mode;
    String status;
    final List<Participant> participants = new ArrayList<>();
    final Set<String> countries = new LinkedHashSet<>();
    DateValue date;
    Integer year;
    String location;
    String city;
    String duration;
    boolean approx;
    Integer event;
    boolean caption;
    /** The sentence tells an earlier occasion ("last met", "इससे पहले"): not the meeting the article is about. */
    boolean earlier;
    final List<Evidence> evidence = new ArrayList<>();
    final List<Integer> sentences = new ArrayList<>();

    /**
     * "held separate bilateral meetings with A, B and C" / "A, B और C के साथ अलग-अलग बैठकें कीं": one
     * meeting of the first-named party with each of the others.
     */
    List<MeetingDraft> separately() {
        MeetingDraft d = this;
        List<MeetingDraft> out = new ArrayList<>();
        Participant subject = d.participants.get(0);
        for (Participant other : d.participants.subList(1, d.participants.size())) {
            if (other.country() != null && other.country().equals(subject.country())) {
                continue;
            }
            MeetingDraft x = new MeetingDraft();
            x.type = "bilateral";
            x.mode = null;
            x.status = d.status;
            x.participants.add(subject);
            x.participants.add(other);
            if (subject.country() != null) {
                x.countries.add(subject.country());
            }
            if (other.country() != null) {
                x.countries.add(other.country());
            }
            x.date = d.date;
            x.year = d.year;
            x.location = d.location;
            x.city = d.city;
            x.event = d.event;
            x.caption = d.caption;
            x.earlier = d.earlier;
            x.evidence.addAll(d.evidence);
            x.sentences.addAll(d.sentences);
            out.add(x);
        }
        return out;
    }

    static boolean sameMeeting(MeetingDraft a, MeetingDraft b) {
        if (!a.countries.equals(b.countries)) {
            return false;
        }
        if (a.type.equals("call") != b.type.equals("call") && !VideoMeetingReports.talksOfVideoCall(a, b)
                && !VideoMeetingReports.talksOfVideoCall(b, a)) {
            return false; // a call is never the same meeting as talks in person
        }
        if (a.date != null && b.date != null && !a.date.compatible(b.date)) {
            return false;
        }
        if (a.year != null && b.year != null && !a.year.equals(b.year)) {
            return false;
        }
        if (a.location != null && b.location != null && !a.location.equals(b.location)) {
            return false;
        }
        if (!a.caption && !b.caption && a.earlier != b.earlier && !a.bare() && !b.bare()) {
            return false; // "They met in Tashkent. The two had previously met there on 7 March": two meetings
        }
        if (!a.caption && !b.caption && disjointPeople(a, b)) {
            return false; // "The two diplomats last met in April. Presidents Biden and Xi met in November": two meetings
        }
        // A planned meeting the article later calls off or postpones is that same meeting.
        return Objects.equals(a.status, b.status) || a.caption || b.caption
                || (a.status.equals("planned") && !b.status.equals("held")) || (b.status.equals("planned") && !a.status.equals("held"));
    }

    /** No people, date or place: nothing tells this report apart from another of the same countries. */
    private boolean bare() {
        return participants.isEmpty() && date == null && location == null;
    }

    /**
     * Both drafts name people, and none of them in common. A post named without a person ("भारत के
     * विदेश सचिव") may be anyone who holds it: it keeps no report apart.
     */
    private static boolean disjointPeople(MeetingDraft a, MeetingDraft b) {
        if (onlyPosts(a) || onlyPosts(b)) {
            return false;
        }
        for (Participant p : a.participants) {
            for (Participant q : b.participants) {
                if (p.personKey().equals(q.personKey())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean onlyPosts(MeetingDraft d) {
        return d.participants.stream().allMatch(p -> p.personKey().startsWith(ArticleState.POST_PREFIX));
    }

    /** Pools a second report of this meeting into it: its people, and what this one lacks. */
    void absorb(MeetingDraft d) {
        MeetingDraft into = this;
        for (Participant p : d.participants) {
            if (into.participants.stream().noneMatch(x -> x.personKey().equals(p.personKey()))) {
                into.participants.add(p);
            }
        }
        if (into.status.equals("planned") && !d.status.equals("planned")) {
            into.status = d.status;
        }
        if (into.date == null || (!into.date.isFull() && d.date != null && d.date.isFull())) {
            into.date = d.date;
        }
        into.location = into.location != null ? into.location : d.location;
        into.city = into.city != null ? into.city : d.city;
        if (into.duration == null) {
            into.duration = d.duration;
            into.approx = d.approx;
        }
        into.event = into.event != null ? into.event : d.event;
        // "the foreign secretary" of one report is the named foreign secretary of the other
        into.participants.removeIf(p -> p.personKey().startsWith(ArticleState.POST_PREFIX) && into.participants.stream()
                .anyMatch(q -> !q.personKey().startsWith(ArticleState.POST_PREFIX) && Objects.equals(q.country(), p.country())));
        into.evidence.addAll(d.evidence);
        into.sentences.addAll(d.sentences);
    }
}
