package app.sala.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.api.ApiProperties;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The rate limit filter on its own, with a clock the test moves: one bucket per client address. */
class ApiRateLimitFilterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger served = new AtomicInteger();
    private final ApiRateLimitFilter filter = new ApiRateLimitFilter(new ApiProperties.RateLimit(true, 2, 1), now::get);

    @Test
    void eachAddressHasItsOwnBucket() throws Exception {
        assertThat(request("10.0.0.1")).isEqualTo(200);
        assertThat(request("10.0.0.1")).isEqualTo(200);
        assertThat(request("10.0.0.1")).isEqualTo(429);

        assertThat(request("10.0.0.2")).as("another kiosk on the network").isEqualTo(200);
        assertThat(served).hasValue(3);
    }

    @Test
    void aRefusedClientIsServedAgainOnceItsBucketRefills() throws Exception {
        request("10.0.0.1");
        request("10.0.0.1");
        MockHttpServletResponse refused = response("10.0.0.1");

        now.addAndGet(SECOND);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentAsString()).contains("\"status\":429");
        assertThat(request("10.0.0.1")).isEqualTo(200);
        assertThat(request("10.0.0.1")).isEqualTo(429);
    }

    @Test
    void manyAddressesDoNotGrowTheBucketsWithoutEnd() throws Exception {
        for (int i = 0; i < 5000; i++) {
            request("fd00::" + Integer.toHexString(i));
            now.addAndGet(SECOND);
        }

        assertThat(request("10.0.0.9")).isEqualTo(200);
        assertThat(served).hasValue(5001);
        assertThat(filter.trackedAddresses()).isLessThanOrEqualTo(1025 + 1);
    }

    private int request(String address) throws Exception {
        return response(address).getStatus();
    }

    private MockHttpServletResponse response(String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/speech");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                served.incrementAndGet();
                res.setStatus(200);
            }
        }));
        return response;
    }
}
