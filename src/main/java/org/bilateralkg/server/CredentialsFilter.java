package org.bilateralkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.http.auth.AuthHeader;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.security.UserStore;

/**
 * HTTP Basic authentication for the writers named in {@code --update-users}, done here rather than
 * by Jetty's security handler because that handler answers wrong credentials before any filter runs:
 * here every wrong attempt is seen, logged and counted by the {@link LoginGuard}, and an address that
 * keeps failing gets 429 with Retry-After.
 * <ul>
 * <li>The write endpoints ({@code /kg/update}, {@code /kg/data}, {@code /kg/compact}) demand a user: no
 * credentials, 401 with a Basic challenge.</li>
 * <li>Credentials sent to any other path are checked too (a wrong password is a wrong password).</li>
 * <li>A verified user travels on as the request's remote user, which Fuseki's per-endpoint policy
 * ({@code Auth.ANY_USER}) then requires: a path this filter missed would still be refused.</li>
 * </ul>
 * The password file is Jetty's realm format ({@code user: password}; OBF:, MD5: and CRYPT: work too).
 */
final class CredentialsFilter implements Filter {
    static final String REALM = "Bilateral KG";
    private static final Pattern NEEDS_USER = Pattern.compile("/(ui/)?kg/(update|data|compact)(/.*)?");

    private final UserStore users;
    private final LoginGuard guard;

    CredentialsFilter(UserStore users, LoginGuard guard) {
        this.users = users;
        this.guard = guard;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String header = req.getHeader("Authorization");
        boolean needsUser = NEEDS_USER.matcher(req.getRequestURI()).matches();
        if (header == null && !needsUser) {
            chain.doFilter(req, resp);
            return;
        }
        String address = req.getRemoteAddr();
        long wait = guard.retryAfterSeconds(address);
        if (wait > 0) {
            resp.setHeader("Retry-After", Long.toString(wait));
            resp.setHeader("Connection", "close");
            Web.text(resp, 429, "Too many wrong credentials from " + address + ": try again in " + wait + " s.");
            return;
        }
        if (header == null) {
            challenge(resp, "Authentication required: this endpoint is for the users of the server's --update-users file.");
            return;
        }
        AuthHeader auth = AuthHeader.parseAuth(header);
        if (auth == null || !auth.isBasicAuth()) {
            if (needsUser) {
                challenge(resp, "HTTP Basic authentication required.");
            } else {
                chain.doFilter(req, resp); // not ours to judge (another scheme on a public read)
            }
            return;
        }
        String[] userPassword = decode(auth.getBasicUserPassword());
        String user = userPassword == null ? null : userPassword[0];
        if (userPassword == null || !valid(user, userPassword[1])) {
            guard.failed(address, user, req.getMethod() + " " + req.getRequestURI());
            resp.setHeader("Connection", "close"); // do not read a large body sent with wrong credentials
            challenge(resp, "Wrong user name or password.");
            return;
        }
        chain.doFilter(new Authenticated(req, user), resp);
    }

    private boolean valid(String user, String password) {
        UserPrincipal principal = users.getUserPrincipal(user);
        return principal != null && principal.authenticate(password);
    }

    /** "user:password" from the base64 token, split at the first colon; null when malformed. */
    private static String[] decode(String token) {
        if (token == null) {
            return null;
        }
        String plain;
        try {
            plain = new String(Base64.getDecoder().decode(token.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = plain.indexOf(':');
        return colon < 0 ? null : new String[]{plain.substring(0, colon), plain.substring(colon + 1)};
    }

    private static void challenge(HttpServletResponse resp, String message) throws IOException {
        resp.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        Web.text(resp, 401, message);
    }

    /** The request as the rest of the server sees it once its user is verified. */
    private static final class Authenticated extends HttpServletRequestWrapper {
        private final String user;

        Authenticated(HttpServletRequest req, String user) {
            super(req);
            this.user = user;
        }

        @Override
        public String getRemoteUser() {
            return user;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> user;
        }

        @Override
        public String getAuthType() {
            return HttpServletRequest.BASIC_AUTH;
        }
    }
}
