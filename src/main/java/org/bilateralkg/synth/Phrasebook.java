package org.bilateralkg.synth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrasings of one language: sentence templates per slot (phrases.LANG.tsv) and the verb
 * phrases that carry each topic (topics.LANG.tsv).
 */
final class Phrasebook {
    /** Values an article template may use. */
    static final Set<String> KNOWN = Set.of(
            "A", "B", "A.bare", "B.bare", "A.dem", "B.dem", "A.gen", "B.gen", "A.cap", "B.cap",
            "P1.full", "P1.name", "P1.short", "P1.title", "P2.full", "P2.cp", "P2.name", "P2.short", "P2.title",
            "DATE", "PLACE", "PLACE.named", "DUR.a", "DUR.phrase", "EVENT", "AGENCY", "NDAY", "ORD", "PAIR",
            "PDATE", "PPLACE", "NDATE", "NPLACE", "WD", "WD2", "NUM", "NUMW", "ORDW", "TEMP", "NUM3", "IDX", "FX",
            "PCT", "CITY", "STATE", "C1", "C2", "C3", "YEAR0", "SPK", "CLAUSE", "QCLAUSE", "SELF", "OTHER", "SUBJ",
            "PARTNER", "VP", "GER", "RETRO", "NP", "TARGET", "OBJ", "INF", "INFD", "FUT", "DL.city", "DL.date",
            // forms of names, places and dates
            "name", "short", "title", "dem", "country", "gen", "cap", "city", "D", "MONTH", "Y");

    /** Slots every language must have. */
    static final List<String> REQUIRED = List.of(
            "dateline", "lead.sidelines", "lead.visit", "lead.talks", "lead.call", "lead.summit", "lead.planned",
            "lead.planned.attr", "lead.postponed", "lead.cancelled", "followup.date", "followup.place",
            "followup.duration", "followup.duration.call", "caption", "say", "say.quote", "clause.plain",
            "clause.topical", "clause.retro", "clause.appeal", "clause.commit.ready", "clause.commit.will",
            "clause.commit.agreed", "clause.commit.committed", "agree.both", "urge", "past", "next.dated",
            "next.undated", "noise", "noise.statement", "title.sidelines", "title.visit", "title.talks", "title.call",
            "title.summit", "title.planned", "title.postponed", "title.cancelled", "title.statement",
            "neg.sport", "neg.weather", "neg.markets", "neg.domestic", "title.neg.sport", "title.neg.weather",
            "title.neg.markets", "title.neg.domestic", "person.full", "person.spk", "spokesperson", "country.gen",
            "subj.country", "subj.capital", "subj.we", "partner", "place.country", "place.city", "place.here",
            "date.abs", "date.dm", "date.wd", "date.today", "date.my", "dateline.date");

    /** Leads of meetings that did not (yet) take place: no follow-up sentence can add their date or place. */
    static final List<String> UNHELD_LEADS = List.of("lead.planned", "lead.planned.attr", "lead.postponed", "lead.cancelled");

    final String lang;
    private final Map<String, List<Template>> slots;
    /** topic notation ("-" for none) -> phrase forms (en: VP GER RETRO NP; hi: OBJ INF INFD FUT.sg FUT.pl RETRO NP). */
    private final Map<String, List<Map<String, String>>> topicForms;

    private Phrasebook(String lang, Map<String, List<Template>> slots, Map<String, List<Map<String, String>>> topicForms) {
        this.lang = lang;
        this.slots = slots;
        this.topicForms = topicForms;
    }

    static Phrasebook load(String lang, Path dir, Map<String, String[]> verbs, List<String> problems) {
        Map<String, List<Template>> slots = new LinkedHashMap<>();
        for (Table.Row r : Table.read(dir.resolve("phrases." + lang + ".tsv")).rows()) {
            try {
                Template t = Template.parse(r.get("template"), r.where());
                for (String n : t.names()) {
                    if (!KNOWN.contains(n)) {
                        problems.add(r.where() + ": unknown value {" + n + "}");
                    }
                }
                slots.computeIfAbsent(r.get("slot"), k -> new ArrayList<>()).add(t);
            } catch (IllegalStateException e) {
                problems.add(e.getMessage());
            }
        }
        Map<String, List<Map<String, String>>> forms = new LinkedHashMap<>();
        for (Table.Row r : Table.read(dir.resolve("topics." + lang + ".tsv")).rows()) {
            Map<String, String> f = new LinkedHashMap<>();
            if (lang.equals("hi")) {
                String[] v = verbs.get(r.get("verb"));
                if (v == null) {
                    problems.add(r.where() + ": verb " + r.get("verb") + " is not in verbs.hi.tsv");
                    continue;
                }
                f.put("OBJ", r.get("obj"));
                f.put("INF", v[0]);
                f.put("INFD", v[1]);
                f.put("FUT.sg", v[2]);
                f.put("FUT.pl", v[3]);
            } else {
                f.put("VP", r.get("vp"));
                f.put("GER", r.get("ger"));
            }
            f.put("RETRO", r.get("retro"));
            f.put("NP", r.get("np"));
            for (Map.Entry<String, String> e : f.entrySet()) {
                if (e.getValue().isEmpty()) {
                    problems.add(r.where() + ": empty " + e.getKey());
                }
            }
            f.put("@where", r.where());
            forms.computeIfAbsent(r.get("topic"), k -> new ArrayList<>()).add(Map.copyOf(f));
        }
        for (String s : REQUIRED) {
            if (!slots.containsKey(s)) {
                problems.add("phrases." + lang + ".tsv: no template for slot " + s);
            }
        }
        for (String s : UNHELD_LEADS) {
            for (Template t : slots.getOrDefault(s, List.of())) {
                if (!t.mentions("DATE") || !t.mentions("PLACE")) {
                    problems.add(t.where + ": a lead of a meeting not held must have a place for {DATE} and {PLACE} (or {!PLACE})");
                }
            }
        }
        return new Phrasebook(lang, slots, forms);
    }

    /** Topic phrases name exactly their topic; sentence templates name none (so the gold stays exact). */
    void check(SynthData.CueChecker cues, List<SynthData.TopicDef> topics, List<String> problems) {
        for (SynthData.TopicDef t : topics) {
            if (!topicForms.containsKey(t.topic())) {
                problems.add("topics." + lang + ".tsv: no phrase for topic " + t.topic());
            }
        }
        topicForms.forEach((topic, rows) -> {
            for (Map<String, String> f : rows) {
                Set<String> want = topic.equals("-") ? Set.of() : Set.of(topic);
                List<String> phrases = lang.equals("hi")
                        ? List.of(f.get("OBJ") + " " + f.get("INF"), f.get("OBJ") + " " + f.get("FUT.sg"), f.get("RETRO"), f.get("NP"))
                        : List.of(f.get("VP"), f.get("GER"), f.get("RETRO"), f.get("NP"));
                for (String p : phrases) {
                    Set<String> got = cues.topics(p);
                    if (!got.equals(want)) {
                        problems.add(f.get("@where") + ": \"" + p + "\" names topics " + got + ", expected " + want);
                    }
                }
            }
        });
        slots.forEach((slot, templates) -> {
            if (slot.startsWith("neg.") || slot.startsWith("title.")) {
                return;
            }
            for (Template t : templates) {
                Set<String> got = cues.topics(t.skeleton(" X "));
                if (!got.isEmpty()) {
                    problems.add(t.where + ": the template names topics " + got + " (only topic phrases may)");
                }
            }
        });
    }

    List<Template> slot(String name) {
        List<Template> l = slots.get(name);
        if (l == null) {
            throw new IllegalStateException("phrases." + lang + ".tsv: no template for slot " + name);
        }
        return l;
    }

    boolean has(String name) {
        return slots.containsKey(name);
    }

    List<Map<String, String>> topicForms(String topic) {
        return topicForms.getOrDefault(topic, List.of());
    }
}
