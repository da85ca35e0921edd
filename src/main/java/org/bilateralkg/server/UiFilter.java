package org.bilateralkg.server;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.server.Dispatcher;

/**
 * The Fuseki query UI (YASGUI, the static files of the jena-fuseki-ui jar) at {@code /ui/}, read-only.
 * <p>
 * The UI takes the page's own path as the server's root: at {@code /ui/} it asks
 * {@code /ui/$/server}, {@code /ui/$/ping}, {@code /ui/$/stats/kg} and queries {@code /ui/kg/query}.
 * Here those few read requests are answered by the same handlers as {@code /$/...} and
 * {@code /kg/query}; every other request under {@code /ui/} (uploads, edits, dataset creation,
 * deletion, backups) is refused with 403. Fuseki's admin module, which the UI module normally needs,
 * is not installed at all.
 */
final class UiFilter implements Filter {
    private static final Pattern ADMIN_READ = Pattern.compile("/\\$/(ping|server|stats(/[A-Za-z0-9_-]*)?|datasets(/[A-Za-z0-9_-]*)?)/?");
    private static final Pattern QUERY = Pattern.compile("/kg(/(query|sparql|get))?/?");
    private static final Set<String> QUERY_METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String uri = req.getRequestURI();
        if (!uri.equals("/ui") && !uri.startsWith("/ui/")) {
            chain.doFilter(request, response);
            return;
        }
        String method = req.getMethod();
        String path = uri.substring(3);
        boolean head = "HEAD".equals(method);
        if (path.isEmpty()) {
            resp.setStatus(301);
            resp.setHeader("Location", Web.origin(req) + "/ui/");
            return;
        }
        if (ADMIN_READ.matcher(path).matches() && (method.equals("GET") || head)) {
            req.getRequestDispatcher(path).forward(req, resp);
            return;
        }
        if (QUERY.matcher(path).matches() && QUERY_METHODS.contains(method)) {
            HttpServletRequest inner = new Rerooted(req, path);
            if (!Dispatcher.dispatch(inner, resp)) {
                Web.text(resp, 404, "Not found");
            }
            return;
        }
        if (path.startsWith("/$/") || path.startsWith("/kg")) {
            Web.text(resp, 403, "The query UI here is read-only: uploads, edits and dataset administration are not available.");
            return;
        }
        if (!method.equals("GET") && !head) {
            Web.text(resp, 405, "Method not allowed");
            return;
        }
        String file = path.equals("/") ? "index.html" : path.substring(1);
        // index.html changes with the UI version; the hashed files under static/ never do.
        Resources.send("webapp", file, resp, head, file.startsWith("static/") ? "public, max-age=86400" : "no-cache");
    }

    /** The request as if it had been sent to the path without the /ui prefix. */
    private static final class Rerooted extends HttpServletRequestWrapper {
        private final String path;

        Rerooted(HttpServletRequest req, String path) {
            super(req);
            this.path = path;
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(Web.origin((HttpServletRequest) getRequest()) + getRequestURI());
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public String getPathInfo() {
            return null;
        }
    }
}
