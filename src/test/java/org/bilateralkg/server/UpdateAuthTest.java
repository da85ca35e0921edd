package org.bilateralkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.bilateralkg.it.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With --update-users, writes exist and demand HTTP authentication: anonymous attempts get 401. */
class UpdateAuthTest {
    static TestServer s;
    static Path users;

    @BeforeAll
    static void start() throws Exception {
        users = Files.createTempFile("bkg-users", ".properties");
        Files.writeString(users, "editor: s3cret-pass\n");
        s = TestServer.start(ServerConfig.defaults().withUpdateUsers(users).withCannedQueries(SeedStore.HOME.resolve("queries")), false);
    }

    @AfterAll
    static void stop() throws Exception {
        if (s != null) {
            s.close();
        }
        // Jetty's login service keeps watching the file for a while after stop: deleting it now makes
        // that thread log a warning into whichever test runs next, so it goes at JVM exit instead.
        users.toFile().deleteOnExit();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    boolean ask(String query) throws Exception {
        return s.get("/kg/query?query=" + q(query), "Accept", "application/sparql-results+json").body().contains("true");
    }

    @Test
    void anonymousWritesGet401() throws Exception {
        HttpResponse<String> r = s.send("POST", "/kg/update", "application/x-www-form-urlencoded",
                "update=" + q("INSERT DATA { GRAPH <urn:g:anon> { <a:anon> <a:c> <a:d> } }"));
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, s.send("POST", "/kg/update", "application/x-www-form-urlencoded",
                "update=" + q("INSERT DATA { <a:anon> <a:c> <a:d> }"), "Authorization", basic("editor", "wrong")).statusCode());
        assertEquals(401, s.send("PUT", "/kg/data?graph=" + q("urn:g:anon"), "text/turtle", "<a:anon> <a:c> <a:d> .").statusCode());
        assertTrue(!ask("ASK { GRAPH ?g { <a:anon> ?p ?o } }"), "nothing was written");
    }

    @Test
    void authenticatedWritesAreAccepted() throws Exception {
        HttpResponse<String> r = s.send("POST", "/kg/update", "application/x-www-form-urlencoded",
                "update=" + q("INSERT DATA { GRAPH <urn:g:editor> { <a:b> <a:c> <a:d> } }"), "Authorization", basic("editor", "s3cret-pass"));
        assertTrue(r.statusCode() >= 200 && r.statusCode() < 300, "update answered " + r.statusCode() + " " + r.body());
        assertTrue(ask("ASK { GRAPH <urn:g:editor> { <a:b> <a:c> <a:d> } }"));
        HttpResponse<String> put = s.send("PUT", "/kg/data?graph=" + q("urn:g:gsp"), "text/turtle", "<a:x> <a:y> <a:z> .",
                "Authorization", basic("editor", "s3cret-pass"));
        assertTrue(put.statusCode() >= 200 && put.statusCode() < 300, "GSP PUT " + put.statusCode());
        assertTrue(ask("ASK { GRAPH <urn:g:gsp> { <a:x> <a:y> <a:z> } }"));
    }

    @Test
    void readsStayOpenToEveryone() throws Exception {
        assertEquals(200, s.get("/kg/query?query=" + q("ASK {}")).statusCode());
        assertEquals(200, s.get("/kg/get?graph=" + q("https://bilateral-kg.org/graph/derived/meetings")).statusCode());
        assertEquals(200, s.get("/page/person/sergey-lavrov").statusCode());
        assertEquals(303, s.get("/id/person/sergey-lavrov").statusCode());
    }

    @Test
    void anotherSiteCannotWriteWithTheUsersPassword() throws Exception {
        HttpResponse<String> r = s.send("POST", "/kg/update", "application/x-www-form-urlencoded",
                "update=" + q("INSERT DATA { GRAPH <urn:g:csrf> { <a:csrf> <a:c> <a:d> } }"),
                "Authorization", basic("editor", "s3cret-pass"), "Origin", "https://evil.example");
        assertTrue(r.statusCode() == 403 || r.statusCode() == 401, "cross-site write answered " + r.statusCode());
        assertTrue(!ask("ASK { GRAPH ?g { <a:csrf> ?p ?o } }"));
    }
}
