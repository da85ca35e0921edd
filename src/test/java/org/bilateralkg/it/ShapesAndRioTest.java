package org.bilateralkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.bilateralkg.store.KgStore;
import org.bilateralkg.validate.ShapeValidator;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article graphs pass the SHACL shapes, the shapes catch a broken one, and RDF4J reads what we write. */
class ShapesAndRioTest {
    @TempDir
    static Path dir;
    static KgStore store;
    static final ShapeValidator VALIDATOR = new ShapeValidator(SeedStore.HOME.resolve("ontology/shapes.ttl"));

    @BeforeAll
    static void ingest() throws Exception {
        store = SeedStore.open(dir.resolve("db"));
        SeedStore.ingest(store, List.of(SeedStore.SEED_HI, SeedStore.SEED_EN), LocalDate.parse("2024-07-26"), "auto", false);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyArticleGraphConforms() {
        List<ShapeValidator.Result> results = VALIDATOR.validate(store.dataset(), store.iris().articlePrefix());
        assertEquals(2, results.size());
        results.forEach(r -> assertTrue(r.conforms(), r.graph() + ": " + r.problems()));
    }

    @Test
    void aStatementWithoutEvidenceIsCaught() {
        Graph broken = articleGraph();
        Node evidence = NodeFactory.createURI("https://bilateral-kg.org/ontology#evidence");
        Node statementType = NodeFactory.createURI("https://bilateral-kg.org/ontology#Statement");
        Node statement = broken.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), statementType).next().getSubject();
        broken.remove(statement, evidence, Node.ANY);
        ShapeValidator.Result r = VALIDATOR.validate(NodeFactory.createURI("urn:test"), broken);
        assertFalse(r.conforms());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains(statement.getURI())), r.problems().toString());
    }

    @Test
    void rdf4jParsesOurTrigIntoWhatTheStoreHolds() throws Exception {
        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        long quads = Txn.calculateRead(store.dataset(), () -> {
            RDFDataMgr.write(trig, store.dataset(), Lang.TRIG);
            RDFDataMgr.write(nquads, store.dataset(), Lang.NQUADS);
            return store.dataset().asDatasetGraph().stream().count();
        });
        Model fromTrig = Rio.parse(new ByteArrayInputStream(trig.toByteArray()), "", RDFFormat.TRIG);
        Model fromNquads = Rio.parse(new ByteArrayInputStream(nquads.toByteArray()), "", RDFFormat.NQUADS);
        assertEquals(quads, fromTrig.size());
        assertTrue(Models.isomorphic(fromTrig, fromNquads));
    }

    private static Graph articleGraph() {
        return Txn.calculateRead(store.dataset(), () -> {
            var dsg = store.dataset().asDatasetGraph();
            Node name = SeedStore.select(store, "SELECT ?g WHERE { GRAPH ?g { ?a a bkg:Article ; schema:inLanguage 'hi' } }")
                    .stream().map(r -> NodeFactory.createURI(r.get("g"))).findFirst().orElseThrow();
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
