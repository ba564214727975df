package app.sala.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on the response before anyone else writes to it, on every
 * dispatch: Vaadin's pages and static files (forwarded to the Vaadin servlet), the API, the
 * actuator and error pages (the error dispatch sets them again, in case a handler reset the
 * response).
 */
class SecurityHeadersFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http && !http.isCommitted()) {
            SecurityHeaders.applyTo(http);
        }
        chain.doFilter(request, response);
    }
}
