package org.bilateralkg.server;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * CORS for reads: any origin may GET, HEAD and POST (SPARQL queries by POST) and read the answer,
 * without credentials, so browser clients elsewhere (YASGUI, notebooks) can query. Fuseki's own
 * CORS filter, configured here rather than with its defaults (which also allow PUT, DELETE, PATCH).
 */
final class CorsFilter implements Filter {
    private static final Map<String, String> PARAMS = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
            CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
            CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin,Accept-Language",
            CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Cache-Control,Content-Language,Content-Length,Content-Type,Content-Location,Expires,Last-Modified,Link,Location,Vary",
            CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
            CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");

    private final CrossOriginFilter delegate = new CrossOriginFilter();

    @Override
    public void init(FilterConfig outer) throws ServletException {
        delegate.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "bkg-cors";
            }

            @Override
            public ServletContext getServletContext() {
                return outer == null ? null : outer.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return PARAMS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(PARAMS.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        delegate.doFilter(request, response, chain);
    }

    @Override
    public void destroy() {
        delegate.destroy();
    }
}
