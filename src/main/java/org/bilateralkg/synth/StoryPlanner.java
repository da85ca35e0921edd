package org.bilateralkg.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bilateralkg.reference.City;
import org.bilateralkg.reference.Country;
import org.bilateralkg.reference.ReferenceData;
import org.bilateralkg.reference.Tenure;
import org.bilateralkg.synth.Officials.Official;
import org.bilateralkg.synth.Story.Kind;
import org.bilateralkg.synth.Story.MeetingFact;
import org.bilateralkg.synth.Story.Modality;
import org.bilateralkg.synth.Story.PlaceMode;
import org.bilateralkg.synth.Story.Spot;
import org.bilateralkg.synth.Story.UKind;
import org.bilateralkg.synth.Story.Utterance;

/**
 * Decides the facts of a story: a date, then officials really in office on it, a meeting of the
 * chosen kind, what is said and committed. Pure: the same random stream gives the same story.
 */
final class StoryPlanner {
    private static final int ATTEMPTS = 40;

    private final ReferenceData ref;
    private final SynthData data;
    private final Officials officials;
    private final List<Kind> kinds;
    private final double[] kindWeights;
    private final long fromDay;
    private final long toDay;
    private final double latinNames;
    /** Cities other than the capital, with names in both languages, per country. */
    private final Map<String, List<City>> otherCities = new LinkedHashMap<>();
    private final Map<String, City> capitals = new LinkedHashMap<>();

    StoryPlanner(ReferenceData ref, SynthData data, Officials officials) {
        this.ref = ref;
        this.data = data;
        this.officials = officials;
        this.kinds = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        data.kindWeights.forEach((k, v) -> {
            kinds.add(Kind.fromSlot(k));
            w.add(v);
        });
        this.kindWeights = w.stream().mapToDouble(Double::doubleValue).toArray();
        this.fromDay = LocalDate.parse(data.setting("date-from")).toEpochDay();
        this.toDay = LocalDate.parse(data.setting("date-to")).toEpochDay();
        this.latinNames = data.number("latin-names-in-hindi");
        for (City c : ref.cities().values()) {
            boolean named = c.names().preferred("en") != null && c.names().preferred("hi") != null;
            if (!named) {
                continue;
            }
            if (c.capital()) {
                capitals.putIfAbsent(c.country(), c);
            } else {
                otherCities.computeIfAbsent(c.country(), k -> new ArrayList<>()).add(c);
            }
        }
    }

    Story plan(Rng rng, List<String> langs) {
        Kind kind = kinds.get(rng.weightedIndex(kindWeights));
        boolean hindiNames = langs.contains("hi") && !rng.chance(latinNames);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            LocalDate published = LocalDate.ofEpochDay(fromDay + (long) rng.nextInt((int) (toDay - fromDay + 1)));
            Story s = switch (kind) {
                case SIDELINES -> sidelines(rng, published, hindiNames);
                case VISIT, SUMMIT -> visit(rng, kind, published, "leader", hindiNames);
                case TALKS -> visit(rng, kind, published, "foreign-minister", hindiNames);
                case CALL -> call(rng, published, hindiNames);
                case PLANNED, POSTPONED, CANCELLED -> unheld(rng, kind, published, hindiNames);
                case STATEMENT -> statement(rng, published, hindiNames);
                default -> negative(rng, kind, published);
            };
            if (s != null) {
                return s;
            }
        }
        return negative(rng, Kind.NEG_WEATHER, LocalDate.ofEpochDay(fromDay));
    }

    // ---- meeting kinds ---------------------------------------------------------------------

    private Story sidelines(Rng rng, LocalDate published, boolean hindiNames) {
        LocalDate date = published.minusDays(heldOffset(rng));
        List<SynthData.EventDef> events = data.events.stream().filter(e -> e.fromYear() <= date.getYear()).toList();
        if (events.isEmpty()) {
            return null;
        }
        SynthData.EventDef event = rng.weighted(events, SynthData.EventDef::weight);
        String host = rng.pick(event.hosts());
        List<Official> present = new ArrayList<>();
        for (Official o : officials.level(event.level(), date)) {
            if ((event.anyone() || event.attendees().contains(o.country())) && named(o, hindiNames)) {
                present.add(o);
            }
        }
        List<Official> guests = present.stream().filter(o -> !o.country().equals(host)).toList();
        List<Official> pool = guests.size() >= 2 && rng.chance(0.8) ? guests : present;
        if (pool.size() < 2) {
            return null;
        }
        Official p1 = rng.pick(pool);
        Official p2 = pick(rng, pool, o -> !o.country().equals(p1.country()));
        if (p2 == null) {
            return null;
        }
        Story s = new Story(Kind.SIDELINES, published);
        s.event = event;
        Spot spot = event.city().isEmpty() ? spotIn(rng, host, 0.3) : new Spot(host, event.city(), false);
        heldMeeting(rng, s, p1, p2, date, spot, rng.chance(0.1) ? PlaceMode.NONE : rng.chance(0.12) ? PlaceMode.HERE : PlaceMode.STATED);
        if (rng.chance(0.4)) {
            s.duration = rng.pick(data.durations);
        }
        finishHeld(rng, s);
        return s;
    }

    private Story visit(Rng rng, Kind kind, LocalDate published, String level, boolean hindiNames) {
        LocalDate date = published.minusDays(heldOffset(rng));
        Official[] pair = pair(rng, level, date, hindiNames);
        if (pair == null) {
            return null;
        }
        Story s = new Story(kind, published);
        s.days = rng.between(2, 5);
        s.ordinal = rng.between(2, 25);
        Spot spot = spotIn(rng, pair[1].country(), 0.25);
        heldMeeting(rng, s, pair[0], pair[1], date, spot, rng.chance(0.15) ? PlaceMode.HERE : PlaceMode.STATED);
        if (rng.chance(0.35)) {
            s.duration = rng.pick(data.durations);
        }
        finishHeld(rng, s);
        return s;
    }

    private Story call(Rng rng, LocalDate published, boolean hindiNames) {
        LocalDate date = published.minusDays(heldOffset(rng));
        Official[] pair = pair(rng, rng.chance(0.6) ? "leader" : "foreign-minister", date, hindiNames);
        if (pair == null) {
            return null;
        }
        Story s = new Story(Kind.CALL, published);
        heldMeeting(rng, s, pair[0], pair[1], date, null, PlaceMode.NONE);
        if (rng.chance(0.2)) {
            s.duration = rng.pick(data.durations);
        }
        finishHeld(rng, s);
        return s;
    }

    /** Planned, postponed or cancelled: a meeting ahead of the publication date, in the host's country. */
    private Story unheld(Rng rng, Kind kind, LocalDate published, boolean hindiNames) {
        long ahead = rng.chance(0.4) ? rng.between(1, 6) : rng.between(7, 45);
        LocalDate date = published.plusDays(ahead);
        Official[] pair = pair(rng, rng.chance(0.5) ? "leader" : "foreign-minister", date, hindiNames);
        if (pair == null) {
            return null;
        }
        Story s = new Story(kind, published);
        Spot spot = spotIn(rng, pair[1].country(), 0.25);
        PlaceMode mode = rng.chance(0.1) ? PlaceMode.HERE : PlaceMode.STATED;
        String status = switch (kind) {
            case POSTPONED -> "postponed";
            case CANCELLED -> "cancelled";
            default -> "planned";
        };
        setMeeting(s, pair[0], pair[1], new MeetingFact(date, rng.chance(0.85), false, spot, true, status,
                List.of(pair[0], pair[1])), mode, rng);
        s.plannedAttributed = kind == Kind.PLANNED && rng.chance(0.4);
        int n = rng.weightedIndex(50, 35, 15);
        for (int i = 0; i < n; i++) {
            s.utterances.add(utterance(rng, s, false));
        }
        s.noise = rng.weightedIndex(50, 35, 15);
        return s;
    }

    private Story statement(Rng rng, LocalDate published, boolean hindiNames) {
        List<String> countries = officials.countriesWithPeople().stream().filter(c -> capitalName(c) != null).toList();
        String a = rng.pick(countries);
        String b = rng.pick(countries);
        if (a.equals(b)) {
            return null;
        }
        Story s = new Story(Kind.STATEMENT, published);
        s.a = a;
        s.b = b;
        Optional<Official> fm = officials.holder(a, "foreign-minister", published);
        Official speaker = fm.isPresent() && named(fm.get(), hindiNames) && rng.chance(0.5) ? fm.get() : null;
        s.p1 = speaker;
        int n = 1 + rng.weightedIndex(45, 40, 15);
        for (int i = 0; i < n; i++) {
            UKind k = UKind.values()[rng.weightedIndex(15, 15, 0, 15, 10, 45, 0)];
            s.utterances.add(new Utterance(k, speaker, a, b, topic(rng, k, k == UKind.COMMIT ? a : null, null, b), modality(rng)));
        }
        s.noise = rng.weightedIndex(40, 40, 20);
        if (rng.chance(0.4)) {
            s.dateline = capitalSpot(a);
        }
        s.values.put("YEAR0", String.valueOf(rng.between(1947, 1995)));
        return s;
    }

    // ---- negatives -------------------------------------------------------------------------

    private Story negative(Rng rng, Kind kind, LocalDate published) {
        Story s = new Story(kind, published);
        LocalDate day = published.minusDays(rng.between(0, 3));
        s.values.put("WD", String.valueOf(day.getDayOfWeek().getValue()));
        s.values.put("WD2", String.valueOf(published.plusDays(rng.between(2, 6)).getDayOfWeek().getValue()));
        s.values.put("NUM", String.valueOf(rng.between(2, 9)));
        s.values.put("NUMW", String.valueOf(rng.between(2, 5)));
        s.values.put("ORDW", String.valueOf(rng.between(2, 5)));
        s.values.put("TEMP", String.valueOf(rng.between(38, 47)));
        s.values.put("NUM3", String.valueOf(rng.between(100, 900)));
        s.values.put("IDX", String.format(java.util.Locale.ROOT, "%,d.%02d", rng.between(20000, 85000), rng.nextInt(100)));
        s.values.put("FX", String.format(java.util.Locale.ROOT, "%d.%02d", rng.between(45, 90), rng.nextInt(100)));
        s.values.put("PCT", String.format(java.util.Locale.ROOT, "%d.%d", rng.between(0, 3), rng.between(1, 9)));
        List<String> pool = switch (kind) {
            case NEG_SPORT -> data.fillers("cricket").stream().map(SynthData.Filler::text)
                    .map(t -> t.get("en")).toList();
            case NEG_MARKETS -> List.of("CN", "US", "JP", "DE", "GB", "IN");
            default -> List.of("CN", "PK", "NP", "BD", "LK", "MM", "AF", "BT");
        };
        List<String> shuffled = new ArrayList<>(pool);
        rng.shuffle(shuffled);
        s.values.put("C1", shuffled.get(0));
        s.values.put("C2", shuffled.get(1));
        s.values.put("C3", shuffled.get(2));
        String cityCountry = kind == Kind.NEG_SPORT && rng.chance(0.5) ? shuffled.get(0) : "IN";
        s.spots.put("CITY", spotIn(rng, cityCountry, 0.7));
        s.values.put("STATE", String.valueOf(rng.nextInt(data.fillers("state").size())));
        if (rng.chance(0.35)) {
            s.dateline = s.spots.get("CITY").city().isEmpty() ? null : s.spots.get("CITY");
        }
        return s;
    }

    // ---- pieces ----------------------------------------------------------------------------

    /** Days from a held meeting to publication: mostly the same or the next day. */
    private static long heldOffset(Rng rng) {
        return switch (rng.weightedIndex(30, 40, 20, 10)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> rng.between(2, 6);
            default -> rng.between(7, 20);
        };
    }

    /** Two officials of a level, of different countries, on a date. */
    private Official[] pair(Rng rng, String level, LocalDate date, boolean hindiNames) {
        List<Official> all = officials.level(level, date).stream().filter(o -> named(o, hindiNames)).toList();
        if (all.size() < 2) {
            return null;
        }
        Official p1 = rng.pick(all);
        Official p2 = pick(rng, all, o -> !o.country().equals(p1.country()));
        return p2 == null ? null : new Official[]{p1, p2};
    }

    private static Official pick(Rng rng, List<Official> pool, java.util.function.Predicate<Official> ok) {
        List<Official> l = pool.stream().filter(ok).toList();
        return l.isEmpty() ? null : rng.pick(l);
    }

    private static boolean named(Official o, boolean hindi) {
        return !hindi || o.person().names().preferred("hi") != null;
    }

    private void heldMeeting(Rng rng, Story s, Official p1, Official p2, LocalDate date, Spot spot, PlaceMode mode) {
        boolean dayKnown = rng.chance(0.92);
        setMeeting(s, p1, p2, new MeetingFact(date, dayKnown, false, spot, spot != null && mode != PlaceMode.NONE,
                "held", List.of(p1, p2)), spot == null ? PlaceMode.NONE : mode, rng);
    }

    private void setMeeting(Story s, Official p1, Official p2, MeetingFact m, PlaceMode mode, Rng rng) {
        s.p1 = p1;
        s.p2 = p2;
        s.a = p1.country();
        s.b = p2.country();
        if (mode == PlaceMode.HERE && (m.spot() == null || m.spot().city("en") == null || m.spot().city("hi") == null)) {
            mode = PlaceMode.STATED; // "here" needs a dateline, and a dateline a city
        }
        s.placeMode = mode;
        s.main = m;
        s.values.put("YEAR0", String.valueOf(rng.between(1947, 1995)));
        if (mode == PlaceMode.HERE) {
            s.dateline = m.spot();
        } else if (rng.chance(0.45)) {
            if (s.kind == Kind.CALL) {
                s.dateline = capitalSpot(rng.chance(0.5) ? s.a : s.b);
            } else if (mode == PlaceMode.STATED) {
                s.dateline = rng.chance(0.6) && m.spot().city("en") != null && m.spot().city("hi") != null
                        ? m.spot() : capitalSpot(s.a);
            }
            if (s.dateline != null && (s.dateline.city("en") == null || s.dateline.city("hi") == null)) {
                s.dateline = null;
            }
        }
    }

    /** Utterances, a caption, a past and a next meeting, noise. */
    private void finishHeld(Rng rng, Story s) {
        int n = rng.weightedIndex(10, 25, 30, 25, 10);
        for (int i = 0; i < n; i++) {
            s.utterances.add(utterance(rng, s, true));
        }
        s.caption = s.kind != Kind.CALL && rng.chance(0.25);
        s.noise = rng.weightedIndex(30, 35, 25, 10);
        if (rng.chance(0.2)) {
            s.past = pastMeeting(rng, s);
        }
        if (rng.chance(0.12)) {
            s.next = nextMeeting(rng, s);
        }
    }

    private Utterance utterance(Rng rng, Story s, boolean held) {
        int who = rng.weightedIndex(45, 40, 15);
        Official speaker = who == 0 ? s.p1 : who == 1 ? s.p2 : null;
        String self = who == 1 ? s.b : who == 0 ? s.a : (rng.chance(0.5) ? s.a : s.b);
        String other = self.equals(s.a) ? s.b : s.a;
        UKind kind = UKind.values()[rng.weightedIndex(12, 10, held ? 12 : 0, 10, 5, 38, held ? 8 : 0)];
        String topic = topic(rng, kind, kind == UKind.COMMIT ? self : null, kind == UKind.AGREE_BOTH ? Set.of(s.a, s.b) : null, other);
        return new Utterance(kind, speaker, self, other, topic, modality(rng));
    }

    private String topic(Rng rng, UKind kind, String committing, Set<String> bothCommitting, String partner) {
        List<SynthData.TopicDef> ok = data.topics.stream()
                .filter(t -> kind != UKind.APPEAL || !t.none()) // "all countries should open a consulate": no
                .filter(t -> committing == null || !t.notBy().contains(committing))
                .filter(t -> bothCommitting == null || bothCommitting.stream().noneMatch(t.notBy()::contains))
                .filter(t -> t.onlyWith().isEmpty() || t.onlyWith().contains(partner))
                .toList();
        return rng.weighted(ok, SynthData.TopicDef::weight).topic();
    }

    private static Modality modality(Rng rng) {
        return Modality.values()[rng.weightedIndex(30, 30, 15, 25)];
    }

    /** An earlier meeting of the same two people, while both held a post of the same country. */
    private MeetingFact pastMeeting(Rng rng, Story s) {
        for (int i = 0; i < 6; i++) {
            LocalDate d = s.main.date().minusDays(rng.between(30, 3 * 365));
            if (!servedOn(s.p1, d) || !servedOn(s.p2, d)) {
                continue;
            }
            Spot spot = spotIn(rng, rng.chance(0.5) ? s.a : s.b, 0.3);
            boolean monthOnly = rng.chance(0.3);
            if (monthOnly && !s.main.dayKnown() && s.main.placeStated() && s.main.spot().country().equals(spot.country())) {
                monthOnly = false; // would be the same fact as the main meeting
            }
            return new MeetingFact(d, !monthOnly, monthOnly, spot, true, "held", List.of(s.p1, s.p2));
        }
        return null;
    }

    private MeetingFact nextMeeting(Rng rng, Story s) {
        String where = s.main.placeStated() && s.main.spot().country().equals(s.b) ? s.a
                : s.main.placeStated() && s.main.spot().country().equals(s.a) ? s.b : (rng.chance(0.5) ? s.a : s.b);
        Spot spot = spotIn(rng, where, 0.2);
        boolean dated = rng.chance(0.4);
        if (!dated && !s.main.dayKnown() && s.main.placeStated() && s.main.spot().country().equals(where)) {
            dated = true; // else the same fact (no date, same place, same countries) as the main meeting
        }
        if (!dated && s.past != null && s.past.monthOnly() && s.past.spot().country().equals(where)) {
            dated = true; // ... or as the past one
        }
        LocalDate d = s.published.plusDays(rng.between(20, 150));
        return new MeetingFact(d, dated, false, spot, true, "planned", List.of(s.p1, s.p2));
    }

    private static boolean servedOn(Official o, LocalDate d) {
        Optional<Tenure> t = o.person().tenureOn(d);
        return t.isPresent() && t.get().country().equals(o.country());
    }

    /** A place in a country: its capital, or (with probability {@code other}) another of its cities. */
    Spot spotIn(Rng rng, String country, double other) {
        List<City> cities = otherCities.getOrDefault(country, List.of());
        if (!cities.isEmpty() && rng.chance(other)) {
            City c = rng.pick(cities);
            return new Spot(country, Map.of("en", c.names().preferred("en"), "hi", c.names().preferred("hi")), false);
        }
        return capitalSpot(country);
    }

    Spot capitalSpot(String country) {
        City c = capitals.get(country);
        if (c != null) {
            return new Spot(country, Map.of("en", c.names().preferred("en"), "hi", c.names().preferred("hi")), true);
        }
        Country k = ref.countries().get(country);
        Map<String, String> names = new LinkedHashMap<>();
        for (String lang : SynthData.LANGUAGES) {
            String n = k.capital().preferred(lang);
            if (n != null) {
                names.put(lang, n);
            }
        }
        return new Spot(country, Map.copyOf(names), !names.isEmpty());
    }

    private String capitalName(String country) {
        return ref.countries().get(country).capital().preferred("en");
    }
}
