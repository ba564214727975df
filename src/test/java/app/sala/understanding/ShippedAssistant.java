package app.sala.understanding;

import app.sala.answers.Answers;
import app.sala.content.ClinicProperties;
import app.sala.content.ContentCatalog;
import app.sala.content.ContentProperties;
import app.sala.sentences.SentenceProperties;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The assistant over the shipped content and sentence files, built without Spring (a
 * fraction of a second instead of a context start), shared by the tests of this package.
 */
public final class ShippedAssistant {

    public static final ClinicProperties CLINIC = new ClinicProperties("AltaMed", "(888) 499-9303", "911");

    private static ContentCatalog catalog;
    private static Assistant assistant;
    private static Answers answers;

    private ShippedAssistant() {
    }

    public static synchronized ContentCatalog catalog() {
        if (catalog == null) {
            catalog = new ContentCatalog(new ContentProperties("classpath:content/", "en"), CLINIC,
                    new PathMatchingResourcePatternResolver());
        }
        return catalog;
    }

    public static synchronized Assistant get() {
        if (assistant == null) {
            assistant = load("classpath*:assistant/");
        }
        return assistant;
    }

    /** The answers over the shipped assistant and content. */
    public static synchronized Answers answers() {
        if (answers == null) {
            answers = new Answers(get(), catalog(), CLINIC);
        }
        return answers;
    }

    /** An assistant over the shipped content and the sentence files at {@code location}. */
    static Assistant load(String location) {
        return new Assistant(catalog(), new SentenceProperties(location), new PathMatchingResourcePatternResolver());
    }
}
