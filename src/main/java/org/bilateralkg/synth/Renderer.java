package org.bilateralkg.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bilateralkg.reference.Country;
import org.bilateralkg.reference.Organisation;
import org.bilateralkg.reference.ReferenceData;
import org.bilateralkg.synth.Officials.Official;
import org.bilateralkg.synth.Story.Kind;
import org.bilateralkg.synth.Story.PlaceMode;
import org.bilateralkg.synth.Story.Spot;
import org.bilateralkg.synth.Story.UKind;
import org.bilateralkg.synth.Story.Utterance;

/**
 * Writes a {@link Story} in one language: chooses templates, name forms, date and place forms,
 * sentence order and layout. Every choice keeps the facts of the story (the gold) unchanged.
 */
final class Renderer {
    /** The article, and the template lines it was written from (for the notes of the gold). */
    record Rendered(String title, String text, List<String> templates) {
    }

    private final ReferenceData ref;
    private final SynthData data;
    private final Set<String> familyLast;
    private final Set<String> familyFirst;
    private final double devanagariDigits;
    /** English names that take "the" ("the Philippines"), and beginnings that do ("United ...", "Republic ..."). */
    private final Set<String> theNames;
    private final List<String> thePrefixes;

    Renderer(ReferenceData ref, SynthData data) {
        this.ref = ref;
        this.data = data;
        this.familyLast = Set.copyOf(data.words("family-name-last"));
        this.familyFirst = Set.copyOf(data.words("family-name-first"));
        this.devanagariDigits = data.number("hindi-digits");
        this.theNames = Set.copyOf(data.list("definite-en-names"));
        this.thePrefixes = List.copyOf(data.list("definite-en-prefixes"));
    }

    Rendered render(Story s, String lang, Rng rng) {
        return new Writer(s, lang, rng).write();
    }

    /** Template values: a map, then computed ones; "plural" for subject agreement. */
    private static final class Vals implements Template.Values {
        final Map<String, String> map = new HashMap<>();
        final java.util.function.Function<String, String> more;
        boolean plural;

        Vals(java.util.function.Function<String, String> more) {
            this.more = more;
        }

        Vals put(String k, String v) {
            if (v != null) {
                map.put(k, v);
            }
            return this;
        }

        /** The forms of a topic phrase; the future verb agrees with the subject. */
        Vals putAll(Map<String, String> topic, boolean pluralSubject) {
            topic.forEach((k, v) -> {
                if (!k.startsWith("@") && !k.startsWith("FUT.")) {
                    map.put(k, v);
                }
            });
            put("FUT", topic.get(pluralSubject ? "FUT.pl" : "FUT.sg"));
            return this;
        }

        @Override
        public String get(String name) {
            String v = map.get(name);
            return v != null || map.containsKey(name) || more == null ? v : more.apply(name);
        }

        @Override
        public boolean plural() {
            return plural;
        }
    }

    /** The state of writing one article. */
    private final class Writer {
        final Story s;
        final String lang;
        final Rng rng;
        final Phrasebook pb;
        final boolean hi;
        final boolean devanagari;
        final Map<String, String> countryNames = new HashMap<>();
        final Map<String, String> fixed = new LinkedHashMap<>();
        final Set<String> introduced = new HashSet<>();
        final java.util.LinkedHashSet<String> templatesUsed = new java.util.LinkedHashSet<>();
        /** The article reports a meeting that took place: sentences about "the talks" may be used. */
        final boolean held;

        Writer(Story s, String lang, Rng rng) {
            this.s = s;
            this.lang = lang;
            this.rng = rng;
            this.pb = data.phrasebooks.get(lang);
            this.hi = lang.equals("hi");
            this.devanagari = hi && rng.chance(devanagariDigits);
            // A phone call has no "meeting" to speak at, nor delegations: it keeps the plain phrasings.
            this.held = s.main != null && s.main.status().equals("held") && s.kind != Kind.CALL;
        }

        Rendered write() {
            return s.kind.negative() ? negative() : s.kind == Kind.STATEMENT ? statement() : meeting();
        }

        // ---- article kinds -------------------------------------------------------------------

        Rendered meeting() {
            articleValues();
            boolean held = s.main.status().equals("held");
            Vals lead = vals();
            boolean withholdDate = held && s.main.dayKnown() && rng.chance(0.12);
            boolean withholdPlace = held && s.main.placeStated() && rng.chance(0.1);
            if (s.main.dayKnown() && !withholdDate) {
                lead.put("DATE", mainDate());
            }
            if (s.main.placeStated() && !withholdPlace) {
                lead.put("PLACE", place(s.main.spot(), s.placeMode));
            }
            if (s.duration != null) {
                lead.put("DUR.a", digits(s.duration.adjective().get(lang)));
            }
            String slot = s.plannedAttributed ? "lead.planned.attr" : "lead." + s.kind.slot();
            Set<String> used = new HashSet<>();
            String first = sentence(slot, lead, used);
            introduced.add("P1");
            introduced.add("P2");
            List<String> head = new ArrayList<>();
            head.add(first);
            if (s.main.dayKnown() && !used.contains("DATE")) {
                String dateSlot = s.kind == Kind.CALL && pb.has("followup.date.call") ? "followup.date.call" : "followup.date";
                head.add(sentence(dateSlot, vals().put("DATE", mainDate()), null));
            }
            if (s.main.placeStated() && !used.contains("PLACE")) {
                head.add(sentence("followup.place", vals().put("PLACE", place(s.main.spot(), s.placeMode)), null));
            }
            List<String> body = new ArrayList<>();
            if (s.duration != null && !used.contains("DUR.a") && s.duration.phrase().containsKey(lang)) {
                body.add(sentence(s.kind == Kind.CALL ? "followup.duration.call" : "followup.duration",
                        vals().put("DUR.phrase", digits(s.duration.phrase().get(lang))), null));
            }
            for (Utterance u : s.utterances) {
                body.add(utterance(u));
            }
            if (s.past != null) {
                body.add(sentence("past", vals().put("PDATE", s.past.monthOnly() ? date("date.my", s.past.date())
                        : date("date.abs", s.past.date())).put("PPLACE", place(s.past.spot(), PlaceMode.STATED)), null));
            }
            if (s.next != null) {
                Vals v = vals().put("NPLACE", place(s.next.spot(), PlaceMode.STATED));
                if (s.next.dayKnown()) {
                    v.put("NDATE", date(rng.chance(0.6) ? "date.dm" : "date.abs", s.next.date()));
                }
                body.add(sentence(s.next.dayKnown() ? "next.dated" : "next.undated", v, null));
            }
            String noise = s.kind == Kind.CALL && pb.has("noise.call") ? "noise.call" : "noise";
            for (int i = 0; i < s.noise; i++) {
                body.add(sentence(noise, vals(), null));
            }
            rng.shuffle(body);
            String caption = null;
            if (s.caption) {
                Vals v = vals().put("AGENCY", agency("wire-agencies", null));
                if (s.main.dayKnown()) {
                    v.put("DATE", mainDate());
                }
                if (s.main.placeStated()) {
                    v.put("PLACE.named", place(s.main.spot(), PlaceMode.STATED));
                }
                caption = sentence("caption", v, null);
            }
            return assemble(titleFor("title." + s.kind.slot()), head, caption, body);
        }

        Rendered statement() {
            articleValues();
            List<String> head = new ArrayList<>();
            List<String> body = new ArrayList<>();
            for (Utterance u : s.utterances) {
                (head.isEmpty() ? head : body).add(utterance(u));
            }
            for (int i = 0; i < s.noise; i++) {
                body.add(sentence("noise.statement", vals(), null));
            }
            rng.shuffle(body);
            return assemble(titleFor("title.statement"), head, null, body);
        }

        Rendered negative() {
            String type = s.kind.slot().substring("neg.".length());
            Vals v = vals();
            for (String k : List.of("C1", "C2", "C3")) {
                v.put(k, countryName(s.values.get(k)));
            }
            Spot city = s.spots.get("CITY");
            v.put("CITY", city.city(lang) != null ? city.city(lang) : countryName(city.country()));
            v.put("STATE", data.fillers("state").get(Integer.parseInt(s.values.get("STATE"))).text().get(lang));
            v.put("WD", weekday(Integer.parseInt(s.values.get("WD"))));
            v.put("WD2", weekday(Integer.parseInt(s.values.get("WD2"))));
            for (String k : List.of("NUM", "TEMP", "NUM3", "IDX", "FX", "PCT")) {
                v.put(k, digits(s.values.get(k)));
            }
            v.put("NUMW", data.filler("numword", s.values.get("NUMW")).text().get(lang));
            v.put("ORDW", data.filler("ordword", s.values.get("ORDW")).text().get(lang));
            List<Template> all = pb.slot("neg." + type);
            List<String> head = new ArrayList<>();
            head.add(render(all.get(0), v, null));
            List<Template> rest = new ArrayList<>(all.subList(1, all.size()));
            rng.shuffle(rest);
            int n = Math.min(rest.size(), rng.between(2, 4));
            List<String> body = new ArrayList<>();
            for (Template t : rest.subList(0, n)) {
                String r = render(t, v, null);
                if (r != null) {
                    body.add(r);
                }
            }
            String title = sentenceRaw("title.neg." + type, v, null);
            return assemble(title == null ? null : stripEnd(capitalise(title)), head, null, body);
        }

        // ---- pieces --------------------------------------------------------------------------

        /** Values every sentence of a meeting or statement article may use. */
        void articleValues() {
            fixed.put("A", countryName(s.a));
            fixed.put("B", countryName(s.b));
            fixed.put("A.bare", countryBare(s.a));
            fixed.put("B.bare", countryBare(s.b));
            for (String side : List.of("A", "B")) {
                String code = side.equals("A") ? s.a : s.b;
                putIf(fixed, side + ".dem", demonym(code));
                putIf(fixed, side + ".cap", capital(code));
                putIf(fixed, side + ".gen", genitive(code));
            }
            if (s.p1 != null) {
                person("P1", s.p1);
            }
            if (s.p2 != null) {
                person("P2", s.p2);
                boolean sameRole = s.p1.role().equals(s.p2.role()) && java.util.Objects.equals(
                        data.title(s.p1.country(), s.p1.role(), "en"), data.title(s.p2.country(), s.p2.role(), "en"));
                String cp = sameRole ? form("person.cp", personForm(s.p2)) : null;
                fixed.put("P2.cp", cp != null ? cp : fixed.get("P2.full"));
                String level = s.p1.role().equals("foreign-minister") && s.p2.role().equals("foreign-minister")
                        ? "foreign-minister" : "leader";
                fixed.put("PAIR", data.filler("pair", level).text().get(lang));
            }
            if (s.event != null) {
                fixed.put("EVENT", rng.pick(s.event.names().get(lang)));
            }
            if (s.days > 0) {
                fixed.put("NDAY", data.filler("nday", String.valueOf(s.days)).text().get(lang));
            }
            if (s.ordinal > 0) {
                fixed.put("ORD", digits(hi ? s.ordinal + "वें" : ordinal(s.ordinal)));
            }
            putIf(fixed, "YEAR0", digits(s.values.get("YEAR0")));
        }

        void person(String key, Official o) {
            Map<String, String> f = personForm(o);
            fixed.put(key + ".name", f.get("name"));
            fixed.put(key + ".short", f.getOrDefault("short", f.get("name")));
            fixed.put(key + ".title", f.get("title"));
            String full = form("person.full", f);
            fixed.put(key + ".full", full != null ? full : f.get("title") + " " + f.get("name"));
        }

        Map<String, String> personForm(Official o) {
            Map<String, String> f = new HashMap<>();
            String name = o.person().names().preferred(lang);
            String en = o.person().names().preferred("en");
            f.put("name", name != null ? name : en);
            String shortName = shortName(name != null ? name : en, o.country());
            putIf(f, "short", shortName);
            f.put("title", data.title(o.country(), o.role(), lang));
            countryForm(f, o.country());
            return f;
        }

        void countryForm(Map<String, String> f, String code) {
            f.put("country", countryName(code));
            putIf(f, "dem", demonym(code));
            putIf(f, "cap", capital(code));
            putIf(f, "gen", genitive(code));
        }

        String shortName(String name, String country) {
            int first = name.indexOf(' ');
            if (first < 0) {
                return null;
            }
            if (familyLast.contains(country)) {
                return name.substring(name.lastIndexOf(' ') + 1);
            }
            return familyFirst.contains(country) ? name.substring(0, first) : null;
        }

        String utterance(Utterance u) {
            Map<String, String> topic = topicForms(u.topic());
            if (u.kind() == UKind.AGREE_BOTH) {
                return sentence("agree.both", vals().putAll(topic, false), null);
            }
            if (u.kind() == UKind.URGE) {
                return sentence("urge", vals().putAll(topic, false).put("SPK", speaker(u)).put("OTHER", countryName(u.other())), null);
            }
            String clauseSlot = switch (u.kind()) {
                case PLAIN -> "clause.plain";
                case TOPICAL -> "clause.topical";
                case RETRO -> "clause.retro";
                case APPEAL -> "clause.appeal";
                default -> "clause.commit." + u.modality().name().toLowerCase(Locale.ROOT);
            };
            boolean quote = rng.chance(0.2);
            Template clauseT = pick(clauseSlot);
            boolean firstPerson = quote && clauseT.mentions("SUBJ") && rng.chance(0.75);
            Vals cv = vals().putAll(topic, firstPerson);
            cv.put("SELF", countryName(u.self())).put("OTHER", countryName(u.other()));
            Map<String, String> self = new HashMap<>();
            countryForm(self, u.self());
            Map<String, String> other = new HashMap<>();
            countryForm(other, u.other());
            if (firstPerson) {
                cv.put("SUBJ", form("subj.we", self));
                cv.plural = true;
            } else {
                int k = rng.weightedIndex(55, 25, 20);
                String subj = k == 1 ? form("subj.capital", self) : k == 2 && pb.has("subj.side") ? form("subj.side", self) : null;
                cv.put("SUBJ", subj != null ? subj : form("subj.country", self));
            }
            cv.put("PARTNER", form("partner", other));
            cv.put("TARGET", rng.pick(data.fillers("target")).text().get(lang));
            String clause = clauseT.render(cv, new HashSet<>());
            if (clause == null) {
                clause = sentenceRaw(clauseSlot, cv, null);
            } else {
                templatesUsed.add(clauseT.where);
            }
            Vals frame = vals().put("SPK", speaker(u)).put(quote ? "QCLAUSE" : "CLAUSE", quote ? capitalise(clause) : clause);
            if (rng.chance(0.25)) {
                frame.put("AGENCY", agency("wire-agencies", u.self()));
            }
            return sentence(quote ? "say.quote" : "say", frame, null);
        }

        /** How the speaker is named: in full the first time, then by name, family name or post. */
        String speaker(Utterance u) {
            Map<String, String> f;
            if (u.speaker() == null) {
                f = new HashMap<>();
                countryForm(f, u.self());
                return form("spokesperson", f);
            }
            f = personForm(u.speaker());
            String key = u.speaker() == s.p1 ? "P1" : u.speaker() == s.p2 ? "P2" : u.speaker().id();
            if (introduced.add(key)) {
                String full = form("person.full", f);
                return full != null ? full : f.get("title") + " " + f.get("name");
            }
            if (u.speaker().role().equals("foreign-minister") && pb.has("person.spk.fm") && rng.chance(0.12)) {
                String r = form("person.spk.fm", f);
                if (r != null) {
                    return r;
                }
            }
            String r = form("person.spk", f);
            return r != null ? r : f.get("name");
        }

        Map<String, String> topicForms(String topic) {
            return rng.pick(pb.topicForms(topic));
        }

        String mainDate() {
            LocalDate d = s.main.date();
            long off = s.offset();
            List<String> styles = new ArrayList<>();
            List<Double> w = new ArrayList<>();
            styles.add("date.dm");
            w.add(35.0);
            styles.add("date.abs");
            w.add(20.0);
            if ((off >= 0 && off <= 6) || (off < 0 && off >= -6)) {
                styles.add("date.wd");
                w.add(35.0);
            }
            if (off == 0) {
                styles.add("date.today");
                w.add(10.0);
            }
            if (off == 1 && pb.has("date.yesterday")) {
                styles.add("date.yesterday");
                w.add(10.0);
            }
            String style = styles.get(rng.weightedIndex(w.stream().mapToDouble(Double::doubleValue).toArray()));
            return date(style, d);
        }

        String date(String style, LocalDate d) {
            Map<String, String> f = new HashMap<>();
            f.put("D", digits(String.valueOf(d.getDayOfMonth())));
            f.put("Y", digits(String.valueOf(d.getYear())));
            f.put("MONTH", data.filler("month", String.valueOf(d.getMonthValue())).text().get(lang));
            f.put("WD", weekday(d.getDayOfWeek().getValue()));
            String r = form(style, f);
            return r != null ? r : form("date.abs", f);
        }

        String weekday(int n) {
            return data.filler("weekday", String.valueOf(n)).text().get(lang);
        }

        /** A place in words: "in Laos", "in Vientiane", "in the Laotian capital", or "here". */
        String place(Spot spot, PlaceMode mode) {
            Map<String, String> f = new HashMap<>();
            countryForm(f, spot.country());
            if (mode == PlaceMode.HERE) {
                return form("place.here", f);
            }
            String city = spot.city(lang);
            if (city == null || rng.chance(0.25)) {
                return form("place.country", f);
            }
            f.put("city", city);
            if (spot.capital() && pb.has("place.capital") && rng.chance(0.25)) {
                String r = form("place.capital", f);
                if (r != null) {
                    return r;
                }
            }
            return form("place.city", f);
        }

        String dateline() {
            if (s.dateline == null || !rng.chance(s.placeMode == PlaceMode.HERE ? 1.0 : 0.9)) {
                return null;
            }
            String city = s.dateline.city(lang);
            if (city == null) {
                return null;
            }
            Map<String, String> f = new HashMap<>();
            f.put("D", digits(String.valueOf(s.published.getDayOfMonth())));
            f.put("MONTH", data.filler("month", String.valueOf(s.published.getMonthValue())).text().get(lang));
            Vals v = vals().put("DL.city", hi ? city : city.toUpperCase(Locale.ROOT)).put("DL.date", form("dateline.date", f))
                    .put("AGENCY", agency("dateline-agencies", null));
            return sentence("dateline", v, null);
        }

        /** An agency's name: the speaker's country's own, else one of the listed wires. */
        String agency(String listKey, String country) {
            if (country != null) {
                for (Organisation o : ref.organisations().values()) {
                    if (o.kind() == Organisation.Kind.AGENCY && country.equals(o.country()) && o.names().preferred(lang) != null) {
                        return o.names().preferred(lang);
                    }
                }
            }
            String id = rng.pick(data.words(listKey + "." + lang));
            Organisation o = ref.organisations().get(id);
            if (o == null) {
                return null;
            }
            // Wires are credited by their short name: "(PTI)", "(AFP)", "(Reuters)".
            for (String n : o.names().all(lang)) {
                if (n.length() <= 5 && n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().allMatch(Character::isLetter)) {
                    return n;
                }
            }
            return o.names().best(lang);
        }

        String titleFor(String slot) {
            String t = sentenceRaw(slot, vals(), null);
            return t == null ? null : stripEnd(capitalise(t));
        }

        Rendered assemble(String title, List<String> head, String caption, List<String> body) {
            List<String> sentences = new ArrayList<>(head);
            String dl = dateline();
            if (dl != null && !sentences.isEmpty()) {
                sentences.set(0, dl + " " + sentences.get(0));
            }
            int captionAt = caption == null ? -1 : rng.chance(0.6) ? 1 : head.size() + body.size();
            sentences.addAll(body);
            boolean lines = rng.chance(0.6);
            StringBuilder text = new StringBuilder();
            int inParagraph = 0;
            int paragraphSize = rng.between(1, 3);
            for (int i = 0; i < sentences.size(); i++) {
                if (i == captionAt) {
                    newLine(text, true);
                    text.append(caption);
                    inParagraph = 0;
                    text.append('\n');
                }
                String sentence = sentences.get(i);
                if (lines || inParagraph == 0 || inParagraph >= paragraphSize) {
                    if (!text.isEmpty()) {
                        newLine(text, !lines);
                    }
                    inParagraph = 0;
                    paragraphSize = rng.between(1, 3);
                } else {
                    text.append(' ');
                }
                text.append(sentence);
                inParagraph++;
            }
            if (captionAt >= sentences.size()) {
                newLine(text, true);
                text.append(caption);
            }
            if (rng.chance(0.2)) {
                newLine(text, true);
                text.append(rng.pick(data.fillers("furniture")).text().get(lang));
            }
            return new Rendered(title, text.toString(), List.copyOf(templatesUsed));
        }

        void newLine(StringBuilder text, boolean blank) {
            if (text.isEmpty()) {
                return;
            }
            if (text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            if (blank && (text.length() < 2 || text.charAt(text.length() - 2) != '\n')) {
                text.append('\n');
            }
        }

        // ---- templates -----------------------------------------------------------------------

        Vals vals() {
            Vals v = new Vals(fixed::get);
            return v;
        }

        Template pick(String slot) {
            return rng.pick(templates(slot));
        }

        /** The templates of a slot, with those of "slot.held" when the meeting took place. */
        List<Template> templates(String slot) {
            if (held && pb.has(slot + ".held")) {
                List<Template> all = new ArrayList<>(pb.slot(slot));
                all.addAll(pb.slot(slot + ".held"));
                return all;
            }
            return pb.slot(slot);
        }

        /** A whole sentence from a slot, capitalised (English). */
        String sentence(String slot, Vals v, Set<String> used) {
            String r = sentenceRaw(slot, v, used);
            if (r == null) {
                throw new IllegalStateException("phrases." + lang + ".tsv: no template of slot " + slot
                        + " can be written with the values at hand (" + s.kind + ")");
            }
            return capitalise(r);
        }

        /** A random template of the slot that can be written; null if none can. */
        String sentenceRaw(String slot, Vals v, Set<String> used) {
            List<Template> all = templates(slot);
            int start = rng.nextInt(all.size());
            for (int i = 0; i < all.size(); i++) {
                Template t = all.get((start + i) % all.size());
                Set<String> u = new HashSet<>();
                String r = t.render(v, u);
                if (r != null) {
                    if (used != null) {
                        used.addAll(u);
                    }
                    templatesUsed.add(t.where);
                    return r;
                }
            }
            return null;
        }

        String render(Template t, Vals v, Set<String> used) {
            String r = t.render(v, used == null ? new HashSet<>() : used);
            if (r != null) {
                templatesUsed.add(t.where);
            }
            return r == null ? null : capitalise(r);
        }

        /** A form (name, place, date) from lower-case values. */
        String form(String slot, Map<String, String> values) {
            if (!pb.has(slot)) {
                return null;
            }
            Vals v = new Vals(null);
            values.forEach(v::put);
            return sentenceRaw(slot, v, null);
        }

        /** A country's name as it stands in a sentence: "the United States", "the Philippines", "India". */
        String countryName(String code) {
            String bare = countryBare(code);
            return !hi && needsThe(bare) ? "the " + bare : bare;
        }

        /** The name alone ("United States"), for compounds such as "India-United States summit". */
        String countryBare(String code) {
            return countryNames.computeIfAbsent(code, c -> {
                Country k = ref.countries().get(c);
                String preferred = k.names().best(lang);
                if (rng.chance(0.12)) {
                    List<String> aliases = k.names().all(lang).stream()
                            .filter(n -> !n.equals(preferred) && !n.contains(".") && !n.contains("(") && !n.contains(","))
                            .toList();
                    if (!aliases.isEmpty()) {
                        return stripThe(rng.pick(aliases));
                    }
                }
                return stripThe(preferred);
            });
        }

        String demonym(String code) {
            return ref.countries().get(code).demonyms().preferred(lang);
        }

        String capital(String code) {
            return ref.countries().get(code).capital().preferred(lang);
        }

        boolean needsThe(String name) {
            if (name.startsWith("The ")) {
                return false;
            }
            if (theNames.contains(name) || theNames.contains("The " + name)) {
                return true;
            }
            for (String p : thePrefixes) {
                if (name.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }

        String genitive(String code) {
            String name = countryName(code);
            if (!hi && name.endsWith("s")) {
                return name + "'"; // "the Philippines' President"
            }
            Map<String, String> f = new HashMap<>();
            f.put("country", name);
            return form("country.gen", f);
        }

        String digits(String s) {
            if (s == null || !devanagari) {
                return s;
            }
            StringBuilder sb = new StringBuilder(s.length());
            for (char c : s.toCharArray()) {
                sb.append(c >= '0' && c <= '9' ? (char) ('\u0966' + (c - '0')) : c);
            }
            return sb.toString();
        }

        String capitalise(String text) {
            if (hi || text == null) {
                return text;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    return Character.isLowerCase(c) ? text.substring(0, i) + Character.toUpperCase(c) + text.substring(i + 1) : text;
                }
                if (c != '"' && c != '|' && c != ' ' && c != '(') {
                    return text;
                }
            }
            return text;
        }
    }

    private static String stripThe(String name) {
        return name.startsWith("The ") ? name.substring(4) : name;
    }

    private static String stripEnd(String t) {
        String r = t.strip();
        while (r.endsWith(".") || r.endsWith("।")) {
            r = r.substring(0, r.length() - 1).strip();
        }
        return r;
    }

    private static void putIf(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = (mod100 >= 11 && mod100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
