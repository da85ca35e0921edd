package org.bilateralkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bilateralkg.it.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Wrong credentials through the real server: each one logged (time, address, user, never the
 * password); five within a minute and the address gets 429 with Retry-After, even with the right
 * password; reads stay open. Every way to a write endpoint without credentials is refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CredentialsFilterTest {
    static TestServer s;
    static Path users;

    @BeforeAll
    static void start() throws Exception {
        users = Files.createTempFile("bkg-users", ".properties");
        Files.writeString(users, "editor: s3cret-pass\n");
        s = TestServer.start(ServerConfig.defaults().withUpdateUsers(users), false);
    }

    @AfterAll
    static void stop() throws Exception {
        if (s != null) {
            s.close();
        }
        Files.deleteIfExists(users);
    }

    static String q(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    HttpResponse<String> update(String authorization) throws Exception {
        return s.send("POST", "/kg/update", "application/sparql-update", "INSERT DATA { GRAPH <urn:g:x> { <a:x> <a:y> <a:z> } }",
                "Authorization", authorization);
    }

    @Test
    @Order(1)
    void everyPathToAWriteEndpointNeedsCredentials() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:g:sneak> { <a:s> <a:p> <a:o> } }";
        for (String path : List.of("/kg/update", "/kg/update/", "/kg//update", "/kg/./update", "/kg/%75pdate", "/kg/data",
                "/kg/data?default", "/kg/compact", "/ui/kg/update", "/kg/UPDATE")) {
            HttpResponse<String> r = s.send("POST", path, "application/sparql-update", insert);
            assertTrue(r.statusCode() >= 400, path + " answered " + r.statusCode());
        }
        assertEquals(401, s.send("POST", "/kg/compact", null, null).statusCode());
        assertFalse(s.get("/kg/query?query=" + q("ASK { GRAPH ?g { <a:s> ?p ?o } }"), "Accept", "application/sparql-results+json")
                .body().contains("true"), "nothing was written");
    }

    @Test
    @Order(2) // last: it leaves this address blocked
    void wrongCredentialsAreLoggedThenRateLimited() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < LoginGuard.MAX_FAILURES; i++) {
                assertEquals(401, update(UpdateAuthTest.basic("intruder", "guess-" + i)).statusCode(), "attempt " + i);
            }
            HttpResponse<String> blocked = update(UpdateAuthTest.basic("intruder", "guess-x"));
            assertEquals(429, blocked.statusCode());
            long retry = Long.parseLong(blocked.headers().firstValue("Retry-After").orElse("0"));
            assertTrue(retry > 60 && retry <= LoginGuard.BLOCK.toSeconds(), "Retry-After " + retry);
            assertEquals(429, update(UpdateAuthTest.basic("editor", "s3cret-pass")).statusCode(),
                    "while blocked, not even the right password is tried");
            assertEquals(200, s.get("/kg/query?query=" + q("ASK {}")).statusCode(), "reads without credentials stay open");
        } finally {
            System.setErr(old);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        List<String> lines = log.lines().filter(l -> l.contains("wrong credentials from")).toList();
        assertEquals(LoginGuard.MAX_FAILURES, lines.size(), log);
        assertTrue(lines.get(0).matches(".*\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*Z wrong credentials from 127\\.0\\.0\\.1 for user \"intruder\".*"),
                lines.get(0));
        assertTrue(log.contains("127.0.0.1 refused for 300 s (429)"), log);
        assertFalse(log.contains("guess-"), "passwords are never logged");
        assertFalse(log.contains("s3cret"), "passwords are never logged");
    }
}
