package org.bilateralkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * The SPARQL behind the pages. Every query is a file in {@code server/queries/NAME.rq} (readable on
 * its own, and runnable in the query UI); values reach it only as RDF terms bound by Jena's
 * substitution, never pasted into the text. Callers run these inside one read transaction.
 */
final class Sparql {
    private static final Map<String, Query> QUERIES = new ConcurrentHashMap<>();

    private final DatasetGraph dsg;
    private final long timeoutMillis;

    Sparql(DatasetGraph dsg, long timeoutMillis) {
        this.dsg = dsg;
        this.timeoutMillis = timeoutMillis;
    }

    /** The parsed query {@code server/queries/NAME.rq} (parsed once). */
    static Query query(String name) {
        return QUERIES.computeIfAbsent(name, n -> {
            Query q = QueryFactory.create(text(n));
            q.setResultVars(); // settle the lazily computed parts now, before threads share it
            return q;
        });
    }

    /** The text of {@code server/queries/NAME.rq}. */
    static String text(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("bad query name " + name);
        }
        try (InputStream in = Sparql.class.getResourceAsStream("/server/queries/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalArgumentException("no query server/queries/" + name + ".rq");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a SELECT; {@code bindings} alternate variable names and nodes. */
    List<Binding> select(String name, Object... bindings) {
        return select(query(name), bindings);
    }

    /** Runs a SELECT with at most {@code limit} rows after skipping {@code offset} (set on a copy of the query). */
    List<Binding> selectPage(String name, long limit, long offset, Object... bindings) {
        Query q = query(name).cloneQuery();
        q.setLimit(limit);
        q.setOffset(offset);
        return select(q, bindings);
    }

    /**
     * Runs NAME for the given rows only: their values go first in the query's pattern (a VALUES
     * block), so every other pattern is looked up from them instead of scanned.
     */
    List<Binding> selectFor(String name, List<Binding> rows, Object... bindings) {
        Query q = query(name).cloneQuery();
        List<Var> vars = new ArrayList<>();
        rows.get(0).vars().forEachRemaining(vars::add);
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementData(vars, rows));
        Element where = q.getQueryPattern();
        if (where instanceof ElementGroup g) {
            g.getElements().forEach(group::addElement);
        } else {
            group.addElement(where);
        }
        q.setQueryPattern(group);
        return select(q, bindings);
    }

    List<Binding> select(Query query, Object... bindings) {
        try (QueryExec qe = builder(query, bindings).build()) {
            RowSet rs = qe.select();
            List<Binding> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    boolean ask(String name, Object... bindings) {
        try (QueryExec qe = builder(query(name), bindings).build()) {
            return qe.ask();
        }
    }

    private QueryExecDatasetBuilder builder(Query query, Object... bindings) {
        // Substitution works on a copy; without bindings, copy anyway: a parsed query is shared by threads.
        QueryExecDatasetBuilder b = QueryExec.newBuilder().dataset(dsg).query(bindings.length == 0 ? query.cloneQuery() : query);
        for (int i = 0; i + 1 < bindings.length; i += 2) {
            b.substitution(Var.alloc((String) bindings[i]), (Node) bindings[i + 1]);
        }
        if (timeoutMillis > 0) {
            b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        return b;
    }

    // ---- reading rows

    static Node node(Binding b, String var) {
        return b.get(Var.alloc(var));
    }

    /** IRI, lexical form of a literal, or null. */
    static String str(Binding b, String var) {
        Node n = node(b, var);
        if (n == null) {
            return null;
        }
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return n.toString();
    }

    static long num(Binding b, String var) {
        String s = str(b, var);
        if (s == null || s.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The space-separated IRIs of a GROUP_CONCAT column. */
    static List<String> iris(Binding b, String var) {
        String s = str(b, var);
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return List.of(s.strip().split("\\s+"));
    }
}
