package org.bilateralkg.reference.phoenix;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives people/post tenures (head of state, head of government, foreign minister) from the
 * Phoenix/PETRARCH country actor dictionary ({@code Phoenix.Countries.actors.txt}, MIT licence,
 * Open Event Data Alliance) and writes them in the project's people table format.
 *
 * <p>Dependency-free (java.* only) so it runs with the source launcher:
 * <pre>java src/main/java/org/bilateralkg/reference/phoenix/PhoenixConverter.java IN_DIR OUT_FILE</pre>
 * where IN_DIR holds {@code Phoenix.Countries.actors.txt} (or IN_DIR may be that file itself).
 *
 * <h2>Dictionary format (TABARI/PETRARCH actors)</h2>
 * An entry is a primary name line ({@code SERGEY_LAVROV_  # comment}), followed by {@code +}
 * synonym lines and indented date-restricted code lines ({@code [RUSGOV >20040309] # Foreign
 * Minister}). Restrictions: {@code >D} from D (open), {@code <D} until D, {@code A-B} between;
 * dates are yymmdd or yyyymmdd. Primary lines that directly follow an entry with no codes yet and
 * share a name token with it are synonyms of that entry (PETRARCH groups such lines; e.g. the
 * Yeltsin and Medvedev entries). The first three letters of a code are an ISO 3166-1 alpha-3
 * country; "GOV" follows for government actors.
 *
 * <h2>What counts as evidence for a post</h2>
 * Phoenix codes say "government" ({@code RUSGOV}) but rarely which post. A tenure row is emitted
 * only where the dictionary itself supports the role:
 * <ol>
 *   <li><b>Line comment</b> naming the post on the date line ({@code # Foreign Minister},
 *       {@code # President of Germany}, {@code # PM}, {@code # Acting PM}, {@code # Sec State}).
 *       "Prime Minister of Lower Saxony" and the like (a post of something other than the
 *       country) do not count. That line is the tenure.</li>
 *   <li><b>Title synonym</b>: a synonym that is [nationality words] + title + part of the
 *       person's own name, e.g. {@code FOREIGN_MINISTER_SERGEY_V._LAVROV},
 *       {@code RUSSIAN_PRESIDENT_VLADIMIR_PUTIN}, {@code CHANCELLOR_MERKEL}. VICE_, DEPUTY_,
 *       FORMER_, UNDER_ ... prefixes and "TITLE_OF_..." forms do not count. The tenure is the
 *       entry's plain {@code XXXGOV} line if there is exactly one candidate (lines whose comment
 *       names another post are not candidates); otherwise the candidates that chain (see 3).
 *       A title that is the first word of the primary name is a name ("SULTAN_BIN_SAEED_...",
 *       "AMIR_MUQAM"), not a title.</li>
 *   <li><b>Chaining</b> (context), when an entry has several candidate lines: a candidate is
 *       accepted when its start is within {@value #CHAIN_DAYS} days of the end of another
 *       person's accepted line for the same country and role (or its end within that of such a
 *       start) and it does not start inside another holder's accepted line and overlap it by
 *       more than {@value #MAX_SINGLE_OVERLAP_DAYS} days (one holder at a time).
 *       This picks Rice's 2005-2009 line (after Powell) over her 2001-2005 one (National
 *       Security Advisor), and Putin's 1999-2008 line as President (after Yeltsin).</li>
 * </ol>
 * A single candidate line is refused when it starts inside another holder's accepted tenure
 * and overlaps it by more than {@value #MAX_SINGLE_OVERLAP_DAYS} days (then the line is most
 * likely for another post the person held earlier). This cannot catch a holder whose
 * predecessor has no accepted line: Maduro's only VENGOV line is his 2006 foreign ministry, so
 * his title synonym PRESIDENT_MADURO dates his presidency from 2006. Section headers such as
 * {@code # Prime Ministers} are not used: their scope in the file is loose (cabinet ministers
 * follow them without a break), so they do not tie a role to anyone reliably.
 * If the role cannot be tied to a date line this way, it is skipped.
 *
 * <p>Role mapping: President, King, Queen, Sultan, Emir, Supreme Leader: head-of-state (in Iran the
 * President is head-of-government and the Supreme Leader head-of-state). Prime Minister, Premier,
 * PM: head-of-government; Chancellor/Kanzler: head-of-government in Germany and Austria.
 * Foreign Minister, Minister of Foreign/External Affairs: foreign-minister; Secretary of State
 * only for the USA; Foreign Secretary only for the UK.
 */
public final class PhoenixConverter {

    /** Column header of the people table. */
    public static final String HEADER =
            "person_id\tname_en\taliases_en\tnames_hi\tcountry\trole\tstart\tend\tsource";

    public static final String HEAD_OF_STATE = "head-of-state";
    public static final String HEAD_OF_GOVERNMENT = "head-of-government";
    public static final String FOREIGN_MINISTER = "foreign-minister";

    /** Tenures ending before this date are dropped. */
    public static final LocalDate CUTOFF = LocalDate.of(2000, 1, 1);

    /** Maximum gap in days between one holder's end and the next holder's start for chaining. */
    public static final int CHAIN_DAYS = 2;

    /** A single candidate line may overlap another holder's tenure by at most this (handovers). */
    public static final int MAX_SINGLE_OVERLAP_DAYS = 183;

    private PhoenixConverter() {
    }

    /** One row of the people table. {@code end} is null while in office. */
    public record TenureRow(String personId, String nameEn, List<String> aliasesEn,
                            List<String> namesHi, String country, String role,
                            LocalDate start, LocalDate end, String source) {
        public TenureRow {
            Objects.requireNonNull(personId);
            Objects.requireNonNull(nameEn);
            aliasesEn = List.copyOf(aliasesEn);
            namesHi = List.copyOf(namesHi);
            Objects.requireNonNull(country);
            Objects.requireNonNull(role);
            Objects.requireNonNull(source);
        }

        /** The row as one TSV line (no line terminator). */
        public String toTsv() {
            return String.join("\t", personId, nameEn, String.join("|", aliasesEn),
                    String.join("|", namesHi), country, role,
                    start == null ? "" : start.toString(), end == null ? "" : end.toString(),
                    source);
        }
    }

    /** Counters describing what the last conversion could and could not derive. */
    public static final class Stats {
        public int entries;
        public int dateLines;
        public int invalidDateLines;
        public final Map<String, Integer> unmappedCountryCodes = new TreeMap<>();
        /** Entries with title evidence for a role that could not be tied to a date line. */
        public final List<String> untied = new ArrayList<>();
        /** Rows dropped because the tenure ended before {@link #CUTOFF}. */
        public int beforeCutoff;
        /** Accepted tenures without a start date ({@code <D}), dropped. */
        public int noStart;
        public final Map<String, Integer> rowsByEvidence = new TreeMap<>();

        void count(Map<String, Integer> m, String k) {
            m.merge(k, 1, Integer::sum);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Public API

    /** Converts a {@code Phoenix.Countries.actors.txt} file. */
    public static List<TenureRow> convert(Path countriesActorsFile) throws IOException {
        return convert(countriesActorsFile, new Stats());
    }

    /** Converts a {@code Phoenix.Countries.actors.txt} file, filling {@code stats}. */
    public static List<TenureRow> convert(Path countriesActorsFile, Stats stats) throws IOException {
        return convertLines(readLines(countriesActorsFile),
                countriesActorsFile.getFileName().toString(), stats);
    }

    /**
     * Converts dictionary lines. {@code fileName} is used in the source column
     * ({@code phoenix:<fileName>#L<line>}, 1-based line of the date entry).
     */
    public static List<TenureRow> convertLines(List<String> lines, String fileName, Stats stats) {
        return new Conversion(lines, fileName, stats).run();
    }

    /** Writes rows (header first, UTF-8, LF line ends) in the given order. */
    public static void write(List<TenureRow> rows, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (TenureRow r : rows) {
                w.write(r.toTsv());
                w.write('\n');
            }
        }
    }

    /** Usage: {@code PhoenixConverter IN_DIR|IN_FILE OUT_FILE}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PhoenixConverter IN_DIR|Phoenix.Countries.actors.txt OUT_FILE");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        if (Files.isDirectory(in)) {
            in = in.resolve("Phoenix.Countries.actors.txt");
        }
        if (!Files.isRegularFile(in)) {
            System.err.println("not found: " + in);
            System.exit(2);
        }
        Stats stats = new Stats();
        List<TenureRow> rows = convert(in, stats);
        write(rows, Path.of(args[1]));
        PrintStream err = System.err;
        Map<String, Integer> byRole = new TreeMap<>();
        for (TenureRow r : rows) {
            stats.count(byRole, r.role());
        }
        err.println("wrote " + rows.size() + " rows to " + args[1] + " " + byRole);
        err.println("entries: " + stats.entries + ", date lines: " + stats.dateLines
                + ", unparseable date lines: " + stats.invalidDateLines);
        err.println("rows by evidence: " + stats.rowsByEvidence);
        err.println("tenures dropped (ended before " + CUTOFF + "): " + stats.beforeCutoff
                + ", without start: " + stats.noStart);
        err.println("codes with no ISO alpha-2 (skipped): " + stats.unmappedCountryCodes);
        err.println("role evidence not tied to a date line (" + stats.untied.size() + "):");
        for (String s : stats.untied) {
            err.println("  " + s);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Shared helpers (package-private for tests)

    private static final Map<String, String> ALPHA3_TO_ALPHA2 = buildAlpha3Map();

    private static Map<String, String> buildAlpha3Map() {
        Map<String, String> m = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            try {
                String a3 = new Locale("", a2).getISO3Country();
                if (a3 != null && a3.length() == 3) {
                    m.put(a3.toUpperCase(Locale.ROOT), a2);
                }
            } catch (MissingResourceException e) {
                // no alpha-3 known for this code
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** ISO alpha-3 to alpha-2 via the JDK, or null. */
    static String alpha2(String alpha3) {
        return ALPHA3_TO_ALPHA2.get(alpha3.toUpperCase(Locale.ROOT));
    }

    /** Parses yymmdd (00-30 = 20xx, else 19xx) or yyyymmdd; null if not a valid date. */
    static LocalDate parseDate(String s) {
        if (s == null || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int y;
        int m;
        int d;
        if (s.length() == 6) {
            int yy = Integer.parseInt(s.substring(0, 2));
            y = yy <= 30 ? 2000 + yy : 1900 + yy;
            m = Integer.parseInt(s.substring(2, 4));
            d = Integer.parseInt(s.substring(4, 6));
        } else if (s.length() == 8) {
            y = Integer.parseInt(s.substring(0, 4));
            m = Integer.parseInt(s.substring(4, 6));
            d = Integer.parseInt(s.substring(6, 8));
        } else {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static final Set<String> LOWER_PARTICLES = Set.of("von", "van", "der", "den", "de",
            "del", "della", "da", "di", "du", "dos", "das", "bin", "binti", "bint", "ibn", "al",
            "el", "ul", "y", "of");

    /** "SERGEY_V._LAVROV_" to "Sergey V. Lavrov"; "ABDEL_FATTAH_AL-SISI" to "Abdel Fattah al-Sisi". */
    static String titleCase(String phoenixName) {
        String s = phoenixName.trim().replace('_', ' ').replaceAll("\\s+\\.", ". ")
                .replaceAll("\\s+", " ").trim();
        StringBuilder out = new StringBuilder();
        String[] words = s.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            String base = w.split("[-']", 2)[0];
            if (i > 0 && i == words.length - 1 && w.matches("i|ii|iii|iv|vi|vii|viii|ix")) {
                out.append(w.toUpperCase(Locale.ROOT)); // Elizabeth II, Abdullah II
            } else if (i > 0 && i < words.length - 1 && LOWER_PARTICLES.contains(base)) {
                out.append(capAfterSeparators(w, false));
            } else {
                out.append(capAfterSeparators(w, true));
            }
        }
        return out.toString();
    }

    private static String capAfterSeparators(String w, boolean capFirst) {
        StringBuilder b = new StringBuilder(w.length());
        boolean cap = capFirst;
        boolean first = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                b.append(cap ? Character.toUpperCase(c) : c);
                cap = false;
                first = false;
            } else {
                b.append(c);
                if (c == '-' || c == '\'' || c == '.') {
                    cap = !first || capFirst;
                }
            }
        }
        return b.toString();
    }

    /** Letters that carry no combining mark under NFD, with their ASCII spelling. */
    private static final Map<Character, String> ASCII_LETTERS = Map.of('ı', "i", 'ø', "o",
            'ł', "l", 'đ', "d", 'ß', "ss", 'æ', "ae", 'œ', "oe", 'þ', "th", 'ð', "d");

    /**
     * Lowercase ASCII slug, hyphen-separated: "S. Jaishankar" to "s-jaishankar", "Gerhard
     * Schröder" to "gerhard-schroder", "Binali Yıldırım" to "binali-yildirim".
     */
    public static String slug(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            b.append(ASCII_LETTERS.getOrDefault(c, String.valueOf(c)));
        }
        n = b.toString().replaceAll("[^a-z0-9]+", "-");
        return n.replaceAll("^-+|-+$", "");
    }

    private static List<String> readLines(Path p) throws IOException {
        // The dictionary is ASCII in practice; decode leniently so a stray byte never aborts.
        byte[] bytes = Files.readAllBytes(p);
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        return List.of(text.split("\r?\n|\r", -1));
    }

    // ---------------------------------------------------------------------------------------
    // Titles

    private record Title(List<String> tokens, String role, Predicate<String> countries) {
    }

    private static final Predicate<String> ANY = c -> true;

    /** Titles recognised in synonyms, longest first. Countries are alpha-3. */
    private static final List<Title> TITLES = buildTitles();

    private static List<Title> buildTitles() {
        List<Title> t = new ArrayList<>();
        Predicate<String> deAt = c -> c.equals("DEU") || c.equals("AUT");
        add(t, "MINISTER_OF_FOREIGN_AFFAIRS", FOREIGN_MINISTER, ANY);
        add(t, "MINISTER_OF_EXTERNAL_AFFAIRS", FOREIGN_MINISTER, ANY);
        add(t, "EXTERNAL_AFFAIRS_MINISTER", FOREIGN_MINISTER, ANY);
        add(t, "FOREIGN_AFFAIRS_MINISTER", FOREIGN_MINISTER, ANY);
        add(t, "FOREIGN_MINISTER", FOREIGN_MINISTER, ANY);
        add(t, "FOREIGN_SECRETARY", FOREIGN_MINISTER, c -> c.equals("GBR"));
        add(t, "SECRETARY_OF_STATE", FOREIGN_MINISTER, c -> c.equals("USA"));
        add(t, "FEDERAL_CHANCELLOR", HEAD_OF_GOVERNMENT, deAt);
        add(t, "BUNDESKANZLER", HEAD_OF_GOVERNMENT, deAt);
        add(t, "KANZLER", HEAD_OF_GOVERNMENT, deAt);
        add(t, "CHANCELLOR", HEAD_OF_GOVERNMENT, deAt);
        add(t, "PRIME_MINISTER", HEAD_OF_GOVERNMENT, ANY);
        add(t, "PREMIER", HEAD_OF_GOVERNMENT, ANY);
        add(t, "PM", HEAD_OF_GOVERNMENT, ANY);
        add(t, "SUPREME_LEADER", HEAD_OF_STATE, ANY);
        add(t, "PRESIDENT", HEAD_OF_STATE, c -> !c.equals("IRN"));
        add(t, "PRESIDENT", HEAD_OF_GOVERNMENT, c -> c.equals("IRN"));
        add(t, "KING", HEAD_OF_STATE, ANY);
        add(t, "QUEEN", HEAD_OF_STATE, ANY);
        add(t, "SULTAN", HEAD_OF_STATE, ANY);
        add(t, "EMIR", HEAD_OF_STATE, ANY);
        add(t, "AMIR", HEAD_OF_STATE, ANY);
        t.sort(Comparator.comparingInt((Title x) -> -x.tokens().size()));
        return List.copyOf(t);
    }

    private static void add(List<Title> t, String tokens, String role, Predicate<String> c) {
        t.add(new Title(List.of(tokens.split("_")), role, c));
    }

    /** Titles that are also common first names, so a primary name may start with them. */
    private static final Set<String> MONARCH_WORDS = Set.of("KING", "QUEEN", "SULTAN", "EMIR", "AMIR");

    /** Words that, leading a synonym, make it a titled form rather than a plain name. */
    private static final Set<String> TITLE_WORDS = Set.of("PRESIDENT", "PRESIDENT-ELECT",
            "PRESIENT", "VICE", "DEPUTY", "FORMER", "EX", "ACTING", "INTERIM", "PRIME", "MINISTER",
            "PREMIER", "PM", "CHANCELLOR", "KANZLER", "BUNDESKANZLER", "FEDERAL", "FOREIGN",
            "SECRETARY", "SECRETARY-GENERAL", "UNDER", "ASSISTANT", "KING", "QUEEN", "SULTAN",
            "EMIR", "AMIR", "SUPREME", "AMBASSADOR", "AMB.", "ENVOY", "GENERAL", "GEN.", "GEN",
            "LT.", "COL.", "COLONEL", "MARSHAL", "FIELD", "ADMIRAL", "CAPTAIN", "CAPT.",
            "COMMANDER", "SENATOR", "SEN.", "GOVERNOR", "GOVENOR", "GOV.", "MAYOR", "MR", "MR.",
            "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "CHAIRMAN", "LEADER", "SPEAKER", "CHIEF",
            "JUDGE", "JUSTICE", "MINISTRY", "FIRST", "LADY", "THE", "OPPOSITION", "PARTY",
            "MOSCOW", "CANDIDATE", "REP.", "REPRESENTATIVE", "CONGRESSMAN", "CONGRESSWOMAN");

    /** Title words that make a synonym a titled form wherever they occur. */
    private static final Set<String> TITLE_ANYWHERE = Set.of("MINISTER", "PRESIDENT",
            "PRESIDENT-ELECT", "PREMIER", "CHANCELLOR", "KANZLER", "BUNDESKANZLER", "SECRETARY",
            "AMBASSADOR", "SENATOR", "GOVERNOR", "AYATOLLAH", "HOJATOLISLAM", "GENERAL", "GEN.",
            "CHAIRMAN", "SPEAKER", "MAYOR", "PM");

    /** Tokens that make a synonym something other than a personal name. */
    private static final Set<String> NON_NAME_WORDS = Set.of("ADMINISTRATION", "GOVERNMENT",
            "REGIME", "CABINET", "CAMP", "SUPPORTERS", "LOYALISTS", "ERA", "FAMILY", "OFFICE",
            "MINISTRY", "PARTY", "FORCES", "SPOKESMAN", "SPOKESWOMAN", "AIDE", "AIDES");

    // ---------------------------------------------------------------------------------------
    // Comments

    private static final Pattern ROLE_COMMENT = Pattern.compile(
            "^(?:(?:brief|acting|interim)\\s+)*"
                    + "(president|head of state|king|queen|monarch|sultan|emir|amir|supreme leader"
                    + "|prime minister|pm|premier|chancellor"
                    + "|foreign minister|minister of foreign affairs|minister for foreign affairs"
                    + "|external affairs minister|minister of external affairs|foreign secretary"
                    + "|secretary of state|sec state|sec of state|sec\\. of state)"
                    + "(?:\\s+of\\s+(?:the\\s+)?([a-z .'-]+?))?"
                    + "(?:\\s*\\(acting\\))?(?:\\s+pt\\.?\\s*\\d+)?$");

    /** A comment that names some post (so the line is not a candidate for a different role). */
    private static final Pattern POST_COMMENT = Pattern.compile(
            "(?i)\\b(min\\.?|minister|ministry|amb\\.?|ambassador|sec|secretary|dep\\.?|deputy"
                    + "|president|prime|pm|chief|cmdr|commander|advisor|adviser|director|dci"
                    + "|governor|senator|council|counsel|assembly|speaker|chairman|general"
                    + "|foreign service|envoy|representative|mayor)\\b");

    /**
     * Role named by a date-line comment on a line coded for country {@code alpha3}, or null when
     * the comment names no post, a post of something else ("Prime Minister of Lower Saxony"), or
     * a title that means another post in that country (a Secretary of State outside the USA).
     */
    static String roleFromComment(String comment, String alpha3) {
        if (comment == null) {
            return null;
        }
        String c = comment.toLowerCase(Locale.ROOT).replaceAll("[#:;,]", " ")
                .replaceAll("\\s+", " ").trim();
        Matcher m = ROLE_COMMENT.matcher(c);
        if (!m.matches()) {
            return null;
        }
        String post = m.group(1);
        String of = m.group(2);
        if (of != null && !of.isBlank()) {
            String a2 = alpha2(alpha3);
            if (a2 == null) {
                return null;
            }
            String name = new Locale("", a2).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (!of.trim().equals(name)) {
                return null; // "Prime Minister of Lower Saxony", "President of the Bundesrat"
            }
        }
        switch (post) {
            case "president":
                return alpha3.equals("IRN") ? HEAD_OF_GOVERNMENT : HEAD_OF_STATE;
            case "head of state", "king", "queen", "monarch", "sultan", "emir", "amir",
                    "supreme leader":
                return HEAD_OF_STATE;
            case "prime minister", "pm", "premier":
                return HEAD_OF_GOVERNMENT;
            case "chancellor":
                return alpha3.equals("DEU") || alpha3.equals("AUT") ? HEAD_OF_GOVERNMENT : null;
            case "foreign secretary":
                return alpha3.equals("GBR") ? FOREIGN_MINISTER : null;
            case "secretary of state", "sec state", "sec of state", "sec. of state":
                return alpha3.equals("USA") ? FOREIGN_MINISTER : null;
            default:
                return FOREIGN_MINISTER;
        }
    }

    // ---------------------------------------------------------------------------------------
    // Parsing model

    private static final Pattern CODE = Pattern.compile(
            "\\[\\s*([A-Z]{3}[A-Z0-9]*)\\s*(?:(>|<)\\s*(\\d+)|(\\d+)\\s*-\\s*(\\d+)|(\\d+))?\\s*\\]");

    private static final class DateLine {
        int lineNo;
        String code;
        String alpha3;
        LocalDate start;
        LocalDate end;
        boolean valid = true;
        String comment;
    }

    private static final class Entry {
        String primary;
        int primaryLine;
        final List<String> synonyms = new ArrayList<>();
        final List<DateLine> dates = new ArrayList<>();
        boolean hasInlineCode;
        Set<String> nameTokens = new HashSet<>();
    }

    private record Candidate(Entry entry, String role, DateLine line, char evidence) {
    }

    private static final class Conversion {
        private final List<String> lines;
        private final String fileName;
        private final Stats stats;
        private final List<Entry> entries = new ArrayList<>();
        private final Set<String> nationalityPhrases = new HashSet<>();

        Conversion(List<String> lines, String fileName, Stats stats) {
            this.lines = lines;
            this.fileName = fileName;
            this.stats = stats;
        }

        List<TenureRow> run() {
            parse();
            stats.entries = entries.size();
            return resolve();
        }

        private void parse() {
            Entry cur = null;
            boolean blankSinceCur = false;
            for (int i = 0; i < lines.size(); i++) {
                String raw = lines.get(i);
                int lineNo = i + 1;
                String l = raw.strip();
                if (l.isEmpty()) {
                    blankSinceCur = true;
                    continue;
                }
                char c0 = raw.charAt(0);
                if (c0 == '#') {
                    continue; // comment line (section notes, commented-out entries)
                }
                if (Character.isWhitespace(c0)) {
                    if (l.startsWith("#") || cur == null) {
                        continue; // indented comment line
                    }
                    parseCodes(cur, l, lineNo);
                    continue;
                }
                if (c0 == '+') {
                    if (cur != null) {
                        String syn = stripComment(l.substring(1));
                        if (!syn.isEmpty()) {
                            cur.synonyms.add(normaliseName(syn));
                        }
                    }
                    continue;
                }
                // primary line
                String body = stripComment(l);
                String name = body.split("\\[", 2)[0].trim();
                String normalised = normaliseName(name);
                boolean inline = body.contains("[");
                if (cur != null && !blankSinceCur && cur.dates.isEmpty() && !cur.hasInlineCode
                        && !inline && sharesToken(cur.nameTokens, tokens(normalised))) {
                    // PETRARCH groups consecutive code-less names with the codes that follow
                    cur.synonyms.add(normalised);
                    cur.nameTokens.addAll(tokens(normalised));
                    continue;
                }
                Entry e = new Entry();
                e.primary = normalised;
                e.primaryLine = lineNo;
                e.nameTokens.addAll(tokens(normalised));
                entries.add(e);
                cur = e;
                blankSinceCur = false;
                if (inline) {
                    e.hasInlineCode = true;
                    parseCodes(e, body.substring(body.indexOf('[')), lineNo);
                }
            }
            // nationality words: names of country header entries ([XXX] inline) and their synonyms
            for (Entry e : entries) {
                if (e.hasInlineCode && !e.dates.isEmpty() && e.dates.get(0).code.length() == 3) {
                    addNationality(e.primary);
                    e.synonyms.forEach(this::addNationality);
                }
            }
        }

        private void addNationality(String phrase) {
            String p = phrase.replaceAll("^_+|_+$", "");
            if (!p.isEmpty()) {
                nationalityPhrases.add(p);
            }
        }

        private void parseCodes(Entry e, String text, int lineNo) {
            String comment = null;
            int hash = text.indexOf('#');
            String codes = text;
            if (hash >= 0) {
                comment = text.substring(hash + 1).trim();
                codes = text.substring(0, hash);
            }
            Matcher m = CODE.matcher(codes);
            while (m.find()) {
                DateLine d = new DateLine();
                d.lineNo = lineNo;
                d.code = m.group(1);
                d.alpha3 = d.code.substring(0, 3);
                d.comment = comment;
                if (m.group(2) != null) {
                    LocalDate x = parseDate(m.group(3));
                    if (x == null) {
                        d.valid = false;
                    } else if (m.group(2).equals(">")) {
                        d.start = x;
                    } else {
                        d.end = x; // "<D": start unknown
                    }
                } else if (m.group(4) != null) {
                    d.start = parseDate(m.group(4));
                    d.end = parseDate(m.group(5));
                    if (d.start == null || d.end == null || d.end.isBefore(d.start)) {
                        d.valid = false;
                    }
                } else if (m.group(6) != null) {
                    d.valid = false; // a bare date: meaning unclear
                }
                if (m.group(2) != null || m.group(4) != null || m.group(6) != null) {
                    stats.dateLines++;
                    if (!d.valid) {
                        stats.invalidDateLines++;
                    }
                }
                e.dates.add(d);
            }
        }

        private static String stripComment(String s) {
            int h = s.indexOf('#');
            return (h >= 0 ? s.substring(0, h) : s).trim();
        }

        /** Uppercase, spaces to underscores, trailing underscores dropped. */
        private static String normaliseName(String s) {
            return s.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", "_").replaceAll("_+$", "");
        }

        private static List<String> tokens(String name) {
            List<String> t = new ArrayList<>();
            for (String x : name.split("_")) {
                if (!x.isEmpty()) {
                    t.add(x);
                }
            }
            return t;
        }

        private static boolean sharesToken(Set<String> a, List<String> b) {
            for (String x : b) {
                String y = x.replace(".", "");
                if (y.length() >= 3 && a.contains(x)) {
                    return true;
                }
            }
            return false;
        }

        /** Number of leading tokens that form nationality words ("RUSSIAN", "U.S.", "UNITED_STATES"). */
        private int nationalityPrefix(List<String> t) {
            int i = 0;
            outer:
            while (i < t.size()) {
                for (int len = Math.min(4, t.size() - i); len >= 1; len--) {
                    String phrase = String.join("_", t.subList(i, i + len));
                    if (nationalityPhrases.contains(phrase)) {
                        i += len;
                        continue outer;
                    }
                }
                break;
            }
            return i;
        }

        /** Honorifics dropped from the front of a primary name when at least two words remain. */
        private static final List<String> HONORIFICS = List.of("HOJATOLISLAM", "HOJATOLESLAM",
                "HOJJATOLESLAM", "AYATOLLAH", "SAYYED", "SAYYID", "SEYYED", "QUEEN", "KING", "SIR",
                "DR.", "DR", "MR.", "MR");

        /**
         * Misspelt primary names in the 2014 dictionary whose tenures are emitted; the English
         * name (and so the person id) uses the correct spelling, the Phoenix form stays an alias.
         */
        private static final Map<String, String> NAME_FIXES = Map.of(
                "SAM_SHARAF", "ESSAM_SHARAF",
                "IBARAHIM_MAHLAB", "IBRAHIM_MAHLAB");

        /** English name of the entry: the primary name without leading honorifics, title-cased. */
        private static String personName(Entry e) {
            List<String> t = new ArrayList<>(tokens(NAME_FIXES.getOrDefault(e.primary, e.primary)));
            while (t.size() > 2 && HONORIFICS.contains(t.get(0))) {
                t.remove(0);
            }
            return titleCase(String.join("_", t));
        }

        /** An entry whose primary name starts with a post title names a post, not a person. */
        private static boolean isTitleEntry(Entry e) {
            List<String> t = tokens(e.primary);
            for (Title title : TITLES) {
                List<String> tt = title.tokens();
                if (tt.size() == 1 && !MONARCH_WORDS.contains(tt.get(0)) && t.size() > 1
                        && t.get(0).equals(tt.get(0))) {
                    return true;
                }
                if (tt.size() > 1 && t.size() > tt.size() && t.subList(0, tt.size()).equals(tt)) {
                    return true;
                }
            }
            return false;
        }

        /** Titles carried by a synonym in the form [nationality] TITLE NAME. */
        private List<Title> titlesOf(String synonym, Entry e) {
            List<String> t = tokens(synonym);
            int p = nationalityPrefix(t);
            List<Title> found = new ArrayList<>();
            int matchedLen = -1;
            for (Title title : TITLES) {
                int n = title.tokens().size();
                if (matchedLen > 0 && n < matchedLen) {
                    break;
                }
                List<String> primary = tokens(e.primary);
                if (primary.size() >= n && primary.subList(0, n).equals(title.tokens())) {
                    continue; // part of the name: Sultan bin Saeed, Amir Muqam, Queen Elizabeth II
                }
                if (p + n < t.size() && t.subList(p, p + n).equals(title.tokens())) {
                    List<String> rest = t.subList(p + n, t.size());
                    String next = rest.get(0);
                    if (next.equals("OF") || next.equals("FOR") || next.equals("AND")) {
                        continue;
                    }
                    boolean namesPerson = false;
                    for (String x : rest) {
                        String y = x.replaceAll("[^A-Z]", "");
                        if (y.length() >= 3 && e.nameTokens.contains(x) && !TITLE_WORDS.contains(x)) {
                            namesPerson = true;
                        }
                    }
                    if (namesPerson) {
                        found.add(title);
                        matchedLen = n;
                    }
                }
            }
            return found;
        }

        /** Plain-name synonyms, title-cased and de-duplicated. */
        private List<String> aliases(Entry e, String nameEn) {
            LinkedHashSet<String> out = new LinkedHashSet<>();
            Set<String> seen = new HashSet<>();
            seen.add(nameEn.toLowerCase(Locale.ROOT));
            List<String> names = new ArrayList<>();
            if (NAME_FIXES.containsKey(e.primary)) {
                names.add(e.primary); // the dictionary's spelling, still seen in its source texts
            }
            names.addAll(e.synonyms);
            for (String s : names) {
                List<String> t = tokens(s);
                if (t.isEmpty() || s.matches(".*[^A-Z0-9_.'\\-].*")) {
                    continue; // parentheses, commas and the like: not a plain name
                }
                // "RUSSIAN_FOREIGN_MINISTER_LAVROV", "SECRETARY_RICE", "GENERAL_MUSHARRAF"
                // (not a nationality word alone: VLADIMIR is also a Russian city)
                int p = nationalityPrefix(t);
                if (p < t.size() && TITLE_WORDS.contains(t.get(p)) || TITLE_WORDS.contains(t.get(0))
                        || t.stream().anyMatch(TITLE_ANYWHERE::contains)) {
                    continue;
                }
                if (t.stream().anyMatch(NON_NAME_WORDS::contains)) {
                    continue;
                }
                String a = titleCase(s);
                if (seen.add(a.toLowerCase(Locale.ROOT))) {
                    out.add(a);
                }
            }
            return new ArrayList<>(out);
        }

        private List<TenureRow> resolve() {
            List<Candidate> accepted = new ArrayList<>();
            List<Candidate> singles = new ArrayList<>();
            List<Candidate> pending = new ArrayList<>();
            Map<String, List<String>> evidence = new LinkedHashMap<>(); // entry|role -> description

            for (Entry e : entries) {
                if (isTitleEntry(e)) {
                    continue; // e.g. FOREIGN_MINISTER_ABDULLAH: a titled alias, not a name
                }
                // 1. comments on date lines
                Set<String> rolesWithComment = new HashSet<>();
                for (DateLine d : e.dates) {
                    if (!d.valid || !d.code.startsWith(d.alpha3 + "GOV")) {
                        continue;
                    }
                    String r = roleFromComment(d.comment, d.alpha3);
                    if (r != null) {
                        accepted.add(new Candidate(e, r, d, 'A'));
                        rolesWithComment.add(r);
                    }
                }
                // 2. title synonyms: role -> countries where the title means that role
                Map<String, List<Predicate<String>>> titleRoles = new LinkedHashMap<>();
                for (String s : e.synonyms) {
                    for (Title t : titlesOf(s, e)) {
                        titleRoles.computeIfAbsent(t.role(), k -> new ArrayList<>()).add(t.countries());
                    }
                }
                for (Map.Entry<String, List<Predicate<String>>> tr : titleRoles.entrySet()) {
                    String role = tr.getKey();
                    if (rolesWithComment.contains(role)) {
                        continue; // the comment already says which line
                    }
                    List<DateLine> cands = new ArrayList<>();
                    Set<String> ranges = new HashSet<>();
                    boolean anyGov = false;
                    for (DateLine d : e.dates) {
                        if (!d.valid || !d.code.equals(d.alpha3 + "GOV")) {
                            continue;
                        }
                        anyGov = true;
                        if (d.comment != null && POST_COMMENT.matcher(d.comment).find()) {
                            continue; // the line is for another post
                        }
                        if (tr.getValue().stream().noneMatch(p -> p.test(d.alpha3))) {
                            continue;
                        }
                        if (ranges.add(d.alpha3 + d.start + d.end)) {
                            cands.add(d); // identical duplicate lines count once
                        }
                    }
                    if (cands.isEmpty()) {
                        if (!anyGov) {
                            stats.untied.add(describe(e, role, "no plain GOV date line"));
                        }
                        continue; // a title meant for other countries (Iran's President)
                    }
                    evidence.put(key(e, role), List.of());
                    for (DateLine d : cands) {
                        (cands.size() == 1 ? singles : pending).add(new Candidate(e, role, d, 'B'));
                    }
                }
            }

            // single candidates, in date order: refuse a line that starts inside another
            // holder's accepted tenure and overlaps it by more than half a year (usually the
            // line is for another post, e.g. Maduro's 2006 foreign ministry under Chavez)
            singles.sort(Comparator.comparing((Candidate c) -> c.line().start,
                    Comparator.nullsFirst(Comparator.naturalOrder())));
            for (Candidate c : singles) {
                Candidate clash = overlapping(c, accepted);
                if (clash == null) {
                    accepted.add(c);
                } else {
                    stats.untied.add(describe(c.entry(), c.role(), "its only GOV line "
                            + range(c.line()) + " overlaps " + titleCase(clash.entry().primary)
                            + " " + range(clash.line())));
                }
            }

            // several candidates: take those that chain with another holder's accepted line
            // and do not start inside another holder's tenure (one holder at a time)
            boolean changed = true;
            while (changed) {
                changed = false;
                for (java.util.Iterator<Candidate> it = pending.iterator(); it.hasNext(); ) {
                    Candidate c = it.next();
                    boolean chained = accepted.stream().anyMatch(x -> chains(c, x));
                    if (chained && overlapping(c, accepted) == null) {
                        accepted.add(new Candidate(c.entry(), c.role(), c.line(), 'b'));
                        it.remove();
                        changed = true;
                    }
                }
            }
            Set<String> tied = new HashSet<>();
            for (Candidate c : accepted) {
                tied.add(key(c.entry(), c.role()));
            }
            for (Candidate c : pending) {
                String k = key(c.entry(), c.role());
                if (!tied.contains(k) && tied.add(k)) {
                    stats.untied.add(describe(c.entry(), c.role(),
                            "several GOV lines, none chains with another holder's tenure"));
                }
            }

            // rows
            Map<String, TenureRow> rows = new LinkedHashMap<>();
            for (Candidate c : accepted) {
                DateLine d = c.line();
                String a2 = alpha2(d.alpha3);
                if (a2 == null) {
                    stats.count(stats.unmappedCountryCodes, d.alpha3);
                    continue;
                }
                if (d.end != null && d.end.isBefore(CUTOFF)) {
                    stats.beforeCutoff++;
                    continue;
                }
                if (d.start == null) {
                    stats.noStart++;
                    continue;
                }
                Entry e = c.entry();
                String nameEn = personName(e);
                String id = slug(nameEn);
                String k = id + "|" + a2 + "|" + c.role() + "|" + d.start + "|" + d.end;
                if (rows.containsKey(k)) {
                    continue; // the same tenure twice
                }
                rows.put(k, new TenureRow(id, nameEn, aliases(e, nameEn), List.of(), a2, c.role(),
                        d.start, d.end, "phoenix:" + fileName + "#L" + d.lineNo));
                stats.count(stats.rowsByEvidence, evidenceName(c.evidence()));
            }
            List<TenureRow> out = new ArrayList<>(rows.values());
            out.sort(Comparator.comparing(TenureRow::country)
                    .thenComparing(TenureRow::personId)
                    .thenComparing(TenureRow::start)
                    .thenComparing(TenureRow::role)
                    .thenComparing(r -> r.end() == null ? LocalDate.MAX : r.end()));
            return out;
        }

        private static String key(Entry e, String role) {
            return System.identityHashCode(e) + "|" + role;
        }

        private static String range(DateLine d) {
            return (d.start == null ? "" : d.start.toString()) + ".."
                    + (d.end == null ? "" : d.end.toString());
        }

        private static String evidenceName(char k) {
            switch (k) {
                case 'A':
                    return "date-line comment";
                case 'B':
                    return "title synonym, single GOV line";
                default:
                    return "title synonym, chained";
            }
        }

        /** Same country and role, another person, one's end within CHAIN_DAYS of the other's start. */
        private boolean chains(Candidate a, Candidate b) {
            if (samePerson(a, b) || !a.role().equals(b.role())
                    || !a.line().alpha3.equals(b.line().alpha3)) {
                return false;
            }
            return close(a.line().end, b.line().start) || close(b.line().end, a.line().start);
        }

        /**
         * An accepted line of another person (same country and role) during which c starts and
         * which c overlaps by more than MAX_SINGLE_OVERLAP_DAYS days; null if none.
         */
        private Candidate overlapping(Candidate c, List<Candidate> accepted) {
            for (Candidate x : accepted) {
                if (samePerson(c, x) || !c.role().equals(x.role())
                        || !c.line().alpha3.equals(x.line().alpha3)) {
                    continue;
                }
                LocalDate cs = max(c.line().start, null);
                LocalDate xs = max(x.line().start, null);
                if (cs.isBefore(xs)) {
                    continue; // c began first: at most a stale open end, not another post
                }
                long days = ChronoUnit.DAYS.between(max(cs, xs), min(c.line().end, x.line().end));
                if (days > MAX_SINGLE_OVERLAP_DAYS) {
                    return x;
                }
            }
            return null;
        }

        private boolean samePerson(Candidate a, Candidate b) {
            return a.entry() == b.entry() || slug(personName(a.entry())).equals(slug(personName(b.entry())));
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            LocalDate x = a == null ? LocalDate.of(1, 1, 1) : a;
            LocalDate y = b == null ? LocalDate.of(1, 1, 1) : b;
            return x.isAfter(y) ? x : y;
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            LocalDate x = a == null ? LocalDate.of(9999, 12, 31) : a;
            LocalDate y = b == null ? LocalDate.of(9999, 12, 31) : b;
            return x.isBefore(y) ? x : y;
        }

        private static boolean close(LocalDate end, LocalDate start) {
            return end != null && start != null
                    && Math.abs(ChronoUnit.DAYS.between(end, start)) <= CHAIN_DAYS;
        }

        private String describe(Entry e, String role, String why) {
            return personName(e) + " (L" + e.primaryLine + ") " + role + ": " + why;
        }
    }
}
