package org.bilateralkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Tables with Commons CSV: a graph view in Gephi's spreadsheet import layout (an edges table:
 * Source, Target, Weight, Type, Id, Label, then the attributes; a nodes table: Id, Label, then the
 * attributes), and the events table, written row by row as the query yields them.
 */
final class TableWriter {
    private TableWriter() {
    }

    static CSVFormat format(ExportFormat f) {
        CSVFormat base = f == ExportFormat.TSV ? CSVFormat.TDF : CSVFormat.RFC4180;
        return base.builder().setRecordSeparator("\n").get();
    }

    static void edges(ViewGraph vg, ExportFormat f, OutputStream out) throws IOException {
        List<String> extra = new ArrayList<>();
        for (String k : vg.edgeColumns.keySet()) {
            if (!k.equals("weight") && !k.equals("label")) {
                extra.add(k);
            }
        }
        List<String> header = new ArrayList<>(List.of("Source", "Target", "Weight", "Type", "Id", "Label"));
        header.addAll(extra);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, format(f));
        p.printRecord(header);
        String type = vg.directed ? "Directed" : "Undirected";
        for (ViewGraph.Element e : vg.edges) {
            List<Object> row = new ArrayList<>(List.of(e.source, e.target, GraphWriters.fmt(e.weight()), type, e.id, e.label()));
            for (String k : extra) {
                row.add(text(e.attributes.get(k)));
            }
            p.printRecord(row);
        }
        p.flush();
    }

    static void nodes(ViewGraph vg, ExportFormat f, OutputStream out) throws IOException {
        List<String> extra = new ArrayList<>();
        for (String k : vg.nodeColumns.keySet()) {
            if (!k.equals("label")) {
                extra.add(k);
            }
        }
        List<String> header = new ArrayList<>(List.of("Id", "Label"));
        header.addAll(extra);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, format(f));
        p.printRecord(header);
        for (ViewGraph.Element n : vg.nodes.values()) {
            List<Object> row = new ArrayList<>(List.of(n.id, n.label()));
            for (String k : extra) {
                row.add(text(n.attributes.get(k)));
            }
            p.printRecord(row);
        }
        p.flush();
    }

    /** The events table: a header of the query's columns, then one record per row; returns the row count. */
    static long rows(RowSet rows, ExportFormat f, OutputStream out) throws IOException {
        List<Var> vars = rows.getResultVars();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, format(f));
        p.printRecord(vars.stream().map(Var::getVarName).toList());
        long n = 0;
        List<String> row = new ArrayList<>(vars.size());
        while (rows.hasNext()) {
            var b = rows.next();
            row.clear();
            for (Var v : vars) {
                Node node = b.get(v);
                Object value = node == null ? null : ViewGraph.value(node);
                row.add(text(value));
            }
            p.printRecord(row);
            n++;
            if ((n & 1023) == 0) {
                p.flush();
            }
        }
        p.flush();
        return n;
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        return v instanceof Double d ? GraphWriters.fmt(d) : v.toString();
    }
}
