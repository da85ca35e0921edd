package org.bilateralkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The actors and topics views in the graph formats, and the filters of every view. */
class OtherViewsTest {

    @ParameterizedTest
    @ValueSource(strings = {"countries", "actors", "topics"})
    void everyGraphViewValidatesAndRenders(String view, @TempDir Path tmp) throws Exception {
        SeedExports.validate(SeedExports.schema("graphml.xsd"), SeedExports.export(view, "graphml"));
        SeedExports.validate(SeedExports.schema("gexf.xsd"), SeedExports.export(view, "gexf"));
        JsonObject cy = JsonParser.parseString(new String(SeedExports.export(view, "cytoscape"), StandardCharsets.UTF_8)).getAsJsonObject();
        assertTrue(cy.getAsJsonObject("elements").getAsJsonArray("edges").size() > 0, view);
        if (Files.isExecutable(Path.of("/usr/bin/dot"))) {
            Path in = tmp.resolve(view + ".dot");
            Files.write(in, SeedExports.export(view, "dot"));
            Process p = new ProcessBuilder("/usr/bin/dot", "-Tsvg", "-o", tmp.resolve(view + ".svg").toString(), in.toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), view + ": " + output);
        }
    }

    @Test
    void actorsLinkPeopleToTheirMeetingAndCountry() throws Exception {
        String csv = new String(SeedExports.export("actors", "csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("https://bilateral-kg.org/id/person/sergey-lavrov,https://bilateral-kg.org/id/meeting/"), csv);
        assertTrue(csv.contains("https://bilateral-kg.org/id/person/wang-yi,https://bilateral-kg.org/id/country/CN,"), csv);
        String nodes = new String(SeedExports.export("actors", "csv", "part=nodes"), StandardCharsets.UTF_8);
        assertTrue(nodes.contains(",Wang Yi,person,"), nodes);
        assertTrue(nodes.contains(",Russia,country,RU,"), nodes);
    }

    @Test
    void topicsCarryTheStance() throws Exception {
        String csv = new String(SeedExports.export("topics", "csv", "country=RU"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("Source,Target,Weight,Type,Id,Label,"), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith(SeedExports.RU + ",https://bilateral-kg.org/id/topic/non-interference,1,Directed,")
                && l.contains(",support,")), csv);
        assertTrue(csv.lines().anyMatch(l -> l.contains("/topic/multipolarity,") && l.contains(",mentioned,")), csv);
        assertTrue(csv.lines().skip(1).allMatch(l -> l.startsWith(SeedExports.RU + ",")), "only Russia's: " + csv);
    }

    @Test
    void filtersSliceTheCountriesView() throws Exception {
        // The meeting was on 25 July; Lavrov's commitments are dated by the article (26 July).
        Map<String, String> day26 = ruCn("from=2024-07-26");
        assertEquals("0", day26.get("meetings"), day26.toString());
        assertEquals("2", day26.get("commitments"), day26.toString());
        Map<String, String> topic = ruCn("topic=non-interference");
        assertEquals("1", topic.get("commitments"), topic.toString());
        assertEquals("non-interference", topic.get("topics"));
        Map<String, String> all = ruCn();
        assertEquals("1", all.get("meetings"));
        assertEquals("8", all.get("commitments"));
        String none = new String(SeedExports.export("countries", "csv", "to=2024-07-24"), StandardCharsets.UTF_8);
        assertEquals(1, none.lines().count(), "nothing before the meeting: " + none);
    }

    @Test
    void eventsAreOneRowPerMeetingStatementAndCommitment() throws Exception {
        List<String> rows = new String(SeedExports.export("events", "csv"), StandardCharsets.UTF_8).lines().toList();
        assertEquals(1 + 1 + 7 + 8, rows.size(), "header, 1 meeting, 7 statements, 8 commitments: " + rows);
        List<String> topic = new String(SeedExports.export("events", "csv", "topic=non-interference"), StandardCharsets.UTF_8)
                .lines().toList();
        assertEquals(3, topic.size(), "Lavrov's statement and commitment on non-interference: " + topic);
    }

    private static Map<String, String> ruCn(String... filters) throws Exception {
        String csv = new String(SeedExports.export("countries", "csv", filters), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        String row = lines.stream().filter(l -> l.startsWith(SeedExports.CN + "," + SeedExports.RU + ",")).findFirst()
                .orElseThrow(() -> new AssertionError("no CN–RU edge: " + csv));
        String[] cells = row.split(",", -1);
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), cells[i]);
        }
        return m;
    }
}
