package app.sala.bridge;

import app.sala.content.YamlFiles;
import app.sala.content.YamlFiles.LanguageFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The phonetic bridges found at startup, one per language ({@code bridge/es.yaml}). A file that
 * cannot be read is reported and its language has no bridge; Sala starts anyway, since voice
 * is then only missing in that language.
 */
@Service
public class PhoneticBridges {

    private static final Logger log = LoggerFactory.getLogger(PhoneticBridges.class);

    private final Map<String, PhoneticBridge> bridges = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final double act;

    public PhoneticBridges(BridgeProperties properties, ResourcePatternResolver resolver) {
        this.act = properties.act();
        if (!properties.enabled()) {
            log.info("Phonetic bridges are off (sala.voice.bridge.enabled=false)");
            return;
        }
        List<String> found = new ArrayList<>();
        for (LanguageFile file : YamlFiles.find(properties.location(), "bridge files", resolver, found)) {
            BridgeFile bridge = file.read(BridgeFile.class, problems);
            if (bridge == null) {
                continue;
            }
            if (!file.language().equals(bridge.language())) {
                problems.add(file.name() + ": at language, '" + bridge.language() + "' but the file is named for '"
                        + file.language() + "'");
            } else if (bridge.model() == null || bridge.model().isBlank()) {
                problems.add(file.name() + ": at model, the language of the speech model to speak into is missing");
            } else if (bridge.syllables().isEmpty()) {
                problems.add(file.name() + ": at syllables, no syllables: no word can be respelled");
            } else if (!blank(file.name(), "words", bridge.words()) && !blank(file.name(), "syllables", bridge.syllables())
                    && !blank(file.name(), "heard", bridge.heard())) {
                bridges.put(bridge.language(), new PhoneticBridge(bridge));
            }
        }
        problems.forEach(problem -> log.error("Phonetic bridge not used: {}", problem));
    }

    /** Reports an entry without English words (YAML reads "null" or "~" as nothing: quote it). */
    private boolean blank(String fileName, String section, Map<String, String> entries) {
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                problems.add(fileName + ": at " + section + "." + entry.getKey() + ", no English words (a word such as"
                        + " null or ~ must be in quotes)");
                return true;
            }
        }
        return false;
    }

    public Optional<PhoneticBridge> bridge(String language) {
        return Optional.ofNullable(bridges.get(language));
    }

    /** The act cut-off for speech heard through a bridge. */
    public double act() {
        return act;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }
}
