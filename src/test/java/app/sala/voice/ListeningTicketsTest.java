package app.sala.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A ticket links one tap on the microphone to one stream and one reply: claimed once, only by
 * the HTTP session it was issued to, only while fresh (30 s); its reply collected once.
 */
class ListeningTicketsTest {

    private static final VoiceReply BRIDGE = new VoiceReply("show me the bridge", 0.93, "open_exercise",
            Map.of("exercise", "bridge"), "Here is the bridge.", "exercises/bridge", List.of(), List.of());

    private final MovableClock clock = new MovableClock();
    private final ListeningTickets tickets = new ListeningTickets(clock);

    @Test
    void aTicketIsClaimedOnceByTheSessionItWasIssuedTo() {
        ListeningTickets.Ticket issued = tickets.issue("en", "session-a", "bridge");

        Optional<ListeningTickets.Ticket> claimed = tickets.claim(issued.token(), "session-a");
        assertThat(claimed).containsSame(issued);
        assertThat(claimed.get().language()).isEqualTo("en");
        assertThat(claimed.get().exerciseId()).isEqualTo("bridge");
        assertThat(tickets.claim(issued.token(), "session-a")).as("used twice").isEmpty();
    }

    @Test
    void anotherSessionCannotClaimItNorUseItUp() {
        ListeningTickets.Ticket issued = tickets.issue("en", "session-a", null);

        assertThat(tickets.claim(issued.token(), "session-b")).isEmpty();
        assertThat(tickets.claim(issued.token(), "127.0.0.1")).as("a client without a session").isEmpty();
        assertThat(tickets.claim(issued.token(), "session-a")).as("still there for its own session").isPresent();
    }

    @Test
    void unknownEmptyAndMissingTokensClaimAndCollectNothing() {
        tickets.issue("en", "session-a", null);

        for (String token : new String[] {"0123456789abcdef0123456789abcdef", "", null}) {
            assertThat(tickets.claim(token, "session-a")).as("claim %s", token).isEmpty();
            assertThat(tickets.collect(token)).as("collect %s", token).isEmpty();
        }
        assertThat(tickets.size()).isEqualTo(1);
    }

    @Test
    void aTicketIsGoodForThirtySecondsAndNotOneMillisecondMore() {
        ListeningTickets.Ticket onTime = tickets.issue("en", "session-a", null);
        ListeningTickets.Ticket late = tickets.issue("en", "session-a", null);

        clock.advance(Duration.ofSeconds(30));
        assertThat(tickets.claim(onTime.token(), "session-a")).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(tickets.claim(late.token(), "session-a")).isEmpty();
    }

    @Test
    void expiredTicketsAreForgottenWhenTheNextIsIssued() {
        tickets.issue("en", "session-a", null);
        tickets.issue("en", "session-b", null);
        clock.advance(Duration.ofSeconds(31));

        ListeningTickets.Ticket fresh = tickets.issue("en", "session-a", null);

        assertThat(tickets.size()).isEqualTo(1);
        assertThat(tickets.claim(fresh.token(), "session-a")).isPresent();
    }

    @Test
    void theReplyIsCollectedOnceAndOnlyOnceItIsThere() {
        ListeningTickets.Ticket issued = tickets.issue("en", "session-a", null);
        ListeningTickets.Ticket ticket = tickets.claim(issued.token(), "session-a").orElseThrow();

        assertThat(tickets.collect(issued.token())).as("the stream has not answered yet").isEmpty();
        assertThat(tickets.size()).as("an unanswered ticket waits for its reply").isEqualTo(1);

        ticket.answer(BRIDGE);
        assertThat(tickets.collect(issued.token())).containsSame(BRIDGE);
        assertThat(tickets.collect(issued.token())).as("collected twice").isEmpty();
        assertThat(tickets.size()).isZero();
    }

    @Test
    void aCancelledTicketCanNeitherBeClaimedNorCollected() {
        ListeningTickets.Ticket issued = tickets.issue("en", "session-a", null);
        ListeningTickets.Ticket claimedBefore = tickets.issue("en", "session-a", null);
        tickets.claim(claimedBefore.token(), "session-a").orElseThrow().answer(BRIDGE);

        tickets.cancel(issued.token());
        tickets.cancel(claimedBefore.token());
        tickets.cancel(null);

        assertThat(tickets.claim(issued.token(), "session-a")).isEmpty();
        assertThat(tickets.collect(claimedBefore.token())).isEmpty();
        assertThat(tickets.size()).isZero();
    }

    @Test
    void tokensAreLongRandomAndDistinct() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(tickets.issue("en", "session-a", null).token());
        }
        assertThat(tokens).hasSize(1000).allMatch(token -> token.matches("[0-9a-f]{32}"));
    }

    @Test
    void whenTwoStreamsPresentOneTicketAtOnceOnlyOneGetsIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 200; round++) {
                String token = tickets.issue("en", "session-a", null).token();
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Boolean>> claims = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    claims.add(() -> {
                        start.await();
                        return tickets.claim(token, "session-a").isPresent();
                    });
                }
                List<Future<Boolean>> results = new ArrayList<>();
                for (Callable<Boolean> claim : claims) {
                    results.add(pool.submit(claim));
                }
                start.countDown();
                int won = 0;
                for (Future<Boolean> result : results) {
                    won += result.get() ? 1 : 0;
                }
                assertThat(won).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A clock the test moves forward by hand. */
    static final class MovableClock extends Clock {

        private volatile Instant now = Instant.parse("2025-01-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
