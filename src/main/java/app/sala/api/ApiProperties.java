package app.sala.api;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP API ({@code /api/**}).
 *
 * @param maxBodySize       the largest request body, for every endpoint not listed below
 * @param maxBodySizeByPath larger (or smaller) limits for single endpoints, by exact path
 * @param rateLimit         requests per client address
 */
@ConfigurationProperties("sala.api")
public record ApiProperties(DataSize maxBodySize, Map<String, DataSize> maxBodySizeByPath, RateLimit rateLimit) {

    public ApiProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(16) : maxBodySize;
        maxBodySizeByPath = maxBodySizeByPath == null ? Map.of() : Map.copyOf(maxBodySizeByPath);
        rateLimit = rateLimit == null ? new RateLimit(true, 120, 20) : rateLimit;
    }

    /** The body limit for a path under {@code /api/}. */
    public long maxBodyBytes(String path) {
        return maxBodySizeByPath.getOrDefault(path, maxBodySize).toBytes();
    }

    /**
     * A token bucket per client address: {@code capacity} requests at once, then
     * {@code refillPerSecond} more each second.
     */
    public record RateLimit(boolean enabled, int capacity, double refillPerSecond) {

        public RateLimit {
            if (capacity < 1 || refillPerSecond <= 0) {
                throw new IllegalArgumentException("sala.api.rate-limit needs capacity >= 1 and refill-per-second > 0, not "
                        + capacity + " and " + refillPerSecond);
            }
        }
    }
}
