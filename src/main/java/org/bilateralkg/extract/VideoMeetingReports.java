package org.bilateralkg.extract;

import java.util.List;

/**
 * "India and Australia decided on Thursday to ... The decision came at a virtual summit between Modi
 * and Morrison": a report of talks next to a video call of the same countries, with no place of its
 * own, is that video meeting, not a second meeting held in person (and never at the dateline).
 */
final class VideoMeetingReports {
    private VideoMeetingReports() {
    }

    /** Turns each in-person draft that reports a neighbouring video call into a report of that call. */
    static void adopt(List<MeetingDraft> drafts) {
        for (MeetingDraft video : drafts) {
            if (!video.type.equals("call") || !MeetingExtractor.VIDEO.equals(video.mode)) {
                continue;
            }
            for (MeetingDraft d : drafts) {
                if (d != video && reportsSameCall(video, d)) {
                    d.type = "call";
                    d.mode = video.mode;
                }
            }
        }
    }

    /**
     * "बातचीत के दौरान मोदी ने कहा ...": talks with no place of their own may be the video meeting
     * itself (a visit never is).
     */
    static boolean talksOfVideoCall(MeetingDraft video, MeetingDraft talks) {
        return video.type.equals("call") && MeetingExtractor.VIDEO.equals(video.mode) && !talks.type.equals("visit")
                && talks.location == null;
    }

    private static boolean reportsSameCall(MeetingDraft video, MeetingDraft d) {
        return !d.type.equals("call") && !d.type.equals("visit") && d.location == null && d.event == null
                && d.countries.equals(video.countries) && d.status.equals(video.status) && d.earlier == video.earlier
                && (d.date == null || video.date == null || d.date.compatible(video.date))
                && neighbours(video, d) && sharesPeopleOrNamesNone(video, d);
    }

    /** Reported in the same sentence or the sentence right before or after. */
    private static boolean neighbours(MeetingDraft a, MeetingDraft b) {
        for (int x : a.sentences) {
            for (int y : b.sentences) {
                if (Math.abs(x - y) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sharesPeopleOrNamesNone(MeetingDraft a, MeetingDraft b) {
        return a.participants.isEmpty() || b.participants.isEmpty() || a.participants.stream()
                .anyMatch(p -> b.participants.stream().anyMatch(q -> q.personKey().equals(p.personKey())));
    }
}
