package app.sala.speech;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Read-aloud settings.
 *
 * @param espeakCommand  the espeak-ng program
 * @param espeakVoices   espeak-ng voice per language code, for languages FreeTTS lacks
 * @param timeout        longest one synthesis may take before the engine is stopped
 * @param cacheDir       where synthesized clips are kept between requests and restarts
 * @param cacheMaxBytes  the cache's size limit; the least recently used clips go first
 * @param prewarm        synthesize every content text at startup, in the background
 * @param maxTextLength  the longest text one request may ask for
 */
@ConfigurationProperties("sala.speech")
public record SpeechProperties(
        String espeakCommand,
        Map<String, String> espeakVoices,
        Duration timeout,
        Path cacheDir,
        long cacheMaxBytes,
        boolean prewarm,
        int maxTextLength) {
}
