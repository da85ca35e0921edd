package org.bilateralkg.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.bilateralkg.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The corpus varies along every axis the issue names, and the template engine does what its syntax says. */
class SynthVarietyTest {
    static ReferenceData ref;
    static SynthGenerator generator;

    @BeforeAll
    static void load() {
        ref = ReferenceData.load(Path.of(System.getProperty("bkg.home")), "https://bilateral-kg.org/");
        generator = new SynthGenerator(ref);
    }

    @Test
    void everyKindOfVariationOccurs() {
        SynthGenerator.Options o = new SynthGenerator.Options(3000, List.of("hi", "en"), 17, 0);
        Map<String, Integer> seen = new HashMap<>();
        Set<String> countries = new HashSet<>();
        Set<String> people = new HashSet<>();
        Set<String> topics = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        Map<String, Pattern> features = new HashMap<>();
        features.put("en weekday", Pattern.compile(" on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"));
        features.put("en day-month", Pattern.compile(" on ([A-Z][a-z]+ [0-9]{1,2}|[0-9]{1,2} [A-Z][a-z]+)[ .,](?![0-9]{4})"));
        features.put("en full date", Pattern.compile("[0-9]{1,2},? [0-9]{4}"));
        features.put("en here", Pattern.compile(" here "));
        features.put("en dateline", Pattern.compile("^[A-Z .'-]{3,}(, [A-Z][a-z]+ [0-9]+)?( \\([^)]+\\))? - "));
        features.put("en appeal", Pattern.compile(" should "));
        features.put("en retrospective", Pattern.compile(" have (maintained|expanded|deepened|strengthened|upheld|respected)"));
        features.put("en quote", Pattern.compile("\"[A-Z][^\"]+,\" "));
        features.put("en approx duration", Pattern.compile("(about|nearly|more than) (an|two|three) hour"));
        features.put("hi weekday", Pattern.compile("(सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार) को"));
        features.put("hi today", Pattern.compile("आज "));
        features.put("hi here", Pattern.compile("यहां"));
        features.put("hi devanagari digits", Pattern.compile("[०-९]"));
        features.put("hi latin name", Pattern.compile("[ऀ-ॿ][^\\n]* [A-Z][a-z]+ [^\\n]*[ऀ-ॿ]"));
        features.put("hi dateline", Pattern.compile("^[ऀ-ॿ ]+(, [0-9०-९]+ [ऀ-ॿ]+)? \\([^)]+\\):? "));
        features.put("hi says", Pattern.compile("ने कहा कि"));
        features.put("hi according to", Pattern.compile("के अनुसार"));
        features.put("hi ready", Pattern.compile("तैयार (है|हैं)"));
        features.put("hi agreed", Pattern.compile("सहमति (जताई|व्यक्त की)"));
        features.put("hi committed", Pattern.compile("प्रतिबद्ध"));
        features.put("hi appeal", Pattern.compile("चाहिए"));
        features.put("caption", Pattern.compile("(?m)^\\| .* \\|$"));
        features.put("furniture", Pattern.compile("(?m)^(Comments \\(0\\)|टिप्पणी \\(0\\)|Advertisement|विज्ञापन)$"));
        for (int i = 0; i < o.articles(); i++) {
            SynthGenerator.Generated g = generator.article(o, i);
            count(seen, "kind " + g.kind());
            JsonObject article = JSON.parse(g.articleJsonl());
            String text = article.get("text").getAsString().value();
            years.add(Integer.parseInt(article.get("published").getAsString().value().substring(0, 4)));
            for (Map.Entry<String, Pattern> f : features.entrySet()) {
                if (f.getKey().startsWith(g.language()) || !f.getKey().matches("^(en|hi) .*")) {
                    if (f.getValue().matcher(text).find()) {
                        count(seen, f.getKey());
                    }
                }
            }
            JsonObject gold = JSON.parse(g.goldJson());
            Set<String> keys = new HashSet<>();
            for (JsonValue v : gold.get("meetings").getAsArray()) {
                JsonObject m = v.getAsObject();
                assertTrue(keys.add(m.get("date") + "|" + m.get("location") + "|" + m.get("countries")),
                        g.id() + ": two meetings are the same fact (date, place, countries)");
                count(seen, "status " + m.get("status").getAsString().value());
                count(seen, m.get("date").isNull() ? "undated meeting" : "dated meeting");
                count(seen, m.get("location").isNull() ? "meeting without place" : "meeting with place");
                m.get("countries").getAsArray().forEach(c -> countries.add(c.getAsString().value()));
                m.get("participants").getAsArray().forEach(p -> people.add(p.getAsString().value()));
            }
            if (gold.get("meetings").getAsArray().size() > 1) {
                count(seen, "several meetings");
            }
            for (JsonValue v : gold.get("commitments").getAsArray()) {
                JsonValue t = v.getAsObject().get("topic");
                topics.add(t.isNull() ? "-" : t.getAsString().value());
            }
            if (gold.get("negative").getAsBoolean().value() && !gold.get("statements").getAsArray().isEmpty()) {
                count(seen, "negative with statements");
            }
        }
        for (String k : List.of("sidelines", "visit", "talks", "call", "summit", "planned", "postponed", "cancelled",
                "statement", "neg.sport", "neg.weather", "neg.markets", "neg.domestic")) {
            assertTrue(seen.getOrDefault("kind " + k, 0) > 0, "no article of kind " + k + ": " + seen);
        }
        for (String f : features.keySet()) {
            assertTrue(seen.getOrDefault(f, 0) > 0, "never: " + f + " " + seen);
        }
        for (String k : List.of("status held", "status planned", "status postponed", "status cancelled", "undated meeting",
                "dated meeting", "meeting without place", "meeting with place", "several meetings", "negative with statements")) {
            assertTrue(seen.getOrDefault(k, 0) > 0, "never: " + k + " " + seen);
        }
        assertTrue(countries.size() >= 30, "countries " + countries.size());
        assertTrue(people.size() >= 150, "people " + people.size());
        assertTrue(topics.size() >= 30, "topics " + topics.size());
        assertTrue(years.size() >= 24, "publication years " + years);
    }

    private static void count(Map<String, Integer> m, String k) {
        m.merge(k, 1, Integer::sum);
    }

    @Test
    void templateSyntax() {
        Template t = Template.parse("{P1} met {P2}[ {PLACE}][ {DATE}] and [{DUR}|a] {#is|are} ok.{!WHERE}", "test");
        Map<String, String> v = new HashMap<>(Map.of("P1", "Lavrov", "P2", "Wang", "DATE", "on Thursday"));
        Set<String> used = new HashSet<>();
        assertEquals("Lavrov met Wang on Thursday and a is ok.", t.render(v::get, used));
        assertEquals(Set.of("P1", "P2", "DATE", "WHERE"), used);
        v.put("PLACE", "in Vientiane");
        v.put("DUR", "a 40-minute");
        Template.Values plural = new Template.Values() {
            @Override
            public String get(String name) {
                return v.get(name);
            }

            @Override
            public boolean plural() {
                return true;
            }
        };
        assertEquals("Lavrov met Wang in Vientiane on Thursday and a 40-minute are ok.", t.render(plural, new HashSet<>()));
        v.remove("P2");
        assertNull(t.render(v::get, new HashSet<>()), "a required value is missing");
        assertEquals(Set.of("P1", "P2", "PLACE", "DATE", "DUR", "WHERE"), t.names());
        assertEquals("x, y.", Template.tidy("x ,  y ."));
    }
}
