package org.bilateralkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Reads DIR/gold/*.json (docs/EVAL.md). */
final class GoldSet {
    private GoldSet() {
    }

    static Map<String, GoldArticle> read(Path goldDir) throws IOException {
        Map<String, GoldArticle> out = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            String id = f.getFileName().toString().replaceFirst("\\.json$", "");
            JsonObject o;
            try {
                o = JSON.parse(Files.readString(f, StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                throw new IOException(f + ": not a JSON object: " + e.getMessage());
            }
            out.put(id, parse(id, o));
        }
        return out;
    }

    private static GoldArticle parse(String id, JsonObject o) {
        Set<String> meetings = new LinkedHashSet<>();
        Set<String> participants = new LinkedHashSet<>();
        for (JsonValue v : array(o, "meetings")) {
            JsonObject m = v.getAsObject();
            String key = FactKeys.meeting(string(m, "date"), string(m, "location"), strings(m, "countries"));
            meetings.add(key);
            for (String p : strings(m, "participants")) {
                participants.add(FactKeys.participant(key, p));
            }
        }
        Set<String> statements = new LinkedHashSet<>(strings(o, "statements").stream().map(String::toUpperCase).toList());
        Set<String> commitments = new LinkedHashSet<>();
        for (JsonValue v : array(o, "commitments")) {
            JsonObject c = v.getAsObject();
            commitments.add(FactKeys.commitment(string(c, "country"), string(c, "topic")));
        }
        boolean negative = o.hasKey("negative") && o.get("negative").isBoolean() && o.get("negative").getAsBoolean().value();
        return new GoldArticle(id, negative, meetings, participants, statements, commitments);
    }

    private static List<JsonValue> array(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        JsonArray a = v.getAsArray();
        return new ArrayList<>(a);
    }

    private static List<String> strings(JsonObject o, String key) {
        return array(o, key).stream().map(v -> v.getAsString().value()).toList();
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? null : v.getAsString().value();
    }
}
