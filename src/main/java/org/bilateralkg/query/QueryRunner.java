package org.bilateralkg.query;

import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;
import org.apache.jena.system.Txn;

/**
 * Runs a SPARQL query over the store (or a server, see {@link #write}) with parameters bound as RDF terms by Jena's substitution
 * (never pasted into the query text), and writes the results in the chosen format.
 */
public final class QueryRunner {
    private QueryRunner() {
    }

    /** Thrown for a query that does not parse: a usage error. */
    public static final class BadQueryException extends Exception {
        public BadQueryException(String message) {
            super(message);
        }
    }

    public static Query parse(String text) throws BadQueryException {
        try {
            return QueryFactory.create(text);
        } catch (org.apache.jena.query.QueryParseException e) {
            throw new BadQueryException("query does not parse: " + e.getMessage());
        }
    }

    /**
     * A parameter value as a term: {@code <iri>} or an absolute http(s) IRI become IRIs, anything
     * else a plain string literal.
     */
    public static Node term(String value) {
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">")) {
            return NodeFactory.createURI(v.substring(1, v.length() - 1));
        }
        if (v.startsWith("http://") || v.startsWith("https://")) {
            try {
                if (IRIx.create(v).isAbsolute()) {
                    return NodeFactory.createURI(v);
                }
            } catch (IRIException e) {
                // not an IRI: a string it is
            }
        }
        return NodeFactory.createLiteralString(v);
    }

    public static void run(Dataset dataset, Query query, Map<String, String> params, ResultFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            QueryExecBuilder b = QueryExec.dataset(dataset.asDatasetGraph()).query(query);
            params.forEach((k, v) -> b.substitution(k, term(v)));
            try (QueryExec qe = b.build()) {
                write(qe, query, format, out);
            }
        });
    }

    /** The parameters as terms, for a query that runs elsewhere (a server substitutes them the same way). */
    public static Map<String, Node> terms(Map<String, String> params) {
        Map<String, Node> out = new java.util.LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, term(v)));
        return out;
    }

    /** Runs a prepared execution, local or remote, and writes its results in the chosen format. */
    public static void write(QueryExec qe, Query query, ResultFormat format, OutputStream out) {
        QueryExecution qexec = QueryExecutionAdapter.adapt(qe);
        if (query.isSelectType()) {
            ResultSet rs = qexec.execSelect();
            switch (format) {
                case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                case TABLE -> ResultSetFormatter.out(out, rs, query);
            }
        } else if (query.isAskType()) {
            boolean b2 = qexec.execAsk();
            switch (format) {
                case CSV -> ResultSetFormatter.outputAsCSV(out, b2);
                case TSV -> ResultSetFormatter.outputAsTSV(out, b2);
                case JSON -> ResultSetFormatter.outputAsJSON(out, b2);
                case TABLE -> ResultSetFormatter.out(out, b2);
            }
        } else if (query.isConstructType()) {
            RDFDataMgr.write(out, qexec.execConstruct(), Lang.TURTLE);
        } else {
            RDFDataMgr.write(out, qexec.execDescribe(), Lang.TURTLE);
        }
    }
}
