package org.bilateralkg.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.system.Txn;

/** Checks every article graph of a store, one graph at a time, against ontology/shapes.ttl. */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator(Path shapesFile) {
        this.shapes = Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString()));
    }

    /** The outcome for one article graph; {@code problems} is empty when it conforms. */
    public record Result(Node graph, List<String> problems) {
        public boolean conforms() {
            return problems.isEmpty();
        }
    }

    public List<Result> validate(Dataset dataset, String articlePrefix) {
        List<Result> out = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            Iterator<Node> names = dataset.asDatasetGraph().listGraphNodes();
            List<Node> articles = new ArrayList<>();
            names.forEachRemaining(n -> {
                if (n.isURI() && n.getURI().startsWith(articlePrefix)) {
                    articles.add(n);
                }
            });
            for (Node name : articles) {
                out.add(validate(name, dataset.asDatasetGraph().getGraph(name)));
            }
        });
        return out;
    }

    public Result validate(Node name, Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<String> problems = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            problems.add(e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + ": " + e.message());
        }
        return new Result(name, problems);
    }
}
