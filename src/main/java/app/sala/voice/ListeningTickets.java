package app.sala.voice;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Links a microphone stream to the screen that opened it. The screen takes a ticket when the
 * visitor taps the microphone; the stream presents it once (from the same HTTP session) and
 * leaves its reply on it; the screen collects the reply and acts. The reply never travels
 * through the browser, so a page script cannot make the screen act on something not heard.
 */
@Component
public class ListeningTickets {

    private static final Duration VALID_FOR = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One tap on the microphone. */
    public static final class Ticket {
        private final String token;
        private final String language;
        private final String httpSession;
        private final String exerciseId;
        private final Instant issued;
        private final AtomicReference<VoiceReply> reply = new AtomicReference<>();
        private boolean claimed;

        Ticket(String token, String language, String httpSession, String exerciseId, Instant issued) {
            this.token = token;
            this.language = language;
            this.httpSession = httpSession;
            this.exerciseId = exerciseId;
            this.issued = issued;
        }

        public String token() {
            return token;
        }

        public String language() {
            return language;
        }

        /** The exercise on screen when the microphone was tapped, for "how many times?". */
        public String exerciseId() {
            return exerciseId;
        }

        public void answer(VoiceReply answer) {
            reply.set(answer);
        }
    }

    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
    private final Clock clock;

    public ListeningTickets() {
        this(Clock.systemUTC());
    }

    ListeningTickets(Clock clock) {
        this.clock = clock;
    }

    public Ticket issue(String language, String httpSession, String exerciseId) {
        forgetExpired();
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        Ticket ticket = new Ticket(HexFormat.of().formatHex(bytes), language, httpSession, exerciseId, clock.instant());
        tickets.put(ticket.token, ticket);
        return ticket;
    }

    /** The ticket for a stream: only once, only from the session it was issued to, only while fresh. */
    public synchronized Optional<Ticket> claim(String token, String httpSession) {
        Ticket ticket = token == null ? null : tickets.get(token);
        if (ticket == null || ticket.claimed || !ticket.httpSession.equals(httpSession) || expired(ticket)) {
            return Optional.empty();
        }
        ticket.claimed = true;
        return Optional.of(ticket);
    }

    /** The reply left on a ticket, which is then gone. */
    public Optional<VoiceReply> collect(String token) {
        Ticket ticket = token == null ? null : tickets.get(token);
        if (ticket == null || ticket.reply.get() == null) {
            return Optional.empty();
        }
        tickets.remove(token);
        return Optional.of(ticket.reply.get());
    }

    public void cancel(String token) {
        if (token != null) {
            tickets.remove(token);
        }
    }

    int size() {
        return tickets.size();
    }

    private boolean expired(Ticket ticket) {
        return ticket.issued.plus(VALID_FOR).isBefore(clock.instant());
    }

    private void forgetExpired() {
        tickets.values().removeIf(this::expired);
    }
}
