package org.bilateralkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bilateralkg.it.SeedStore;
import org.bilateralkg.store.KgStore;
import org.bilateralkg.synth.SynthGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long sections of topic, person and country pages come in pages of 50: walking the "next" links
 * shows every row exactly once, and the count in the paging line is the store's own count.
 */
class SectionPagingTest {
    @TempDir
    static Path dir;
    static KgStore store;
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Rows per page asked for: small, so that a small corpus needs several pages. */
    static final int ROWS = 10;

    @BeforeAll
    static void start() throws Exception {
        Path corpus = dir.resolve("corpus");
        new SynthGenerator(SeedStore.reference()).write(new SynthGenerator.Options(200, List.of("hi", "en"), 5, 2),
                corpus, i -> { });
        store = SeedStore.open(dir.resolve("db"));
        SeedStore.ingest(store, List.of(corpus.resolve("articles")), null, "auto", false);
        server = KgServer.start(store, ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    @Test
    void topicCommitmentsWalkThroughEveryRowOnce() throws Exception {
        Map<String, String> top = busiest("?c a bkg:Commitment ; bkg:topic ?x");
        walk(top.get("x").replace("/id/", "/page/") + "?rows=" + ROWS, "commitments", Integer.parseInt(top.get("n")));
    }

    @Test
    void countryStatementsAndPersonStatementsArePaged() throws Exception {
        Map<String, String> country = busiest("?c a bkg:Statement ; bkg:onBehalfOf ?x");
        walk(country.get("x").replace("/id/", "/page/") + "?rows=" + ROWS, "statements", Integer.parseInt(country.get("n")));
        Map<String, String> person = busiest("?c a bkg:Statement ; bkg:speaker ?x");
        walk(person.get("x").replace("/id/", "/page/") + "?rows=" + ROWS, "statements", Integer.parseInt(person.get("n")));
    }

    @Test
    void aPairTimelineWalksThroughEveryMeetingAndCommitmentOnce() throws Exception {
        Map<String, String> pair = SeedStore.select(store, """
                PREFIX bkg: <https://bilateral-kg.org/ontology#>
                SELECT ?a ?b (COUNT(DISTINCT ?m) AS ?n) WHERE {
                  ?m bkg:report ?r ; bkg:participantCountry ?x, ?y . ?x bkg:isoCode ?a . ?y bkg:isoCode ?b FILTER(?a < ?b)
                } GROUP BY ?a ?b ORDER BY DESC(?n) ?a ?b LIMIT 1""").get(0);
        String a = pair.get("a");
        String b = pair.get("b");
        long commitments = Long.parseLong(SeedStore.select(store, """
                PREFIX bkg: <https://bilateral-kg.org/ontology#>
                SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {
                  ?x bkg:isoCode "%s" . ?y bkg:isoCode "%s" .
                  GRAPH ?g { { ?c bkg:committingCountry ?x ; bkg:partnerCountry ?y } UNION { ?c bkg:committingCountry ?y ; bkg:partnerCountry ?x }
                             ?c a bkg:Commitment }
                }""".formatted(a, b)).get(0).get("n"));
        // The smallest page (5 rows): a 200-article corpus has few meetings of any one pair.
        walk("/pair/" + a + "/" + b + "?rows=5", "timeline", (int) (Integer.parseInt(pair.get("n")) + commitments), 5);
    }

    @Test
    void aRowNumberPastTheEndShowsTheLastPage() throws Exception {
        Map<String, String> top = busiest("?c a bkg:Commitment ; bkg:topic ?x");
        int n = Integer.parseInt(top.get("n"));
        Document d = page(top.get("x").replace("/id/", "/page/") + "?rows=" + ROWS + "&from-commitments=999999&from-statements=-3");
        Element paging = d.selectFirst("section#commitments p.paging");
        assertNotNull(paging);
        int first = n - 1 - (n - 1) % ROWS + 1;
        assertTrue(paging.text().contains(first + "–" + n), paging.text());
        assertNull(paging.selectFirst("a[rel=next]"));
    }

    @Test
    void theHomePageFiguresAndListsAreTheStoresOwnCounts() throws Exception {
        Document d = page("/");
        Map<String, String> figures = new java.util.HashMap<>();
        for (Element li : d.select("ul.stats li")) {
            figures.put(li.selectFirst("a").attr("href"), li.selectFirst("strong").text());
        }
        String prefixes = "PREFIX bkg: <https://bilateral-kg.org/ontology#>\n";
        assertEquals(SeedStore.select(store, prefixes + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a bkg:Article }").get(0).get("n"),
                figures.get("#articles"));
        assertEquals(SeedStore.select(store, prefixes + "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m bkg:report ?r }").get(0).get("n"),
                figures.get("#meetings"));
        assertEquals(SeedStore.select(store, prefixes + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a bkg:Statement }").get(0).get("n"),
                figures.get("#statements"));
        assertEquals(SeedStore.select(store, prefixes + "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a bkg:Commitment }").get(0).get("n"),
                figures.get("#commitments"));

        // The busiest country comes first among countries, with its meetings and commitments.
        Map<String, String> top = SeedStore.select(store, prefixes + """
                SELECT ?x (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m bkg:report ?r ; bkg:participantCountry ?x }
                GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1""").get(0);
        Element first = d.selectFirst("section#countries tbody tr");
        assertTrue(first.selectFirst("a").attr("href").endsWith(top.get("x").substring(top.get("x").indexOf("/id/") + 4)),
                first.outerHtml());
        assertEquals(top.get("n"), first.select("td").get(1).text());
        String commitments = SeedStore.select(store, prefixes + "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a bkg:Commitment ; bkg:committingCountry <"
                + top.get("x") + "> } }").get(0).get("n");
        assertEquals(commitments, first.select("td").get(2).text());

        // The newest articles: the first shown has the latest publication date of the store.
        String latest = SeedStore.select(store, prefixes + "PREFIX schema: <http://schema.org/>\n"
                + "SELECT (MAX(?d) AS ?n) WHERE { ?a a bkg:Article ; schema:datePublished ?d }").get(0).get("n");
        assertTrue(d.selectFirst("section#articles tbody tr").text().contains(latest), d.selectFirst("section#articles").text());
        assertEquals(20, d.select("section#meetings tbody tr").size());
    }

    @Test
    void aCountrysCounterpartsCountTheirMeetingsAndCommitmentsEitherWay() throws Exception {
        Map<String, String> pair = SeedStore.select(store, """
                PREFIX bkg: <https://bilateral-kg.org/ontology#>
                SELECT ?x ?y (COUNT(DISTINCT ?m) AS ?n) WHERE {
                  ?m bkg:report ?r ; bkg:participantCountry ?x, ?y . FILTER(STR(?x) < STR(?y))
                } GROUP BY ?x ?y ORDER BY DESC(?n) ?x ?y LIMIT 1""").get(0);
        String commitments = SeedStore.select(store, """
                PREFIX bkg: <https://bilateral-kg.org/ontology#>
                SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g {
                  { ?c bkg:committingCountry <%1$s> ; bkg:partnerCountry <%2$s> } UNION { ?c bkg:committingCountry <%2$s> ; bkg:partnerCountry <%1$s> }
                  ?c a bkg:Commitment } }""".formatted(pair.get("x"), pair.get("y"))).get(0).get("n");
        Document d = page(pair.get("x").replace("/id/", "/page/"));
        String other = pair.get("y").substring(pair.get("y").indexOf("/id/") + 4);
        Element row = d.select("section#counterparts tbody tr").stream()
                .filter(r -> r.selectFirst("a").attr("href").endsWith(other)).findFirst().orElseThrow();
        assertEquals(pair.get("n"), row.select("td").get(1).text(), row.text());
        assertEquals(commitments, row.select("td").get(2).text(), row.text());
    }

    /** The ?x with the most facts ?c matching {@code pattern} (in article graphs), and their number ?n. */
    private static Map<String, String> busiest(String pattern) {
        return SeedStore.select(store, "SELECT ?x (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { " + pattern + " } }"
                + " GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1").get(0);
    }

    /** Follows the section's next links from the first page to the last, counting distinct rows. */
    private static void walk(String path, String section, int expected) throws Exception {
        walk(path, section, expected, ROWS);
    }

    private static void walk(String path, String section, int expected, int rowsPerPage) throws Exception {
        assertTrue(expected > rowsPerPage, "the sample must need more than one page: " + expected);
        Set<String> seen = new HashSet<>();
        List<String> infos = new ArrayList<>();
        String next = path;
        int pages = 0;
        while (next != null) {
            Document d = page(next);
            Element s = d.selectFirst("section#" + section);
            assertNotNull(s, "section " + section + " on " + next);
            List<Element> rows = s.select("tbody tr");
            assertTrue(rows.size() <= rowsPerPage && !rows.isEmpty(), rows.size() + " rows on " + next);
            for (Element r : rows) {
                // A row is one fact: its links (the meeting's page, the evidence) and its words name it.
                assertTrue(seen.add(String.join(" ", r.select("a").eachAttr("href")) + " " + r.text()),
                        "row shown twice: " + r.text());
            }
            Element paging = s.selectFirst("p.paging");
            infos.add(paging.text());
            Element a = paging.selectFirst("a[rel=next]");
            next = a == null ? null : a.attr("href");
            pages++;
        }
        assertEquals(expected, seen.size(), "rows over all pages of " + path + " " + infos);
        assertEquals((expected + rowsPerPage - 1) / rowsPerPage, pages);
        assertTrue(infos.get(0).contains("1–" + rowsPerPage) && infos.get(0).contains(String.valueOf(expected)),
                infos.get(0));
    }

    /** Fetches a page by the path of an entity IRI's page ({@code /page/...}) or a link found on a page. */
    private static Document page(String pathOrIri) throws Exception {
        URI u = URI.create(pathOrIri);
        String path = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        String url = "http://127.0.0.1:" + server.port() + path;
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), url);
        return Jsoup.parse(r.body());
    }
}
