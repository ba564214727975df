package app.sala.security;

import app.sala.api.ApiProperties;
import app.sala.api.TokenBucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One token bucket per client address for {@code /api/**}. A kiosk's own page asks for a clip
 * every few seconds while reading aloud and one answer per question; the limit is there for a
 * runaway script or a machine on the network that floods the speech engines.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiRateLimitFilter.class);

    private final ApiProperties.RateLimit limit;
    private final TokenBucket.PerKey buckets;

    ApiRateLimitFilter(ApiProperties.RateLimit limit, LongSupplier clock) {
        this.limit = limit;
        this.buckets = new TokenBucket.PerKey(limit.capacity(), limit.refillPerSecond(), clock);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TokenBucket.Refusal refusal = buckets.tryTake(request.getRemoteAddr());
        if (refusal.refused()) {
            long retryAfter = refusal.retryAfterSeconds();
            if (refusal.first()) {
                // The address only: no path or query, they may hold what a visitor said.
                log.warn("API rate limit reached for {}; refusing until its requests slow down", request.getRemoteAddr());
            }
            response.setHeader("Retry-After", String.valueOf(retryAfter));
            ApiErrorWriter.write(response, HttpStatus.TOO_MANY_REQUESTS, "too many requests: at most "
                    + limit.capacity() + " at once and " + limit.refillPerSecond() + " a second; try again in "
                    + retryAfter + " s");
            return;
        }
        chain.doFilter(request, response);
    }

    /** How many client addresses have a bucket now. */
    int trackedAddresses() {
        return buckets.size();
    }
}
