package org.bilateralkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity IRIs dereferenced on the server: 303 by content negotiation, data documents, VoID, pages by language. */
class LinkedDataTest {
    static final String LAVROV = "https://bilateral-kg.org/id/person/sergey-lavrov";
    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (s != null) {
            s.close();
        }
    }

    private void see(String accept, String expectedPath) throws Exception {
        HttpResponse<String> r = accept == null ? s.get("/id/person/sergey-lavrov") : s.get("/id/person/sergey-lavrov", "Accept", accept);
        assertEquals(303, r.statusCode(), accept);
        // Always this server's own address, never the canonical host of the IRI.
        assertEquals(s.url + expectedPath, r.headers().firstValue("Location").orElse(""), accept);
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
    }

    @Test
    void entityIrisAnswer303ToTheRepresentationAskedFor() throws Exception {
        see("text/html", "/page/person/sergey-lavrov");
        see("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8", "/page/person/sergey-lavrov");
        see("text/turtle", "/data/person/sergey-lavrov.ttl");
        see("application/ld+json", "/data/person/sergey-lavrov.jsonld");
        see("application/rdf+xml", "/data/person/sergey-lavrov.rdf");
        see("application/n-triples", "/data/person/sergey-lavrov.nt");
        see("application/trig", "/data/person/sergey-lavrov.trig");
        see("*/*", "/data/person/sergey-lavrov.ttl");
        see(null, "/data/person/sergey-lavrov.ttl");
        see("application/rdf+xml;q=0.5, text/turtle;q=0.9", "/data/person/sergey-lavrov.ttl");
        see("text/html;q=0.1, application/ld+json", "/data/person/sergey-lavrov.jsonld");
    }

    @Test
    void suffixesOverrideTheAcceptHeader() throws Exception {
        Map<String, String> suffixes = Map.of(".html", "/page/person/sergey-lavrov", ".ttl", "/data/person/sergey-lavrov.ttl",
                ".jsonld", "/data/person/sergey-lavrov.jsonld", ".rdf", "/data/person/sergey-lavrov.rdf",
                ".nt", "/data/person/sergey-lavrov.nt");
        for (var e : suffixes.entrySet()) {
            HttpResponse<String> r = s.get("/id/person/sergey-lavrov" + e.getKey(), "Accept", "text/html");
            assertEquals(303, r.statusCode(), e.getKey());
            assertEquals(s.url + e.getValue(), r.headers().firstValue("Location").orElse(""));
        }
    }

    @Test
    void unknownIrisAre404AndUnacceptableFormats406() throws Exception {
        assertEquals(404, s.get("/id/person/nobody-at-all", "Accept", "text/turtle").statusCode());
        assertEquals(404, s.get("/id/person/nobody-at-all.ttl").statusCode());
        assertEquals(404, s.get("/id/").statusCode());
        assertEquals(404, s.get("/page/person/nobody-at-all", "Accept", "text/html").statusCode());
        assertEquals(404, s.get("/data/person/nobody-at-all.ttl").statusCode());
        HttpResponse<String> r = s.get("/id/person/sergey-lavrov", "Accept", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        assertEquals(406, s.get("/id/person/sergey-lavrov", "Accept", "text/turtle;q=0, image/*").statusCode());
        assertEquals(406, s.get("/data/person/sergey-lavrov", "Accept", "image/png").statusCode());
    }

    @Test
    void dataDocumentsParseInEveryFormat() throws Exception {
        Map<String, Lang> formats = Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD, "rdf", Lang.RDFXML, "nt", Lang.NTRIPLES,
                "trig", Lang.TRIG);
        for (var e : formats.entrySet()) {
            HttpResponse<String> r = s.get("/data/person/sergey-lavrov." + e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(e.getValue().getHeaderString()),
                    e.getKey() + " " + r.headers().firstValue("Content-Type"));
            Dataset ds = DatasetFactory.create();
            RDFParser.fromString(r.body()).lang(e.getValue()).parse(ds.asDatasetGraph());
            Model m = ds.getUnionModel().union(ds.getDefaultModel());
            assertTrue(m.contains(m.createResource(LAVROV), RDFS.label, m.createLiteral("सर्गेई लावरोव", "hi")), e.getKey());
            assertTrue(m.contains(null, m.createProperty("https://bilateral-kg.org/ontology#speaker"), m.createResource(LAVROV)),
                    "incoming links are part of the description: " + e.getKey());
        }
        // TriG keeps the graph each statement came from.
        HttpResponse<String> trig = s.get("/data/person/sergey-lavrov.trig");
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(trig.body()).lang(Lang.TRIG).parse(ds.asDatasetGraph());
        assertTrue(ds.containsNamedModel("https://bilateral-kg.org/graph/reference/people"));
        // Without a suffix, by Accept.
        HttpResponse<String> neg = s.get("/data/person/sergey-lavrov", "Accept", "application/n-triples");
        assertEquals(200, neg.statusCode());
        assertTrue(neg.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
    }

    @Test
    void htmlPagesSpeakTheReadersLanguage() throws Exception {
        HttpResponse<String> en = s.get("/page/person/sergey-lavrov", "Accept-Language", "en-GB,en;q=0.9");
        assertEquals(200, en.statusCode());
        assertTrue(en.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(en.body().contains(">Sergey Lavrov</h1>"), en.body());
        assertTrue(en.body().contains("lang=\"en\""));
        HttpResponse<String> hi = s.get("/page/person/sergey-lavrov", "Accept-Language", "hi-IN,hi;q=0.9,en;q=0.5");
        assertTrue(hi.body().contains("<h1 lang=\"hi\">सर्गेई लावरोव</h1>"), hi.body());
        assertTrue(hi.body().contains("बैठकें"));
        HttpResponse<String> param = s.get("/page/person/sergey-lavrov?lang=hi", "Accept-Language", "en");
        assertTrue(param.body().contains("सर्गेई लावरोव</h1>"));
        // Links carry the chosen language on.
        assertTrue(param.body().contains("/page/person/wang-yi?lang=hi"), "links keep ?lang=hi");
        assertTrue(en.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")));
        assertTrue(en.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    }

    @Test
    void storyPagesShowWhatTheyShould() throws Exception {
        String person = s.get("/page/person/sergey-lavrov").body();
        assertTrue(person.contains("Foreign Minister of Russia") && person.contains("2004-03-09"), "posts with dates");
        assertTrue(person.contains("/page/meeting/2024-07-25-cn-ru-la"), "meetings");
        assertTrue(person.contains("मॉस्को"), "statements quote the article");
        org.jsoup.nodes.Element reported = org.jsoup.Jsoup.parse(person).selectFirst("section#reported-posts tbody tr");
        assertTrue(reported != null && reported.text().contains("2024-07-25 2024-07-25 2"),
                "posts as reported: first and last date, two articles (the seed and the probe): " + reported);
        String country = s.get("/page/country/RU").body();
        assertTrue(country.contains("/pair/RU/CN"), "counterparts link to the pair timeline");
        assertTrue(country.contains("ASEAN centrality") && country.contains("Non-interference"), "commitments by topic");
        String meeting = s.get("/page/meeting/2024-07-25-cn-ru-la").body();
        for (String expected : new String[]{"2024-07-25", "PT40M", "Laos", "Wang Yi", "Sergey Lavrov", "ASEAN Foreign Ministers",
                "Xinhua", "Agence France-Presse"}) {
            assertTrue(meeting.contains(expected), expected);
        }
        String topic = s.get("/page/topic/asean-centrality").body();
        assertTrue(topic.contains("/page/country/CN") && topic.contains("/page/country/RU") && topic.contains("आसियान"));
        String pair = s.get("/pair/RU/CN").body();
        assertTrue(pair.contains("/page/meeting/2024-07-25-cn-ru-la") && pair.contains("ready to"));
        assertEquals(404, s.get("/pair/RU/XX").statusCode());
        String article = s.get("/page/article/3901dd29a2966ec0?hl=18").body();
        assertTrue(article.contains("<mark class=\"ev sel\""), "the evidence asked for stands out");
        assertTrue(article.contains("id=\"ev-18\""), "and can be jumped to");
        assertTrue(article.contains(">आसियान-केंद्रित</mark>") || article.contains("आसियान-केंद्रित"));
        String generic = s.get("/page/org/xinhua").body();
        assertTrue(generic.contains("Linked from") && generic.contains("/page/country/CN"), "generic page: inverse links, properties");
        String ontology = s.get("/resource?iri=https%3A%2F%2Fbilateral-kg.org%2Fontology%23speaker").body();
        assertTrue(ontology.contains("speaker"));
    }

    @Test
    void inverseLinksArePaged() throws Exception {
        // Russia is linked from many cities, posts and labels of the reference data.
        String first = s.get("/page/country/CN").body();
        assertTrue(first.contains("rel=\"next\""), "a next page of inverse links");
        assertTrue(first.contains("inv=50"));
        String second = s.get("/page/country/CN?inv=50").body();
        assertTrue(second.contains("rel=\"prev\""));
    }

    @Test
    void homeAndSearch() throws Exception {
        String home = s.get("/").body();
        assertTrue(home.contains("/ui/#/dataset/kg/query"), "the query UI is reachable from the home page");
        assertTrue(home.contains("/page/person/sergey-lavrov") && home.contains("/page/country/RU"));
        assertTrue(home.contains("/.well-known/void"));
        for (String q : new String[]{"Lavrov", "lavrov", "लावरोव", "Россия", "xinhua"}) {
            HttpResponse<String> r = s.get("/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("/page/"), q);
        }
        assertTrue(s.get("/search?q=%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F").body().contains("/page/country/RU"), "any script");
        assertTrue(s.get("/search?q=zzzz-nothing").body().contains("Nothing found"));
    }

    @Test
    void voidDescribesTheDataset() throws Exception {
        HttpResponse<String> r = s.get("/.well-known/void");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body()).lang(Lang.TURTLE).parse(m);
        var ds = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, VOID.Dataset).toList().stream()
                .filter(x -> x.hasProperty(VOID.sparqlEndpoint)).findFirst().orElseThrow();
        assertEquals(s.url + "/kg/sparql", ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertTrue(ds.getProperty(VOID.triples).getLong() > 20000);
        assertTrue(ds.hasProperty(org.apache.jena.vocabulary.DCTerms.license));
        assertTrue(ds.hasProperty(VOID.classPartition) && ds.hasProperty(VOID.vocabulary));
        assertTrue(ds.hasProperty(m.createProperty("https://bilateral-kg.org/ontology#extractorVersion")));
        assertEquals(200, s.get("/.well-known/void", "Accept", "application/ld+json").statusCode());
    }

    @Test
    void headRequestsAnswerWithoutBody() throws Exception {
        var r = s.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.url + "/page/person/sergey-lavrov"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<html"));
        assertTrue(NodeFactory.createURI(LAVROV).isURI());
    }
}
