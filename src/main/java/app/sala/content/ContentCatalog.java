package app.sala.content;

import app.sala.content.YamlFiles.LanguageFile;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * All languages Sala can show, loaded once at startup from one file per language and
 * checked against each other. Startup fails with every problem listed rather than letting
 * a visitor meet a missing step or a half-translated screen.
 */
@Service
public class ContentCatalog {

    private static final Logger log = LoggerFactory.getLogger(ContentCatalog.class);
    private static final String SUFFIX = ".yaml";

    private final Map<String, LanguagePack> packs;
    private final String defaultLanguage;

    public ContentCatalog(ContentProperties properties, ClinicProperties clinic, ResourcePatternResolver resolver) {
        this.defaultLanguage = properties.defaultLanguage();
        this.packs = load(properties.location(), clinic, resolver);
        log.info("Content loaded: languages {} from {}", packs.keySet(), properties.location());
    }

    private Map<String, LanguagePack> load(String location, ClinicProperties clinic, ResourcePatternResolver resolver) {
        List<String> problems = new ArrayList<>();
        ContentFileReader reader = new ContentFileReader(clinic);
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        Map<String, LanguagePack> loaded = new LinkedHashMap<>();
        Set<String> unbound = new HashSet<>();
        for (LanguageFile file : YamlFiles.find(location, "language files", resolver, problems)) {
            String code = file.language();
            JsonNode tree = reader.readTree(file, problems);
            if (tree == null) {
                continue;
            }
            trees.put(code, tree);
            LanguagePack pack = file.bind(tree, LanguagePack.class, problems);
            if (pack == null) {
                unbound.add(code);
            } else if (checkPack(file.name(), code, pack, problems)) {
                loaded.put(code, pack);
            }
        }
        JsonNode reference = trees.get(defaultLanguage);
        if (reference != null && unbound.contains(defaultLanguage)) {
            // A misspelt key in the default file would otherwise be blamed on every translation.
            throw new ContentException(problems);
        }
        if (reference == null) {
            problems.add(defaultLanguage + SUFFIX + ": the default language file (sala.content.default-language="
                    + defaultLanguage + ") was not found in " + location);
        } else {
            trees.forEach((code, tree) -> {
                if (!code.equals(defaultLanguage)) {
                    new TranslationCompleteness(code + SUFFIX, defaultLanguage + SUFFIX, problems).compare(reference, tree);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return orderedDefaultFirst(loaded);
    }

    private static boolean checkPack(String fileName, String code, LanguagePack pack, List<String> problems) {
        int before = problems.size();
        new RequiredFields(fileName, problems).check(pack, "");
        if (pack.language() != null && !code.equals(pack.language().code())) {
            problems.add(fileName + ": at language, field 'code' is '" + pack.language().code()
                    + "' but the file is named for '" + code + "'");
        }
        if (problems.size() == before && pack.care() != null) {
            pack.care().consistencyProblems().forEach(p -> problems.add(fileName + ": " + p));
        }
        return problems.size() == before;
    }

    private Map<String, LanguagePack> orderedDefaultFirst(Map<String, LanguagePack> loaded) {
        Map<String, LanguagePack> ordered = new LinkedHashMap<>();
        loaded.keySet().stream()
                .sorted(Comparator.comparing((String code) -> !code.equals(defaultLanguage)).thenComparing(c -> c))
                .forEach(code -> ordered.put(code, loaded.get(code)));
        return Collections.unmodifiableMap(ordered);
    }

    /** The languages on offer, the default first. */
    public List<Language> languages() {
        return packs.values().stream().map(LanguagePack::language).toList();
    }

    public Locale defaultLocale() {
        return Locale.forLanguageTag(defaultLanguage);
    }

    /** The pack for a locale's language, or the default language's when Sala does not speak it. */
    public LanguagePack pack(Locale locale) {
        LanguagePack pack = locale == null ? null : packs.get(locale.getLanguage());
        return pack != null ? pack : packs.get(defaultLanguage);
    }

    public boolean speaks(String languageCode) {
        return packs.containsKey(languageCode);
    }
}
