package app.sala.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.recognition.TestAudio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The whole voice path in a real browser: Chromium's fake microphone plays a WAV made here
 * (FreeTTS saying "show me the bridge", with the pauses a visitor leaves), the visitor taps
 * the microphone, the page streams the audio to the server, and the bridge exercise opens.
 */
class VoiceIT extends BrowserIT {

    private static final Path WAV = Path.of("target", "voice-it", "show-me-the-bridge.wav");

    @BeforeAll
    static void recordTheVisitor() throws IOException {
        Files.createDirectories(WAV.getParent());
        float[] speech = TestAudio.pad(TestAudio.speak("show me the bridge", TestAudio.Voice.FREETTS), 1.0, 2.5);
        Files.write(WAV, TestAudio.wav(speech));
    }

    @Override
    protected List<String> extraChromiumArguments() {
        return List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + WAV.toAbsolutePath());
    }

    @Test
    void sayingShowMeTheBridgeAfterATapOpensTheBridge() {
        open("");
        assertThat(driver.getCurrentUrl()).doesNotContain("exercises");
        click("#voice-button");
        waitForText(".sala-voice-status", "Listening");
        assertThat(driver.findElement(By.id("voice-button")).getAttribute("aria-pressed")).isEqualTo("true");

        wait.until(d -> d.getCurrentUrl().contains("exercises/bridge"));
        waitFor(".sala-exercise-view h1");
        assertThat(driver.findElement(By.cssSelector(".sala-exercise-view h1")).getText()).isEqualTo("Bridge");
        waitForText(".sala-voice-heard", "show me the bridge");
        assertThat(driver.findElement(By.cssSelector(".sala-voice-answer")).getText()).isNotBlank();
        // The microphone is closed again: the button offers to speak, not to stop.
        waitForText("#voice-button", "Speak");
        assertThat(driver.findElement(By.id("voice-button")).getAttribute("aria-pressed")).isEqualTo("false");
        waitForImages();
        screenshot("voice-answer-en-portrait");
        resize(LANDSCAPE);
        waitForText(".sala-voice-heard", "show me the bridge");
        screenshot("voice-answer-en-landscape");
    }

    /**
     * The same English words at a screen in Spanish: Hablar is enabled (Spanish is heard through
     * the phonetic bridge), the panel listens and answers in Spanish and shows only examples
     * the bridge can hear, and English speech is not acted on as a Spanish command.
     */
    @Test
    void atASpanishScreenHablarListensInSpanishAndEnglishWordsAreNotActedOn() {
        open("");
        switchLanguage("es");
        wait.until(d -> "es".equals(pageLanguage()));
        WebElement speak = waitFor("#voice-button");
        assertThat(speak.getText()).contains("Hablar");
        assertThat(speak.isEnabled()).isTrue();
        click("#voice-button");
        waitForText(".sala-voice-status", "Le escucho");
        screenshot("voice-listening-es-portrait");
        assertThat(driver.findElement(By.cssSelector(".sala-voice-panel")).getText())
                .contains("Letra más grande").doesNotContain("Siguiente paso");

        waitForText("#voice-button", "Hablar");
        assertThat(driver.getCurrentUrl()).as("English at a Spanish screen: no action").doesNotContain("exercises");
        assertThat(driver.findElement(By.cssSelector(".sala-voice-answer")).getText()).isNotBlank();
        resize(LANDSCAPE);
        screenshot("voice-answer-es-landscape");
    }
}
