package app.sala.security;

/**
 * Allows {@code capacity} requests at once and {@code refillPerSecond} more each second after.
 * Time comes in as nanoseconds from the caller, so tests need no clock and no waiting.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final int capacity;
    private final double refillPerNano;
    private double tokens;
    private long updatedAt;
    private boolean refusing;

    TokenBucket(int capacity, double refillPerSecond, long now) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / NANOS_PER_SECOND;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /**
     * Takes one token if there is one. Returns 0 when the request may go ahead, otherwise the
     * whole seconds until the next token (at least 1), for Retry-After.
     */
    synchronized long take(long now) {
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
    synchronized Refusal tryTake(long now) {
        boolean wasRefusing = refusing;
        long retryAfter = take(now);
        return new Refusal(retryAfter, retryAfter > 0 && !wasRefusing);
    }

    record Refusal(long retryAfterSeconds, boolean first) {

        boolean refused() {
            return retryAfterSeconds > 0;
        }
    }

    /** True when the bucket has refilled completely: forgetting it then changes nothing. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = Math.max(0, now - updatedAt);
        tokens = Math.min(capacity, tokens + elapsed * refillPerNano);
        updatedAt = now;
    }
}
