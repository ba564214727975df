package app.sala.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every response carries. The page may load, run, show and play only what comes
 * from the kiosk server itself: there is no outside origin in any directive.
 */
public final class SecurityHeaders {

    /**
     * The four inline scripts of Vaadin's bootstrap page (browser check, two Vaadin globals, the
     * Closure property helper), allowed by their SHA-256 rather than by 'unsafe-inline', so an
     * injected inline handler or {@code javascript:} link would not run. They are the same on
     * every route; a Vaadin upgrade that changes them fails SecurityHeadersTest, which names
     * the new hash.
     */
    static final String VAADIN_BOOTSTRAP_SCRIPTS = String.join(" ",
            "'sha256-k9d2KWbJ1bfMu4cIKjZpOy9wELFoI3krHnhkc/4x2sE='",
            "'sha256-C1UGzXT2eXIEEjCCnproCD0qCz92JQ6NkFY418AY26E='",
            "'sha256-TUM84HrhvHk6piYBIBRgC4RfxCJvzVovM1BVgm0Iiao='",
            "'sha256-JBodGcQ4UAlJkxJCAWJ4UxxUrxMW+ZF7xA2+Of65RkI='");

    /**
     * Each source below was found needed in Chromium (ContentSecurityPolicyIT), by taking it out:
     * without 'unsafe-eval' no screen is drawn; without style 'unsafe-inline' 29 style
     * violations (Vaadin's page, its components and theme insert {@code <style>} elements and
     * style attributes); without font data: Lumo's icon fonts are refused. Images, sound and
     * requests need nothing but the kiosk itself.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            // Vaadin's client runs the server's JavaScript (executeJs, lazy chunks) through new Function().
            "script-src 'self' 'unsafe-eval' " + VAADIN_BOOTSTRAP_SCRIPTS,
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self'",
            // Lumo's icon fonts are data: URLs inside its stylesheet.
            "font-src 'self' data:",
            "media-src 'self'",
            // 'self' includes ws:// to the same host and port (CSP 3), so the voice stream needs nothing more.
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The microphone for the kiosk's own page (push-to-talk); every other device or sensor for no one. */
    public static final String PERMISSIONS_POLICY = String.join(", ",
            "microphone=(self)",
            "camera=()",
            "geolocation=()",
            "display-capture=()",
            "payment=()",
            "usb=()",
            "serial=()",
            "hid=()",
            "midi=()",
            "accelerometer=()",
            "gyroscope=()",
            "magnetometer=()",
            "publickey-credentials-get=()",
            "browsing-topics=()");

    static final Map<String, String> ALL = headers();

    private SecurityHeaders() {
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        return Map.copyOf(headers);
    }

    static void applyTo(HttpServletResponse response) {
        ALL.forEach(response::setHeader);
    }
}
