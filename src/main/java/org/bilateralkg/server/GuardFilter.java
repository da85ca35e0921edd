package org.bilateralkg.server;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What keeps the server safe to leave running, before anything else sees a request:
 * <ul>
 * <li>a cap on the request body (413 when Content-Length says more; a longer body sent without
 * a length fails when it passes the cap); users authenticated by {@link CredentialsFilter}, which
 * runs first, get the larger cap for writers;</li>
 * <li>administration refused: under {@code /$/} only the read-only ping, server description,
 * dataset list and statistics answer, to GET; creating, deleting, backing up, compacting or
 * reloading datasets get 403 (those operations are not even installed);</li>
 * <li>writes only from this site or from non-browser clients: a cross-site Origin on a write is
 * refused (a browser that holds the password must not be used by another page);</li>
 * <li>no MIME sniffing, no framing by other sites; no TRACE.</li>
 * </ul>
 */
final class GuardFilter implements Filter {
    private static final Pattern READ_ONLY_ADMIN = Pattern.compile("/\\$/(ping|server|stats(/[^/]*)?|datasets(/[^/]*)?)/?");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** The endpoints that only read, whatever the method (SPARQL query by POST is a read). */
    private static final Pattern READ_ENDPOINTS = Pattern.compile("/(ui/)?kg(/(query|sparql|get))?/?");

    private static final Pattern WRITE_ENDPOINTS = Pattern.compile("/(ui/)?kg/(update|upload|compact)/?");

    private final long maxBytes;
    private final long maxWriterBytes;
    private final boolean readOnly;

    GuardFilter(long maxBytes, long maxWriterBytes, boolean readOnly) {
        this.maxBytes = maxBytes;
        this.maxWriterBytes = maxWriterBytes;
        this.readOnly = readOnly;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String method = req.getMethod();
        String path = req.getRequestURI();
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "SAMEORIGIN");

        if ("TRACE".equals(method) || "CONNECT".equals(method)) {
            Web.text(resp, 405, "Method not allowed");
            return;
        }
        long length = req.getContentLengthLong();
        long cap = req.getRemoteUser() != null ? maxWriterBytes : maxBytes;
        if (length > cap) {
            resp.setHeader("Connection", "close");
            Web.text(resp, 413, "Request too large: at most " + cap + " bytes");
            return;
        }
        if (path.startsWith("/$/") || path.equals("/$")) {
            if (!READ_METHODS.contains(method) || !READ_ONLY_ADMIN.matcher(path).matches()) {
                Web.text(resp, 403, "Administration is not available on this server: datasets cannot be created, "
                        + "deleted or reloaded over HTTP (with --update-users, authenticated users compact at /kg/compact).");
                return;
            }
        }
        if (readOnly && WRITE_ENDPOINTS.matcher(path).matches()) {
            Web.text(resp, 404, "This server is read-only: there is no update endpoint. "
                    + "Start it with --update-users FILE to accept authenticated updates.");
            return;
        }
        if (!READ_METHODS.contains(method) && !READ_ENDPOINTS.matcher(path).matches()) {
            String origin = req.getHeader("Origin");
            if (origin != null && !origin.equals(Web.origin(req))) {
                Web.text(resp, 403, "Writes are not accepted from another site (Origin " + origin + ")");
                return;
            }
        }
        if (length < 0 && !READ_METHODS.contains(method)) {
            chain.doFilter(new Capped(req, cap), resp);
            return;
        }
        chain.doFilter(req, resp);
    }

    /** A request whose body stream fails once it passes the cap. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        Capped(HttpServletRequest req, long max) {
            super(req);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long n;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++n > max) {
                            throw new IOException("request body larger than " + max + " bytes");
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int r = in.read(buf, off, len);
                        if (r > 0 && (n += r) > max) {
                            throw new IOException("request body larger than " + max + " bytes");
                        }
                        return r;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener l) {
                        in.setReadListener(l);
                    }
                };
            }
            return stream;
        }
    }
}
