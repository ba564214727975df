package app.sala.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Allows {@code capacity} requests at once and {@code refillPerSecond} more each second after.
 * Time comes in as nanoseconds from the caller, so tests need no clock and no waiting. The one
 * rate limiter of Sala: the API's requests per client address and the microphone streams per
 * visitor both use it, through {@link PerKey}.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final int capacity;
    private final double refillPerNano;
    private double tokens;
    private long updatedAt;
    private boolean refusing;

    public TokenBucket(int capacity, double refillPerSecond, long now) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / NANOS_PER_SECOND;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /**
     * Takes one token if there is one. Returns 0 when the request may go ahead, otherwise the
     * whole seconds until the next token (at least 1), for Retry-After.
     */
    public synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            refusing = false;
            return 0;
        }
        refusing = true;
        double missingNanos = (1 - tokens) / refillPerNano;
        return Math.max(1, (long) Math.ceil(missingNanos / NANOS_PER_SECOND));
    }

    /**
     * Takes a token like {@link #take(long)} and also says whether this refusal is the first
     * since the last request that went ahead, so a flood is logged once, not per request.
     */
    public synchronized Refusal tryTake(long now) {
        boolean wasRefusing = refusing;
        long retryAfter = take(now);
        return new Refusal(retryAfter, retryAfter > 0 && !wasRefusing);
    }

    public record Refusal(long retryAfterSeconds, boolean first) {

        public boolean refused() {
            return retryAfterSeconds > 0;
        }
    }

    /** True when the bucket has refilled completely: forgetting it then changes nothing. */
    public synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = Math.max(0, now - updatedAt);
        tokens = Math.min(capacity, tokens + elapsed * refillPerNano);
        updatedAt = now;
    }

    /** One bucket per key (a client address, a visitor session), all with the same limits. */
    public static final class PerKey {

        /** Above this many keys, buckets that have refilled are dropped: they hold no state. */
        static final int SWEEP_ABOVE = 1024;

        private final int capacity;
        private final double refillPerSecond;
        private final LongSupplier clock;
        private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

        /** @param clock nanoseconds, like {@link System#nanoTime()} */
        public PerKey(int capacity, double refillPerSecond, LongSupplier clock) {
            this.capacity = capacity;
            this.refillPerSecond = refillPerSecond;
            this.clock = clock;
        }

        /** Takes a token from this key's bucket, as {@link TokenBucket#tryTake(long)}. */
        public Refusal tryTake(String key) {
            long now = clock.getAsLong();
            if (buckets.size() > SWEEP_ABOVE) {
                buckets.values().removeIf(bucket -> bucket.isFull(now));
            }
            return buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, refillPerSecond, now)).tryTake(now);
        }

        /** How many keys have a bucket now. */
        public int size() {
            return buckets.size();
        }
    }
}
