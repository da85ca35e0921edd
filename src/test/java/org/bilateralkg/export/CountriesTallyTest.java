package org.bilateralkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.system.Txn;
import org.bilateralkg.it.SeedStore;
import org.bilateralkg.pipeline.IngestSummary;
import org.bilateralkg.store.KgStore;
import org.bilateralkg.synth.SynthGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast countries view (CountriesTally) against its definition, queries/export-countries.rq run
 * by Jena: the same nodes and edges with the same attributes, on the gold set (52 real-style
 * articles, both languages) and on a synthetic corpus, without and with each filter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountriesTallyTest {
    private KgStore gold;
    private KgStore synth;

    @BeforeAll
    void stores(@TempDir Path tmp) throws Exception {
        gold = SeedStore.open(tmp.resolve("gold"));
        IngestSummary g = SeedStore.ingest(gold, List.of(SeedStore.HOME.resolve("data/gold/articles")), null, "auto", false);
        assertTrue(g.ingested() > 40, g.describe());
        Path corpus = tmp.resolve("synth");
        new SynthGenerator(SeedStore.reference()).write(new SynthGenerator.Options(300, List.of("hi", "en"), 7, 2), corpus, i -> { });
        synth = SeedStore.open(tmp.resolve("synth-db"));
        IngestSummary s = SeedStore.ingest(synth, List.of(corpus.resolve("articles")), null, "auto", false);
        assertEquals(300, s.ingested(), s.describe());
    }

    @AfterAll
    void close() {
        gold.close();
        synth.close();
    }

    @Test
    void theShippedQueryIsTheOneMirrored() throws Exception {
        String text = Files.readString(SeedStore.HOME.resolve("queries/export-countries.rq"), StandardCharsets.UTF_8);
        assertTrue(CountriesTally.mirrors(QueryFactory.create(text)),
                "queries/export-countries.rq changed: make CountriesTally compute the same, then set MIRRORED_QUERY to "
                        + CountriesTally.fingerprint(QueryFactory.create(text)));
        assertFalse(CountriesTally.mirrors(QueryFactory.create(text.replace("LIMIT", "") + " LIMIT 5")),
                "an adapted query must be run as written");
    }

    @Test
    void goldStoreWithoutFilters() throws Exception {
        same(gold, request(null, null, List.of(), List.of()));
    }

    @Test
    void goldStoreWithEachFilter() throws Exception {
        same(gold, request("2015-01-01", "2024-12-31", List.of(), List.of()));
        same(gold, request(null, null, List.of("IN", "CN"), List.of()));
        same(gold, request(null, null, List.of(), List.of("asean-centrality", "non-interference")));
        same(gold, request("2000-01-01", null, List.of("RU"), List.of("asean-centrality")));
    }

    @Test
    void syntheticStoreWithoutAndWithFilters() throws Exception {
        same(synth, request(null, null, List.of(), List.of()));
        same(synth, request("2010-01-01", "2020-12-31", List.of("US", "IN"), List.of()));
        same(synth, request(null, "2018-06-30", List.of(), List.of("asean-centrality", "climate-cooperation")));
    }

    private static ExportRequest request(String from, String to, List<String> countries, List<String> topics) throws ExportException {
        return ExportRequest.of("countries", "csv", from, to, countries, topics);
    }

    private static void same(KgStore store, ExportRequest request) throws Exception {
        Exporter exporter = Exporter.of(store, SeedStore.HOME);
        Map<String, String> byQuery = Txn.calculateRead(store.dataset(), () -> flatten(exporter.graphByQuery(request)));
        Map<String, String> fast = Txn.calculateRead(store.dataset(),
                () -> flatten(ViewGraph.read(View.COUNTRIES, new CountriesTally(store.dataset().asDatasetGraph()).rows(request))));
        if (request.from() == null && request.countries().isEmpty() && request.topics().isEmpty()) {
            assertTrue(byQuery.size() > 10, "too little to compare: " + byQuery);
        }
        assertEquals(byQuery, fast, request.describe());
    }

    /** Each element with its attributes; space-separated lists compared as sets (their order is not part of the view). */
    private static Map<String, String> flatten(ViewGraph vg) {
        Map<String, String> out = new TreeMap<>();
        Stream.concat(vg.nodes.values().stream(), vg.edges.stream()).forEach(e -> {
            Map<String, String> attrs = new TreeMap<>();
            e.attributes.forEach((k, v) -> attrs.put(k, k.equals("topics") || k.equals("dates")
                    ? String.valueOf(new TreeSet<>(Arrays.asList(String.valueOf(v).split(" ")))) : String.valueOf(v)));
            out.put(e.source + " " + e.target, attrs.toString());
        });
        return out;
    }
}
