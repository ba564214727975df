package app.sala.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Read-aloud in a real Chromium: the sound really plays after a tap, the screen follows what is
 * being read, and the speech stops when the screen or the language changes. The browser runs
 * without --autoplay-policy=no-user-gesture-required: headless Chromium refuses play() without a
 * user gesture (checked below), and a Selenium click is one, exactly as a visitor's tap.
 */
class ReadAloudIT extends BrowserIT {

    private static final String AUDIO = "window.Sala && window.Sala.reader && window.Sala.reader.audio";

    /** Audio moves fast: look every 50 ms rather than every 500. */
    @BeforeEach
    void pollOften() {
        if (wait != null) {
            wait.pollingEvery(Duration.ofMillis(50));
        }
    }

    @Test
    void playAllStepsPlaysEachStepInTurnInEnglishAndSpanishAndStopsOnLeaving() throws Exception {
        open("exercises/bridge");
        waitForText(".sala-step-counter", "Step 1 of 4");

        click(".sala-play-all");

        waitUntilPlaying();
        assertThat(stepCardClasses()).contains("sala-reading");
        assertThat(audioSrc()).contains("lang=en");
        assertThat(sampleRateOf(audioSrc())).as("English is FreeTTS at 16 kHz").isEqualTo(16000);
        screenshot("read-aloud-bridge-en");
        fastForward();
        waitForText(".sala-step-counter", "Step 2 of 4");
        assertThat(stepCardClasses()).as("the step being read is highlighted").contains("sala-reading");
        waitUntilPlaying();

        click("[data-language='es']");
        waitForText("h1", "Puente");
        waitUntilStopped();
        normalSpeed();

        click(".sala-play-all");

        waitUntilPlaying();
        waitForText(".sala-step-counter", "Paso 1 de 4");
        assertThat(stepCardClasses()).contains("sala-reading");
        assertThat(audioSrc()).contains("lang=es");
        assertThat(sampleRateOf(audioSrc())).as("Spanish is espeak-ng at 22.05 kHz").isEqualTo(22050);
        screenshot("read-aloud-bridge-es");
        fastForward();
        waitForText(".sala-step-counter", "Paso 2 de 4");
        assertThat(stepCardClasses()).contains("sala-reading");
        waitUntilPlaying();

        click("a.sala-home");

        waitFor(".sala-home-view");
        waitUntilStopped();
    }

    @Test
    void readAloudReadsTheHomeScreenHighlightingEachPartAndALanguageChangeStopsIt() {
        open("");
        // This Chromium keeps the real autoplay policy: sound started by a script alone is refused.
        // So the playing below is allowed by the visitor's tap, as on the kiosk (no autoplay flag).
        assertThat(((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "new Audio('api/v1/speech?lang=en&text=Hello').play().then(() => done('played'), e => done(e.name));"))
                .isEqualTo("NotAllowedError");

        click(".sala-read-aloud");

        wait.withMessage(this::diagnostics).until(d -> js("return document.querySelector('[data-read].sala-reading')") != null);
        assertThat(js("return document.querySelector('[data-read].sala-reading').tagName")).as("read first").isEqualTo("H1");
        waitUntilPlaying();
        waitFor(".sala-reader");
        screenshot("read-aloud-home-en");

        // The panel's controls act on the sound itself.
        assertThat(volume()).isEqualTo(0.5);
        click(".sala-reader-louder");
        wait.withMessage(this::diagnostics).until(d -> volume() == 1.0);
        click(".sala-reader-quieter");
        click(".sala-reader-quieter");
        wait.withMessage(this::diagnostics).until(d -> volume() == 0.125);
        click(".sala-reader-pause");
        wait.withMessage(this::diagnostics).until(d -> Boolean.TRUE.equals(js("return " + AUDIO + ".paused")));
        click(".sala-reader-pause");
        waitUntilPlaying();

        click("[data-language='es']");

        waitForText("h1", "¿Cómo le podemos ayudar hoy?");
        waitUntilStopped();
        assertThat(js("return document.querySelector('.sala-reading')")).as("no highlight left").isNull();
        assertThat(driver.findElements(By.cssSelector(".sala-reader")))
                .allSatisfy(panel -> assertThat(panel.isDisplayed()).as("the reader panel is closed").isFalse());
    }

    // --- the page's audio element

    private void waitUntilPlaying() {
        wait.withMessage(this::diagnostics).until(d -> readAloudPlaying());
    }

    private void waitUntilStopped() {
        wait.withMessage(this::diagnostics).until(d -> Boolean.TRUE.equals(
                js("const a = " + AUDIO + "; return !!a && a.paused && !a.hasAttribute('src') && a.src === '';")));
    }

    /**
     * Plays the rest 8x faster once real-time playback has been seen: the steps then follow each
     * other in about two seconds instead of seven to ten, with the kiosk's own pauses between them
     * unchanged. The default rate too, because each new clip resets the rate to it.
     */
    private void fastForward() {
        js("const a = " + AUDIO + "; a.defaultPlaybackRate = 8; a.playbackRate = 8;");
    }

    private void normalSpeed() {
        js("const a = " + AUDIO + "; a.defaultPlaybackRate = 1; a.playbackRate = 1;");
    }

    private String audioSrc() {
        return (String) js("return " + AUDIO + ".src;");
    }

    private double volume() {
        return ((Number) js("return " + AUDIO + ".volume;")).doubleValue();
    }

    private String stepCardClasses() {
        return driver.findElement(By.cssSelector(".sala-step-card")).getAttribute("class");
    }

    private String diagnostics() {
        return String.valueOf(js("const a = " + AUDIO + "; const s = document.querySelector('.sala-reader-status');"
                + "return JSON.stringify({src: a && a.src, paused: a && a.paused, ended: a && a.ended,"
                + " time: a && a.currentTime, volume: a && a.volume, error: a && a.error && a.error.code,"
                + " status: s && s.textContent, url: location.href});"));
    }

    /** Fetches the clip the page plays and reads the sample rate from its WAV header. */
    private static int sampleRateOf(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        byte[] wav = response.body();
        assertThat(new String(Arrays.copyOfRange(wav, 0, 4), StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(Arrays.copyOfRange(wav, 8, 12), StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        return ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).getInt(24);
    }
}
