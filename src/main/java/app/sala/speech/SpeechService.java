package app.sala.speech;

import app.sala.content.ContentCatalog;
import app.sala.content.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reads text aloud in a language: picks the engine that speaks it (FreeTTS for English,
 * espeak-ng for the rest), and keeps every clip so the second request is a file read.
 */
@Service
public class SpeechService {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");
    /** Every kind of space, no-break spaces included. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private final List<Synthesizer> engines;
    private final ClipCache cache;
    private final ContentCatalog catalog;
    private final int maxTextLength;

    public SpeechService(FreeTtsSynthesizer freeTts, EspeakSynthesizer espeak, ClipCache cache,
                         ContentCatalog catalog, SpeechProperties properties) {
        // Order is preference: FreeTTS is in-process and English never depends on espeak-ng.
        this.engines = List.of(freeTts, espeak);
        this.cache = cache;
        this.catalog = catalog;
        this.maxTextLength = properties.maxTextLength();
    }

    public SpeechAvailability availability(String language) {
        if (!catalog.speaks(language)) {
            return SpeechAvailability.unavailable(language, "Sala has no content in '" + language + "'");
        }
        List<String> reasons = new ArrayList<>();
        for (Synthesizer engine : engines) {
            Optional<String> reason = engine.unavailableReason();
            Optional<String> voice = engine.voiceFor(language);
            if (reason.isEmpty() && voice.isPresent()) {
                return SpeechAvailability.available(language, engine.name(), voice.get());
            }
            reasons.add(reason.orElse(engine.name() + " has no voice for '" + language + "'"));
        }
        return SpeechAvailability.unavailable(language, String.join("; ", reasons));
    }

    /** Every language Sala shows, with whether it can be read aloud and why not. */
    public List<SpeechAvailability> availability() {
        return catalog.languages().stream().map(Language::code).map(this::availability).toList();
    }

    /** A WAV file of {@code text} read in {@code language} at {@code rate}. */
    public byte[] wav(String text, String language, SpeechRate rate) {
        String clean = clean(text);
        Synthesizer engine = engineFor(language);
        String key = key(engine, language, rate, clean);
        return cache.get(key).orElseGet(() -> {
            AudioClip clip = engine.synthesize(clean, language, rate);
            if (clip.pcm().length == 0) {
                // Only punctuation or symbols: nothing to say, and nothing worth keeping.
                throw new SpeechRequestException("text has no words to read aloud");
            }
            byte[] wav = clip.wav();
            cache.put(key, wav);
            return wav;
        });
    }

    public boolean isCached(String text, String language, SpeechRate rate) {
        String clean = clean(text);
        return cache.contains(key(engineFor(language), language, rate, clean));
    }

    /** The text as it will be spoken: control and invisible characters gone, spaces folded. */
    public String clean(String text) {
        if (text == null) {
            throw new SpeechRequestException("text is missing");
        }
        if (text.length() > maxTextLength) {
            throw new SpeechRequestException("text is " + text.length() + " characters; the most is " + maxTextLength);
        }
        String clean = SPACES.matcher(CONTROL.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        if (clean.isEmpty()) {
            throw new SpeechRequestException("text is empty");
        }
        return clean;
    }

    private Synthesizer engineFor(String language) {
        if (language == null || language.isBlank() || !catalog.speaks(language)) {
            String which = language == null || language.isBlank() ? "(lang is missing)" : "'" + language + "'";
            throw new SpeechRequestException("unknown language " + which + "; Sala speaks "
                    + catalog.languages().stream().map(Language::code).collect(Collectors.joining(", ")));
        }
        SpeechAvailability availability = availability(language);
        if (!availability.available()) {
            throw new SpeechException("no speech engine for '" + language + "': " + availability.reason());
        }
        return engines.stream().filter(engine -> engine.name().equals(availability.engine())).findFirst().orElseThrow();
    }

    private static String key(Synthesizer engine, String language, SpeechRate rate, String text) {
        return engine.name() + "|" + engine.voiceFor(language).orElse("") + "|" + rate.key() + "|" + text;
    }

    public ClipCache cache() {
        return cache;
    }
}
