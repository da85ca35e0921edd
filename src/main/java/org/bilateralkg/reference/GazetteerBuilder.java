package org.bilateralkg.reference;

import java.util.List;
import java.util.Map;

/** Fills a {@link Gazetteer} from the reference tables and the cue lexicons. */
final class GazetteerBuilder {
    private final ReferenceData ref;

    GazetteerBuilder(ReferenceData ref) {
        this.ref = ref;
    }

    Gazetteer build(Map<String, List<String[]>> lexicons) {
        Gazetteer g = new Gazetteer();
        for (String lang : ReferenceData.TEXT_LANGUAGES) {
            for (Country c : ref.countries().values()) {
                c.names().all(lang).forEach(n -> g.add(n, new Entry(EntryKind.COUNTRY, c.code(), lang)));
                c.demonyms().all(lang).forEach(n -> g.add(n, new Entry(EntryKind.DEMONYM, c.code(), lang)));
                c.capital().all(lang).forEach(n -> g.add(n, new Entry(EntryKind.CAPITAL, c.code(), lang)));
            }
            for (City c : ref.cities().values()) {
                c.names().all(lang).forEach(n -> g.add(n, new Entry(EntryKind.CITY, c.id(), lang)));
            }
            for (Organisation o : ref.organisations().values()) {
                EntryKind k = o.kind() == Organisation.Kind.AGENCY ? EntryKind.AGENCY : EntryKind.ORGANISATION;
                o.names().all(lang).forEach(n -> g.add(n, new Entry(k, o.id(), lang)));
            }
            for (Person p : ref.people().values()) {
                p.names().all(lang).forEach(n -> g.add(n, new Entry(EntryKind.PERSON, p.id(), lang)));
            }
            for (Concept t : ref.topics().values()) {
                t.cues().all(lang).forEach(n -> g.add(n, new Entry(EntryKind.TOPIC, t.notation(), lang)));
                t.labels().all(lang).forEach(n -> g.add(n, new Entry(EntryKind.TOPIC, t.notation(), lang)));
                t.oppositeCues().all(lang).forEach(n -> g.add(n, new Entry(EntryKind.TOPIC_OPPOSITE, t.notation(), lang)));
            }
            for (Concept r : ref.roles().values()) {
                r.cues().all(lang).forEach(n -> g.add(n, new Entry(EntryKind.ROLE, r.notation(), lang)));
                r.ministryCues().all(lang).forEach(n -> g.add(n, new Entry(EntryKind.MINISTRY, r.notation(), lang)));
            }
        }
        lexicons.forEach((lang, rows) -> {
            for (String[] row : rows) {
                EntryKind kind;
                try {
                    kind = EntryKind.fromLexicon(row[0]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(row[3] + ": unknown lexicon kind '" + row[0] + "'");
                }
                g.add(row[1], new Entry(kind, row[2], lang));
            }
        });
        return g;
    }
}
