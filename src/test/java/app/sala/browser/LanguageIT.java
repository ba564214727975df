package app.sala.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The language switch: Spanish text and {@code <html lang="es">} (speech and screen readers
 * depend on it), back to English, and the visitor's choices kept for the whole visit.
 */
class LanguageIT extends BrowserIT {

    @Test
    void spanishShowsSpanishTextAndLangAndBackToEnglish() {
        open(Screen.HOME);
        wait.until(d -> "en".equals(pageLanguage()));
        assertThat(text(".sala-home-view h1")).isEqualTo("How can we help you today?");
        assertThat(text(".sala-emergency-strip-text")).isEqualTo("Emergency? Call 911");

        switchLanguage("es");
        waitForText(".sala-home-view h1", "¿Cómo le podemos ayudar hoy?");
        assertThat(pageLanguage()).isEqualTo("es");
        assertThat(text(".sala-home-view h1")).isEqualTo("¿Cómo le podemos ayudar hoy?");
        assertThat(text(".sala-emergency-strip-text")).isEqualTo("¿Emergencia? Llame al 911");
        assertThat(text(".sala-home")).isEqualTo("Inicio");
        assertThat(text(".sala-staff-help")).isEqualTo("Pedir ayuda");
        assertThat(driver.findElement(By.cssSelector(".sala-language[data-language=es]")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.cssSelector(".sala-language[data-language=en]")).getAttribute("aria-pressed"))
                .isEqualTo("false");
        screenshot("language-home-es-portrait");

        switchLanguage("en");
        waitForText(".sala-home-view h1", "How can we help you today?");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(text(".sala-emergency-strip-text")).isEqualTo("Emergency? Call 911");
    }

    @Test
    void languageContrastAndTextSizeAreKeptWhenTheVisitorGoesToAnotherScreen() {
        open(Screen.HOME);
        switchLanguage("es");
        setHighContrast(true);
        pressLargerText();
        assertThat(textScale()).isEqualTo(1.25);

        open(Screen.CARE);
        wait.until(d -> "es".equals(pageLanguage()));
        assertThat(text(".sala-care-view h1")).isEqualTo("Adónde ir para recibir atención");
        assertThat(highContrast()).as("high contrast is kept across screens").isTrue();
        assertThat(textScale()).as("the text size is kept across screens").isEqualTo(1.25);
        assertThat(text(".sala-text-level")).isEqualTo("2 de 4");
        assertThat(text(".sala-contrast")).as("the contrast button offers the way back").isEqualTo("Colores normales");

        open(Screen.EMERGENCY);
        wait.until(d -> "es".equals(pageLanguage()));
        assertThat(text(".sala-emergency-view h1")).isEqualTo("Llame al 911 o vaya a la sala de emergencias ahora");

        switchLanguage("en");
        open(Screen.HOME);
        wait.until(d -> "en".equals(pageLanguage()));
        assertThat(text(".sala-home-view h1")).isEqualTo("How can we help you today?");
        assertThat(highContrast()).isTrue();
        assertThat(textScale()).isEqualTo(1.25);
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }
}
