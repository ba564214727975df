package app.sala.speech;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SpeechConfiguration {

    @Bean
    FreeTtsSynthesizer freeTtsSynthesizer() {
        return new FreeTtsSynthesizer();
    }

    @Bean
    EspeakSynthesizer espeakSynthesizer(SpeechProperties properties) {
        return new EspeakSynthesizer(properties.espeakCommand(), properties.espeakVoices(), properties.timeout());
    }

    @Bean
    ClipCache clipCache(SpeechProperties properties) {
        return new ClipCache(properties.cacheDir(), properties.cacheMaxBytes());
    }
}
