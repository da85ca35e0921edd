package org.bilateralkg.export;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One export, checked for everything that needs no store: a known view, a format that fits it, valid
 * dates in order, well-formed codes. Whether the countries and topics exist is checked by
 * {@link Exporter#check(ExportRequest)}.
 *
 * @param from      first day (inclusive), or null
 * @param to        last day (inclusive), or null
 * @param countries ISO 3166-1 alpha-2 codes, upper case; empty for all
 * @param topics    topic notations (skos:notation); empty for all
 * @param part      for csv/tsv of a graph view over HTTP: which of the two tables (the command line
 *                  writes both files)
 */
public record ExportRequest(View view, ExportFormat format, LocalDate from, LocalDate to, List<String> countries,
                            List<String> topics, Part part) {

    /** The two tables of a graph view in Gephi's spreadsheet layout. */
    public enum Part { EDGES, NODES }

    public ExportRequest {
        countries = List.copyOf(countries);
        topics = List.copyOf(topics);
        part = part == null ? Part.EDGES : part;
    }

    /** Parses and checks the user's words (option values or request parameters). */
    public static ExportRequest of(String view, String format, String from, String to, List<String> countries,
                                   List<String> topics) throws ExportException {
        return of(view, format, from, to, countries, topics, null);
    }

    public static ExportRequest of(String view, String format, String from, String to, List<String> countries,
                                   List<String> topics, String part) throws ExportException {
        if (view == null || view.isBlank()) {
            throw new ExportException("name a view (" + View.known() + ")");
        }
        View v = View.byId(view).orElseThrow(() -> new ExportException("unknown view '" + view.strip() + "' (known: " + View.known() + ")"));
        if (format == null || format.isBlank()) {
            throw new ExportException("name a format (for the " + v.id() + " view: " + formatsOf(v) + ")");
        }
        ExportFormat f = ExportFormat.byId(format).orElseThrow(() -> new ExportException("unknown format '" + format.strip()
                + "' (known: " + ExportFormat.known() + ")"));
        if (!v.formats().contains(f)) {
            throw new ExportException("the " + v.id() + " view has no " + f.id() + " format (it has: " + formatsOf(v) + ")");
        }
        LocalDate lo = date(from, "from");
        LocalDate hi = date(to, "to");
        if (lo != null && hi != null && lo.isAfter(hi)) {
            throw new ExportException("from " + lo + " is after to " + hi + ": nothing could match");
        }
        List<String> cs = new ArrayList<>();
        for (String c : split(countries)) {
            if (!c.matches("[A-Za-z]{2}")) {
                throw new ExportException("unknown country '" + c + "': give an ISO 3166-1 alpha-2 code such as RU or CN");
            }
            cs.add(c.toUpperCase(Locale.ROOT));
        }
        List<String> ts = new ArrayList<>();
        for (String t : split(topics)) {
            if (!t.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
                throw new ExportException("unknown topic '" + t + "': give a topic notation such as asean-centrality");
            }
            ts.add(t);
        }
        if (v == View.FULL && (lo != null || hi != null || !cs.isEmpty() || !ts.isEmpty())) {
            throw new ExportException("the full view is the whole dataset: it takes no from, to, country or topic");
        }
        Part p = null;
        if (part != null && !part.isBlank()) {
            String k = part.strip().toLowerCase(Locale.ROOT);
            if (!(v.isGraph() && f.isTable())) {
                throw new ExportException("part is only for csv and tsv of a graph view");
            }
            p = switch (k) {
                case "edges" -> Part.EDGES;
                case "nodes" -> Part.NODES;
                default -> throw new ExportException("unknown part '" + part.strip() + "' (known: edges, nodes)");
            };
        }
        return new ExportRequest(v, f, lo, hi, cs, ts, p);
    }

    /**
     * From request parameters, as the server has them: view, format, from, to, country, topic (each
     * of these two repeatable, or several values separated by commas or spaces) and part.
     */
    public static ExportRequest fromParameters(Function<String, List<String>> params) throws ExportException {
        for (String single : List.of("view", "format", "from", "to", "part")) {
            List<String> vs = params.apply(single);
            if (vs != null && vs.size() > 1) {
                throw new ExportException("give " + single + " once");
            }
        }
        return of(first(params, "view"), first(params, "format"), first(params, "from"), first(params, "to"),
                orEmpty(params.apply("country")), orEmpty(params.apply("topic")), first(params, "part"));
    }

    /** From a raw URL query string such as {@code view=countries&format=gexf&topic=asean-centrality}. */
    public static ExportRequest fromQueryString(String rawQuery) throws ExportException {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String val = eq < 0 ? "" : decode(pair.substring(eq + 1));
                map.computeIfAbsent(k, x -> new ArrayList<>()).add(val);
            }
        }
        return fromParameters(map::get);
    }

    /** The file name an HTTP response suggests, e.g. {@code bkg-countries.gexf}, {@code bkg-countries-nodes.csv}. */
    public String fileName() {
        String base = "bkg-" + view.id();
        if (view.isGraph() && format.isTable() && part == Part.NODES) {
            base += "-nodes";
        }
        return base + "." + format.extension();
    }

    /** What was asked, for messages: "countries view, 2024-07-01 to 2024-07-31, country RU, topic asean-centrality". */
    public String describe() {
        StringBuilder sb = new StringBuilder(view.id()).append(" view");
        if (from != null || to != null) {
            sb.append(", ").append(from == null ? "…" : from).append(" to ").append(to == null ? "…" : to);
        }
        if (!countries.isEmpty()) {
            sb.append(countries.size() == 1 ? ", country " : ", countries ").append(String.join(" ", countries));
        }
        if (!topics.isEmpty()) {
            sb.append(topics.size() == 1 ? ", topic " : ", topics ").append(String.join(" ", topics));
        }
        return sb.toString();
    }

    private static String formatsOf(View v) {
        return v.formats().stream().map(ExportFormat::id).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static LocalDate date(String s, String name) throws ExportException {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new ExportException(name + " '" + s.strip() + "' is not a valid date (YYYY-MM-DD)");
        }
    }

    private static List<String> split(List<String> values) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v == null) {
                continue;
            }
            for (String s : v.split("[,\\s]+")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return List.copyOf(out);
    }

    private static String first(Function<String, List<String>> params, String name) {
        List<String> vs = params.apply(name);
        return vs == null || vs.isEmpty() ? null : vs.get(0);
    }

    private static List<String> orEmpty(List<String> vs) {
        return vs == null ? List.of() : vs;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
