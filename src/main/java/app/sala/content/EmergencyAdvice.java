package app.sala.content;

import java.util.List;

/** What the full-screen emergency view says. */
public record EmergencyAdvice(String title, String subtitle, List<String> steps) {
}
