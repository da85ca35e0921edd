package org.bilateralkg.server;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;

/**
 * Read-only answers to what the query UI asks the server: {@code /$/server} (version, uptime,
 * datasets and their services) and {@code GET /$/datasets[/NAME]}. Nothing here changes anything:
 * creating, deleting, backing up or compacting datasets does not exist on this server.
 */
final class ServerInfoServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        DataAccessPointRegistry registry = DataAccessPointRegistry.get(getServletContext());
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        JsonBuilder b = new JsonBuilder();
        if (path.equals("/$/server")) {
            b.startObject();
            b.pair("version", Fuseki.VERSION);
            b.pair("startDateTime", Fuseki.serverStartedAt());
            b.pair("uptime", Fuseki.serverUptimeSeconds());
            b.key("datasets");
            JsonDescription.arrayDatasets(b, registry);
            b.finishObject();
        } else if (path.equals("/$/datasets") || path.equals("/$/datasets/")) {
            b.startObject();
            b.key("datasets");
            JsonDescription.arrayDatasets(b, registry);
            b.finishObject();
        } else if (path.startsWith("/$/datasets/")) {
            String name = "/" + path.substring("/$/datasets/".length());
            DataAccessPoint dap = registry.get(name);
            if (dap == null) {
                Web.text(resp, 404, "No dataset " + name);
                return;
            }
            JsonDescription.describe(b, dap);
        } else {
            Web.text(resp, 404, "Not found");
            return;
        }
        resp.setStatus(200);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        OutputStream out = resp.getOutputStream();
        JSON.write(out, b.build());
        out.write('\n');
        out.flush();
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
