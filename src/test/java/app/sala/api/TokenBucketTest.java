package app.sala.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rate limit's arithmetic, on a clock the test moves by hand. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstUpToTheCapacityGoesAheadAndTheNextRequestWaitsForTheRefill() {
        TokenBucket bucket = new TokenBucket(3, 0.5, 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();

        assertThat(bucket.take(0)).as("seconds until one token at 0.5 a second").isEqualTo(2);
        assertThat(bucket.take(SECOND)).as("half a token there, a second to go").isEqualTo(1);
        assertThat(bucket.take(2 * SECOND)).isZero();
        assertThat(bucket.take(2 * SECOND)).isEqualTo(2);
    }

    @Test
    void theBucketNeverHoldsMoreThanItsCapacityHoweverLongItRests() {
        TokenBucket bucket = new TokenBucket(2, 10, 0);

        long later = 3600 * SECOND;
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isEqualTo(1);
    }

    @Test
    void aFloodIsReportedOnceUntilARequestGoesAheadAgain() {
        TokenBucket bucket = new TokenBucket(1, 1, 0);
        bucket.tryTake(0);

        TokenBucket.Refusal first = bucket.tryTake(0);
        TokenBucket.Refusal second = bucket.tryTake(0);
        TokenBucket.Refusal afterRefill = bucket.tryTake(SECOND);
        TokenBucket.Refusal nextFlood = bucket.tryTake(SECOND);

        assertThat(first.refused()).isTrue();
        assertThat(first.first()).isTrue();
        assertThat(second.refused()).isTrue();
        assertThat(second.first()).isFalse();
        assertThat(afterRefill.refused()).isFalse();
        assertThat(nextFlood.first()).isTrue();
    }

    @Test
    void aBucketIsFullAgainOnceItHasRefilled() {
        TokenBucket bucket = new TokenBucket(4, 2, 0);
        bucket.take(0);
        bucket.take(0);

        assertThat(bucket.isFull(0)).isFalse();
        assertThat(bucket.isFull(SECOND)).isTrue();
    }

    @Test
    void aClockThatGoesBackwardsGivesNoExtraTokens() {
        TokenBucket bucket = new TokenBucket(1, 1, 10 * SECOND);
        bucket.take(10 * SECOND);

        assertThat(bucket.take(5 * SECOND)).isEqualTo(1);
    }

    @Test
    void eachKeyHasItsOwnBucketAndRefilledOnesAreForgottenWhenThereAreMany() {
        long[] now = {0};
        TokenBucket.PerKey perKey = new TokenBucket.PerKey(1, 1, () -> now[0]);

        assertThat(perKey.tryTake("a").refused()).isFalse();
        assertThat(perKey.tryTake("a").refused()).isTrue();
        assertThat(perKey.tryTake("b").refused()).as("another key").isFalse();

        for (int i = 0; i < 3 * TokenBucket.PerKey.SWEEP_ABOVE; i++) {
            perKey.tryTake("key " + i);
            now[0] += SECOND;
        }
        assertThat(perKey.size()).isLessThanOrEqualTo(TokenBucket.PerKey.SWEEP_ABOVE + 1);
    }
}
