package app.sala.recognition.models;

import java.nio.file.Path;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts loading the speech models as soon as Sala's settings are known, before any bean
 * exists: loading the model is the longest single step of the start, and the beans that
 * need it are made late. {@link SpeechModels} takes what was loaded. Registered in
 * {@code META-INF/spring.factories}.
 */
public class EarlyModelLoading implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "speechModelLoading";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String folder = context.getEnvironment().getProperty("sala.voice.models-dir", "models");
        ModelLoading loading = new ModelLoading(Path.of(folder));
        context.getBeanFactory().registerSingleton(BEAN, loading);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                loading.closeUnclaimed();
            }
        });
    }
}
