package org.bilateralkg.it;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.bilateralkg.ingest.ArticleDefaults;
import org.bilateralkg.pipeline.IngestPipeline;
import org.bilateralkg.pipeline.IngestSummary;
import org.bilateralkg.rdf.Iris;
import org.bilateralkg.reference.ReferenceData;
import org.bilateralkg.store.KgStore;

/** Test fixture: a store in a temporary directory, filled through the real ingest pipeline. */
public final class SeedStore {
    public static final Path HOME = Path.of(System.getProperty("bkg.home", ".")).toAbsolutePath();
    public static final Path SEED_HI = HOME.resolve("src/test/resources/seed/seed-hi.txt");
    public static final Path SEED_EN = HOME.resolve("src/test/resources/seed/seed-en.txt");
    public static final String PREFIXES = """
            PREFIX bkg: <https://bilateral-kg.org/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX person: <https://bilateral-kg.org/id/person/>
            PREFIX idorg: <https://bilateral-kg.org/id/org/>
            """;

    private static ReferenceData ref;

    private SeedStore() {
    }

    /** Reference data is read once per test JVM, as a real process does. */
    public static synchronized ReferenceData reference() {
        if (ref == null) {
            ref = ReferenceData.load(HOME, Iris.DEFAULT_BASE);
        }
        return ref;
    }

    public static KgStore open(Path dir) throws Exception {
        return KgStore.open(dir, new Iris(Iris.DEFAULT_BASE), true);
    }

    public static IngestSummary ingest(KgStore store, List<Path> files, LocalDate published, String lang, boolean force) {
        return new IngestPipeline(reference(), store, force, p -> { }).run(files,
                new ArticleDefaults(published, lang, null));
    }

    /** Rows of a SELECT over the store's union graph, each row as variable -> lexical form or IRI. */
    public static List<Map<String, String>> select(KgStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new HashMap<>();
                    s.varNames().forEachRemaining(v -> {
                        RDFNode n = s.get(v);
                        row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    public static boolean ask(KgStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                return qe.execAsk();
            }
        });
    }
}
