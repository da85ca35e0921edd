package org.bilateralkg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.bilateralkg.rdf.SectionIndex;

/** The pages that tell a story: a country, a person, a meeting, a topic, a pair of countries. */
final class Stories {
    private Stories() {
    }

    /** Meetings over time, counterpart countries, commitments by topic, statements, people. */
    static void country(Ctx c, Page p, Node n, PageParams params) {
        List<Binding> f = c.sparql.select("country-facts", "this", n);
        String code = f.isEmpty() ? null : Sparql.str(f.get(0), "code");
        if (code != null) {
            p.facts.add(new Page.Fact(c.t("fact.isoCode"), Ctx.cell(Ctx.code(code))));
        }
        if (!f.isEmpty() && Sparql.node(f.get(0), "capital") != null) {
            p.facts.add(new Page.Fact(c.t("fact.capital"), Ctx.cell(c.link(Sparql.node(f.get(0), "capital")))));
        }
        p.subtitle = c.t("kind.country");

        SectionPager.Slice meetings = SectionPager.slice(c, c.site.page(p.iri), params, "meetings", "country-meetings", "this", n);
        p.sections.add(Tables.meetings(c, "meetings", c.t("section.meetingsOverTime"), meetings.rows(), n)
                .withPaging(meetings.paging()));

        List<List<Page.Cell>> rows = new ArrayList<>();
        for (Counterpart cp : counterparts(c, n)) {
            String otherCode = code(c, cp.other());
            List<Page.Frag> pair = new ArrayList<>();
            if (code != null && otherCode != null) {
                pair.add(c.link(c.t("link.pairTimeline"), Site.pair(code, otherCode)));
            }
            rows.add(List.of(Ctx.cell(c.link(cp.other())), Ctx.cell(Ctx.text(String.valueOf(cp.meetings()))),
                    Ctx.cell(Ctx.text(String.valueOf(cp.commitments()))), Ctx.cell(pair)));
        }
        p.sections.add(Tables.section(c, "counterparts", c.t("section.counterparts"),
                List.of(c.t("col.country"), c.t("col.meetings"), c.t("col.commitments"), c.t("col.timeline")), rows));

        SectionPager.Slice page = SectionPager.slice(c, c.site.page(p.iri), params, "commitments", "country-commitments", "this", n);
        List<Binding> commitments = new ArrayList<>(page.rows());
        // Pages are cut newest first, like every long section; within a page, commitments on one topic go together.
        commitments.sort(Comparator.comparing((Binding b) -> topicKey(c, b))
                .thenComparing(b -> nz(Sparql.str(b, "date")), Comparator.reverseOrder()));
        p.sections.add(Tables.commitments(c, "commitments", c.t("section.commitmentsByTopic"), commitments,
                Set.of("country")).withPaging(page.paging()));
        page = SectionPager.slice(c, c.site.page(p.iri), params, "statements", "country-statements", "this", n);
        p.sections.add(Tables.statements(c, "statements", c.t("section.statementsFor"), page.rows(), Set.of("country"))
                .withPaging(page.paging()));

        rows = new ArrayList<>();
        for (Binding b : c.sparql.select("country-people", "this", n)) {
            rows.add(List.of(Ctx.cell(c.link(Sparql.node(b, "person"))), Ctx.cell(Ctx.text(Sparql.str(b, "statements"))),
                    Ctx.cell(Ctx.text(Sparql.str(b, "meetings")))));
        }
        p.sections.add(Tables.section(c, "people", c.t("section.peopleFor"),
                List.of(c.t("col.person"), c.t("col.statements"), c.t("col.meetings")), rows));
    }

    private record Counterpart(Node other, long meetings, long commitments) {
    }

    /**
     * The countries {@code country} met or made commitments to (either way), most meetings first:
     * read from the directories of the pair sections, which count both for every pair.
     */
    private static List<Counterpart> counterparts(Ctx c, Node country) {
        String self = country.getURI().substring(c.site.idPrefix().length());
        Map<String, long[]> byOther = new java.util.TreeMap<>();
        String[] sections = {"pair-meetings", "pair-commitments"};
        for (int i = 0; i < sections.length; i++) {
            Node node = SectionIndex.sectionNode(c.site.iris(), SectionIndex.Section.byId(sections[i]).orElseThrow());
            for (Binding b : c.sparql.select("section-directory", "section", node)) {
                for (Map.Entry<String, Long> e : SectionIndex.readDirectory(Sparql.str(b, "directory")).entrySet()) {
                    String pairPath = e.getKey();
                    String other = pairPath.startsWith(self + "/") ? pairPath.substring(self.length() + 1)
                            : pairPath.endsWith("/" + self) ? pairPath.substring(0, pairPath.length() - self.length() - 1) : null;
                    if (other != null) {
                        byOther.computeIfAbsent(other, k -> new long[2])[i] += e.getValue();
                    }
                }
            }
        }
        List<Counterpart> out = new ArrayList<>();
        byOther.forEach((other, n) -> out.add(new Counterpart(NodeFactory.createURI(c.site.idPrefix() + other), n[0], n[1])));
        out.sort(Comparator.comparingLong(Counterpart::meetings).reversed()
                .thenComparing(Comparator.comparingLong(Counterpart::commitments).reversed()));
        return out;
    }

    private static String topicKey(Ctx c, Binding b) {
        String t = Sparql.str(b, "topic");
        return t == null ? "\uffff" : c.labels.of(t).toLowerCase(java.util.Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The ISO code of a country node, or null. */
    static String code(Ctx c, Node country) {
        if (country == null || !country.isURI()) {
            return null;
        }
        List<Binding> f = c.sparql.select("country-facts", "this", country);
        return f.isEmpty() ? null : Sparql.str(f.get(0), "code");
    }

    /** Posts with dates, meetings, statements, commitments. */
    static void person(Ctx c, Page p, Node n, PageParams params) {
        p.subtitle = c.t("kind.person");
        List<Binding> posts = c.sparql.select("person-posts", "this", n);
        List<List<Page.Cell>> rows = new ArrayList<>();
        for (Binding b : posts) {
            Node post = Sparql.node(b, "post");
            rows.add(List.of(Ctx.cell(c.link(post)), Ctx.cell(Ctx.text(Sparql.str(b, "start"))),
                    Ctx.cell(Ctx.text(Sparql.str(b, "end"))), Ctx.cell(Ctx.muted(Sparql.str(b, "source")))));
            if (Sparql.str(b, "end") == null) {
                String since = Sparql.str(b, "start");
                List<Page.Frag> fs = new ArrayList<>(List.of(c.link(post)));
                if (since != null) {
                    fs.add(Ctx.text(" " + c.t("since", since)));
                }
                p.facts.add(new Page.Fact(c.t("fact.post"), Ctx.cell(fs)));
            }
        }
        p.sections.add(Tables.section(c, "posts", c.t("section.posts"),
                List.of(c.t("col.post"), c.t("col.from"), c.t("col.to"), c.t("col.source")), rows));

        rows = new ArrayList<>();
        // One row per post and country, however many articles said so: a minister of ten years is in thousands.
        for (Binding b : c.sparql.select("person-reported-posts", "this", n)) {
            rows.add(List.of(Ctx.cell(c.link(Sparql.node(b, "post"))), Ctx.cell(c.link(Sparql.node(b, "country"))),
                    Ctx.cell(Ctx.text(Sparql.str(b, "first"))), Ctx.cell(Ctx.text(Sparql.str(b, "last"))),
                    Ctx.cell(Ctx.text(Sparql.str(b, "articles")), Ctx.text(" "), c.link(Sparql.str(b, "anArticle")))));
        }
        if (!rows.isEmpty()) {
            p.sections.add(Tables.section(c, "reported-posts", c.t("section.reportedPosts"),
                    List.of(c.t("col.post"), c.t("col.country"), c.t("col.from"), c.t("col.to"), c.t("col.articles")), rows));
        }
        SectionPager.Slice page = SectionPager.slice(c, c.site.page(p.iri), params, "meetings", "person-meetings", "this", n);
        p.sections.add(Tables.meetings(c, "meetings", c.t("section.meetings"), page.rows(), n).withPaging(page.paging()));
        page = SectionPager.slice(c, c.site.page(p.iri), params, "statements", "person-statements", "this", n);
        p.sections.add(Tables.statements(c, "statements", c.t("section.statements"), page.rows(), Set.of("speaker"))
                .withPaging(page.paging()));
        page = SectionPager.slice(c, c.site.page(p.iri), params, "commitments", "person-commitments", "this", n);
        p.sections.add(Tables.commitments(c, "commitments", c.t("section.commitments"), page.rows(), Set.of("speaker"))
                .withPaging(page.paging()));
    }

    /** Participants, date, place, duration, multilateral event, reports, statements made there, photos. */
    static void meeting(Ctx c, Page p, Node n) {
        List<Binding> reports = c.sparql.select("meeting-reports", "this", n);
        List<Binding> canonical = c.sparql.select("meeting-canonical", "this", n);
        List<Binding> participants = c.sparql.select("meeting-participants", "this", n);

        Set<String> dates = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> durations = new LinkedHashSet<>();
        Set<String> statuses = new LinkedHashSet<>();
        Set<String> events = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        for (Binding b : reports) {
            add(dates, Sparql.str(b, "date"));
            add(places, Sparql.str(b, "loc"));
            add(places, Sparql.str(b, "place"));
            String d = Sparql.str(b, "duration");
            if (d != null) {
                durations.add(("true".equals(Sparql.str(b, "approx")) ? "≈ " : "") + d);
            }
            add(statuses, Sparql.str(b, "status"));
            add(events, Sparql.str(b, "event"));
            add(hosts, Sparql.str(b, "host"));
        }
        Set<String> countries = new LinkedHashSet<>();
        Set<String> people = new LinkedHashSet<>();
        for (Binding b : participants) {
            add(countries, Sparql.str(b, "country"));
            add(people, Sparql.str(b, "person"));
        }
        String date = dates.isEmpty() ? c.t("unknown") : String.join(" / ", dates);
        List<String> names = countries.stream().map(c.labels::of).sorted().toList();
        if (!names.isEmpty()) {
            p.title = c.t("meeting.title", String.join(" – ", names), date);
            p.titleLang = null;
        }
        p.subtitle = canonical.isEmpty() && reports.size() != 1 ? c.t("kind.meeting") : c.t("kind.meeting");

        p.facts.add(new Page.Fact(c.t("col.date"), Ctx.cell(Ctx.text(date))));
        if (!places.isEmpty()) {
            p.facts.add(new Page.Fact(c.t("col.place"), c.links(new ArrayList<>(places))));
        }
        if (!people.isEmpty()) {
            p.facts.add(new Page.Fact(c.t("col.participants"), c.links(new ArrayList<>(people))));
        }
        if (!durations.isEmpty()) {
            p.facts.add(new Page.Fact(c.t("col.duration"), Ctx.cell(Ctx.text(String.join(" / ", durations)))));
        }
        if (!statuses.isEmpty()) {
            p.facts.add(new Page.Fact(c.t("col.status"), Ctx.cell(Ctx.text(
                    String.join(" / ", statuses.stream().map(s -> c.t("status." + s)).toList())))));
        }
        if (!events.isEmpty()) {
            p.facts.add(new Page.Fact(c.t("col.event"), c.links(new ArrayList<>(events))));
        }
        if (!hosts.isEmpty()) {
            p.facts.add(new Page.Fact(c.t("col.host"), c.links(new ArrayList<>(hosts))));
        }
        for (Binding b : canonical) {
            p.facts.add(new Page.Fact(c.t("fact.mergedInto"), Ctx.cell(c.link(Sparql.node(b, "meeting")))));
        }

        List<List<Page.Cell>> rows = new ArrayList<>();
        for (Binding b : participants) {
            String article = Sparql.str(b, "article");
            rows.add(List.of(Ctx.cell(c.link(Sparql.node(b, "person"))), Ctx.cell(c.link(Sparql.node(b, "post"))),
                    Ctx.cell(c.link(Sparql.node(b, "country"))),
                    Ctx.cell(c.quoteWithSource(null, null, article, Sparql.iris(b, "evs")))));
        }
        p.sections.add(Tables.section(c, "participants", c.t("section.participants"),
                List.of(c.t("col.person"), c.t("col.post"), c.t("col.country"), c.t("col.source")), rows));

        rows = new ArrayList<>();
        List<Binding> statements = new ArrayList<>();
        for (Binding b : reports) {
            String article = Sparql.str(b, "article");
            Node report = Sparql.node(b, "report");
            String d = Sparql.str(b, "duration");
            rows.add(List.of(Ctx.cell(c.link(article)), Ctx.cell(Ctx.text(Sparql.str(b, "published"))),
                    Ctx.cell(c.link(report)), Ctx.cell(Ctx.text(d == null ? "" : d)),
                    Ctx.cell(c.quoteWithSource(null, null, article, Sparql.iris(b, "evs")))));
            statements.addAll(c.sparql.select("report-statements", "this", report));
        }
        p.sections.add(Tables.section(c, "reports", c.t("section.reports"),
                List.of(c.t("col.article"), c.t("col.published"), c.t("col.report"), c.t("col.duration"), c.t("col.source")), rows));
        p.sections.add(Tables.statements(c, "statements", c.t("section.statementsAt"), statements, Set.of("meeting")));

        rows = new ArrayList<>();
        for (Binding b : c.sparql.select("photos", "this", n)) {
            String article = Sparql.str(b, "article");
            rows.add(List.of(Ctx.cell(c.link(Sparql.node(b, "photo"))), Ctx.cell(c.link(Sparql.node(b, "credit"))),
                    Ctx.cell(c.quoteWithSource(null, null, article, Sparql.iris(b, "evs")))));
        }
        if (!rows.isEmpty()) {
            p.sections.add(Tables.section(c, "photos", c.t("section.photos"),
                    List.of(c.t("col.photo"), c.t("col.credit"), c.t("col.source")), rows));
        }
    }

    /** Who committed to the topic, when, with quotes; statements that touch it. */
    static void topic(Ctx c, Page p, Node n, PageParams params) {
        p.subtitle = c.t("kind.topic");
        List<Binding> f = c.sparql.select("topic-facts", "this", n);
        if (!f.isEmpty()) {
            if (Sparql.str(f.get(0), "notation") != null) {
                p.facts.add(new Page.Fact(c.t("fact.notation"), Ctx.cell(Ctx.code(Sparql.str(f.get(0), "notation")))));
            }
            Node def = Sparql.node(f.get(0), "definition");
            if (def != null) {
                p.facts.add(new Page.Fact(c.t("fact.definition"), Ctx.cell(c.value(def))));
            }
        }
        SectionPager.Slice page = SectionPager.slice(c, c.site.page(p.iri), params, "commitments", "topic-commitments", "this", n);
        p.sections.add(Tables.commitments(c, "commitments", c.t("section.whoCommitted"), page.rows(), Set.of("topic"))
                .withPaging(page.paging()));
        page = SectionPager.slice(c, c.site.page(p.iri), params, "statements", "topic-statements", "this", n);
        p.sections.add(Tables.statements(c, "statements", c.t("section.statementsOnTopic"), page.rows(), Set.of("topics"))
                .withPaging(page.paging()));
    }

    /** The timeline of meetings and commitments between two countries; null if either is unknown. */
    static Page pair(Ctx c, String codeA, String codeB, PageParams params) {
        Node a = country(c, codeA);
        Node b = country(c, codeB);
        if (a == null || b == null) {
            return null;
        }
        Page p = new Page();
        p.kind = "pair";
        p.title = c.labels.of(a) + " – " + c.labels.of(b);
        p.subtitle = c.t("kind.pair");
        p.facts.add(new Page.Fact(c.t("col.countries"), Ctx.cell(c.link(a), Ctx.text(" · "), c.link(b))));

        record Event(String date, String kind, List<Page.Cell> cells) {
        }
        List<Event> events = new ArrayList<>();
        SectionPager.TimelineSlice page = SectionPager.timeline(c, Site.pair(codeA, codeB), params, "timeline",
                List.of("pair-meetings", "pair-commitments"), "a", a, "b", b);
        for (Binding r : page.rows().get("pair-meetings")) {
            String date = Sparql.str(r, "date");
            Node m = Sparql.node(r, "meeting");
            events.add(new Event(date, "meeting", List.of(Ctx.cell(Ctx.text(date)), Ctx.cell(Ctx.text(c.t("kind.meeting"))),
                    Ctx.cell(c.link(m)), c.links(Tables.sorted(Sparql.iris(r, "people"))), Ctx.cell(c.link(Sparql.str(r, "loc"))),
                    Ctx.cell(Ctx.text("")))));
        }
        for (Binding r : page.rows().get("pair-commitments")) {
            String date = Sparql.str(r, "date");
            String article = Sparql.str(r, "article");
            List<Page.Frag> what = new ArrayList<>();
            what.add(c.link(Sparql.str(r, "country")));
            what.add(Ctx.text(" → "));
            what.add(c.link(Sparql.str(r, "partner")));
            what.add(Ctx.text(": "));
            what.add(Sparql.str(r, "topic") == null ? Ctx.muted(c.t("none")) : c.link(Sparql.str(r, "topic")));
            what.add(Ctx.text(" — " + Tables.stance(c, Sparql.str(r, "stance"), Sparql.str(r, "modality"))));
            events.add(new Event(date, "commitment", List.of(Ctx.cell(Ctx.text(date)), Ctx.cell(Ctx.text(c.t("kind.commitment"))),
                    Ctx.cell(what), Ctx.cell(c.link(Sparql.str(r, "speaker"))), Ctx.cell(Ctx.text("")),
                    Ctx.cell(c.quoteWithSource(Sparql.str(r, "quote"), c.articleLang(article), article, Sparql.iris(r, "evs"))))));
        }
        // Newest first, like every long section (pages are cut in that order).
        events.sort(Comparator.comparing((Event e) -> e.date() == null ? "" : e.date()).reversed()
                .thenComparing(Event::kind, Comparator.reverseOrder()));
        p.sections.add(Tables.section(c, "timeline", c.t("section.timeline"),
                List.of(c.t("col.date"), c.t("col.kind"), c.t("col.what"), c.t("col.people"), c.t("col.place"), c.t("col.quote")),
                events.stream().map(Event::cells).toList()).withPaging(page.paging()));
        p.sections.add(new Page.Section("reverse", c.t("section.seeAlso"), null, null,
                List.of(Page.Link.of(c.labels.of(b) + " – " + c.labels.of(a), c.href(Site.pair(codeB, codeA)))), null));
        return p;
    }

    static Node country(Ctx c, String code) {
        if (code == null || !code.matches("[A-Za-z]{2}")) {
            return null;
        }
        List<Binding> rows = c.sparql.select("country-by-code", "code",
                NodeFactory.createLiteralString(code.toUpperCase(java.util.Locale.ROOT)));
        return rows.isEmpty() ? null : Sparql.node(rows.get(0), "country");
    }

    private static void add(Set<String> s, String v) {
        if (v != null && !v.isEmpty()) {
            s.add(v);
        }
    }
}
