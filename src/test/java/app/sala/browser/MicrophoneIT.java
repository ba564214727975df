package app.sala.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.sala.browser.MicrophoneRoundTrip.Clip;
import app.sala.browser.MicrophoneRoundTrip.Outcome;
import app.sala.recognition.TestAudio;
import app.sala.recognition.TestAudio.Voice;
import app.sala.voice.VoicePhrases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the visitor's microphone hears, end to end: a flite voice (trained on recorded people)
 * plays through Chromium's fake microphone with the capture settings of application.properties,
 * the visitor taps Speak, and the kiosk ends on the screen asked for. One browser per clip
 * ({@link MicrophoneRoundTrip}). In CI (CI=true) a missing browser or flite fails the run;
 * elsewhere the tests are skipped and say why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class MicrophoneIT {

    @LocalServerPort
    private int port;

    @BeforeEach
    void toolsPresent() {
        String missing = !MicrophoneRoundTrip.available() ? "Chromium or ChromeDriver (/usr/bin/chromium, /usr/bin/chromedriver)"
                : !TestAudio.fliteAvailable() ? "flite (apt-get install flite)" : null;
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + " is missing");
            }
            Assumptions.abort("Microphone test skipped: " + missing + " is missing");
        }
    }

    private Outcome say(Clip clip) {
        Outcome outcome = new MicrophoneRoundTrip("http://127.0.0.1:" + port + "/", Path.of("target", "microphone-it")).run(clip);
        System.out.printf("%s (tap to first sample %.0f ms, %.1f s)%n", outcome, outcome.tapToFirstSampleMillis(), outcome.seconds());
        return outcome;
    }

    @Test
    void showMeTheBridgeSaidCleanlyOpensTheBridge() {
        Outcome outcome = say(Clip.expectingRoute("show me the bridge / slt / clean",
                TestAudio.speak("show me the bridge", Voice.FLITE_SLT), "exercises/bridge"));

        assertThat(outcome.error()).isNull();
        assertThat(outcome.route()).isEqualTo("exercises/bridge");
        assertThat(outcome.heard()).isEqualTo("show me the bridge");
        assertThat(outcome.answer()).isNotBlank();
        assertThat(outcome.sentPcm().length).as("the page streamed the audio it recorded").isGreaterThan(0);
        assertThat(outcome.capture()).as("the capture settings of application.properties reached the browser")
                .containsKeys("echoCancellation", "noiseSuppression", "autoGainControl");
    }

    @Test
    void heSaysHePassedOutAndTheEmergencyScreenOpens() {
        Outcome outcome = say(Clip.expecting("he passed out / rms / clean", TestAudio.speak("he passed out", Voice.FLITE_RMS),
                "the emergency screen", o -> o.route().startsWith("emergency")));

        assertThat(outcome.error()).isNull();
        assertThat(outcome.route()).startsWith("emergency");
    }

    /**
     * A name alone over a waiting room's babble ("the bridge", the room's words around it) is not
     * sure enough to act on: Sala asks, and one tap on the choice finishes what the visitor meant.
     */
    @Test
    void theBridgeAloneInBabbleGetsTheAskCardAndOneTapOpensTheBridge() {
        List<String> shown = new ArrayList<>();
        float[] babble = VoicePhrases.lobbyBabble(TestAudio.RATE * 12, 22);
        Outcome outcome = tapping("Bridge", shown, Path.of("target", "screenshots", "ask-card-microphone-en.png"))
                .run(Clip.expecting("the bridge / rms / babble 10 dB", TestAudio.speak("the bridge", Voice.FLITE_RMS), "the bridge",
                        o -> o.route().equals("exercises/bridge")).over(babble, 10));
        System.out.printf("the bridge in babble at 10 dB: %s; choices shown: %s%n", outcome, shown);

        assertThat(outcome.error()).isNull();
        assertThat(shown).as("Sala asked, %s", outcome).contains("Show the Bridge", "None of these");
        assertThat(outcome.route()).as("%s, choices shown %s", outcome, shown).isEqualTo("exercises/bridge");
    }

    @Test
    void myDaughterHadASeizureInAWaitingRoomsBabbleReachesTheEmergencyScreenOrItsRedChoice() {
        float[] speech = TestAudio.speak("my daughter had a seizure", Voice.FLITE_RMS);
        float[] babble = VoicePhrases.lobbyBabble(TestAudio.RATE * 12, 18);
        boolean[] offeredFirst = new boolean[1];
        Outcome outcome = new MicrophoneRoundTrip("http://127.0.0.1:" + port + "/", Path.of("target", "microphone-it"))
                .afterAnswer(driver -> {
                    // Asked "Is this an emergency?": the visitor takes the first, red choice.
                    List<WebElement> red = driver.findElements(By.cssSelector(".sala-voice-choice-emergency"));
                    if (!red.isEmpty()) {
                        offeredFirst[0] = driver.findElements(By.cssSelector(".sala-voice-choice")).get(0).equals(red.get(0));
                        red.get(0).click();
                    }
                })
                .run(Clip.expecting("my daughter had a seizure / rms / babble 10 dB", speech, "the emergency screen",
                        o -> o.route().contains("emergency")).over(babble, 10));
        System.out.printf("my daughter had a seizure in babble at 10 dB: %s (offered first: %s)%n", outcome, offeredFirst[0]);

        assertThat(outcome.error()).isNull();
        assertThat(outcome.route()).as("%s (offered first: %s)", outcome, offeredFirst[0]).contains("emergency");
    }

    @Test
    void showMeTheBridgeInBabbleEndsOnTheBridgeDirectlyOrThroughTheRightChoice() {
        float[] speech = TestAudio.speak("show me the bridge", Voice.FLITE_RMS);
        float[] babble = VoicePhrases.lobbyBabble(TestAudio.RATE * 12, 19);
        List<String> shown = new ArrayList<>();
        Outcome outcome = tapping("Bridge", shown, Path.of("target", "screenshots", "ask-card-microphone-babble-en.png"))
                .run(Clip.expecting("show me the bridge / rms / babble 10 dB", speech, "the bridge",
                        o -> o.route().equals("exercises/bridge")).over(babble, 10));
        System.out.printf("show me the bridge in babble at 10 dB: %s; choices shown: %s%n", outcome, shown);

        assertThat(outcome.error()).isNull();
        assertThat(outcome.route()).as("%s, choices shown %s", outcome, shown).isEqualTo("exercises/bridge");
    }

    /**
     * A Spanish-speaking visitor: the screen switched to Español, "letra más grande" said by
     * espeak-ng's Latin American voice into the microphone. No Spanish model is installed, so it
     * is heard through the phonetic bridge; the text grows (directly, or through the right
     * choice, tapped), and the answer is in Spanish.
     */
    @Test
    void letraMasGrandeSaidInSpanishMakesTheTextBiggerThroughThePhoneticBridge() {
        List<String> shown = new ArrayList<>();
        Outcome outcome = tapping("Letra más grande", shown, Path.of("target", "screenshots", "ask-card-microphone-es.png"))
                .beforeSpeaking(driver -> {
                    driver.findElement(By.cssSelector(".sala-language[data-language=es]")).click();
                    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "es".equals(
                            d.findElement(By.tagName("html")).getAttribute("lang")));
                })
                .run(Clip.expecting("letra más grande / espeak es-419 / clean",
                        TestAudio.speak("letra más grande", Voice.ESPEAK_ES), "bigger text",
                        o -> "text_bigger".equals(o.intent())));
        System.out.printf("letra más grande: %s; choices shown: %s%n", outcome, shown);

        assertThat(outcome.error()).isNull();
        assertThat(outcome.intent()).as("%s, choices shown %s", outcome, shown).isEqualTo("text_bigger");
        assertThat(outcome.answer()).as("answered in Spanish").isEqualTo("Letra más grande.");
        assertThat(outcome.heard()).as("shown in the Spanish words, not the English ones").contains("grande");
    }

    /** A round trip whose visitor, when asked, notes the choices, keeps a picture of the card and taps the one naming this. */
    private MicrophoneRoundTrip tapping(String name, List<String> shown, Path picture) {
        return new MicrophoneRoundTrip("http://127.0.0.1:" + port + "/", Path.of("target", "microphone-it"))
                .afterAnswer(driver -> {
                    List<WebElement> choices = driver.findElements(By.cssSelector(".sala-voice-choice"));
                    choices.forEach(choice -> shown.add(choice.getText()));
                    if (!choices.isEmpty()) {
                        saveScreenshot(driver, picture);
                    }
                    choices.stream().filter(choice -> choice.getText().contains(name)).findFirst().ifPresent(WebElement::click);
                });
    }

    private static void saveScreenshot(TakesScreenshot driver, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
