package org.bilateralkg.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.bilateralkg.synth.Officials.Official;
import org.bilateralkg.synth.Story.MeetingFact;
import org.bilateralkg.synth.Story.UKind;
import org.bilateralkg.synth.Story.Utterance;

/** The gold facts of a story (docs/EVAL.md), as a careful reader takes them from its text. */
record Gold(List<GoldMeeting> meetings, List<String> statements, List<GoldCommitment> commitments) {
    record GoldMeeting(String date, String location, List<String> countries, List<String> participants, String status) {
    }

    record GoldCommitment(String country, String topic) implements Comparable<GoldCommitment> {
        @Override
        public int compareTo(GoldCommitment o) {
            int c = country.compareTo(o.country);
            return c != 0 ? c : Objects.toString(topic, "").compareTo(Objects.toString(o.topic, ""));
        }
    }

    boolean negative() {
        return meetings.isEmpty();
    }

    static Gold of(Story s) {
        List<GoldMeeting> meetings = new ArrayList<>();
        if (s.main != null) {
            meetings.add(meeting(s.main));
        }
        if (s.past != null) {
            meetings.add(meeting(s.past));
        }
        if (s.next != null) {
            meetings.add(meeting(s.next));
        }
        TreeSet<String> statements = new TreeSet<>();
        TreeSet<GoldCommitment> commitments = new TreeSet<>();
        if (s.plannedAttributed) {
            statements.add(s.a); // "..., A's foreign ministry said"
        }
        for (Utterance u : s.utterances) {
            String topic = u.topic().equals("-") ? null : u.topic();
            if (u.kind() == UKind.AGREE_BOTH) {
                statements.add(s.a);
                statements.add(s.b);
                commitments.add(new GoldCommitment(s.a, topic));
                commitments.add(new GoldCommitment(s.b, topic));
                continue;
            }
            statements.add(u.self());
            if (u.kind() == UKind.COMMIT) {
                commitments.add(new GoldCommitment(u.self(), topic));
            }
        }
        return new Gold(List.copyOf(meetings), List.copyOf(statements), List.copyOf(commitments));
    }

    private static GoldMeeting meeting(MeetingFact m) {
        String date = m.dayKnown() ? m.date().toString() : null;
        String location = m.placeStated() && m.spot() != null ? m.spot().country() : null;
        TreeSet<String> countries = new TreeSet<>();
        TreeSet<String> people = new TreeSet<>();
        for (Official o : m.participants()) {
            countries.add(o.country());
            people.add(o.id());
        }
        return new GoldMeeting(date, location, List.copyOf(countries), List.copyOf(people), m.status());
    }

    /** The gold file: the format of docs/EVAL.md, pretty-printed, keys in a fixed order. */
    String json(String pair, String notes) {
        StringBuilder sb = new StringBuilder(512);
        sb.append("{\n  \"negative\": ").append(negative()).append(",\n  \"meetings\": [");
        for (int i = 0; i < meetings.size(); i++) {
            GoldMeeting m = meetings.get(i);
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("    {\n      \"date\": ").append(Json.string(m.date()))
                    .append(",\n      \"location\": ").append(Json.string(m.location()))
                    .append(",\n      \"countries\": ").append(Json.strings(m.countries()))
                    .append(",\n      \"participants\": ").append(Json.strings(m.participants()))
                    .append(",\n      \"status\": ").append(Json.string(m.status())).append("\n    }");
        }
        sb.append(meetings.isEmpty() ? "]" : "\n  ]");
        sb.append(",\n  \"statements\": ").append(Json.strings(statements));
        sb.append(",\n  \"commitments\": [");
        for (int i = 0; i < commitments.size(); i++) {
            GoldCommitment c = commitments.get(i);
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("    {\"country\": ").append(Json.string(c.country())).append(", \"topic\": ")
                    .append(Json.string(c.topic())).append('}');
        }
        sb.append(commitments.isEmpty() ? "]" : "\n  ]");
        if (pair != null) {
            sb.append(",\n  \"pair\": ").append(Json.string(pair));
        }
        sb.append(",\n  \"notes\": ").append(Json.string(notes)).append("\n}\n");
        return sb.toString();
    }
}
