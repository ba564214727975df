package app.sala.speech;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;

/**
 * English speech in-process with FreeTTS's kevin16 voice. FreeTTS is not thread-safe, so one
 * voice is allocated once (about 0.6 s) and used by one caller at a time; at about 150x real
 * time that queue is short.
 */
public class FreeTtsSynthesizer implements Synthesizer {

    private static final String VOICE = "kevin16";
    private static final String LANGUAGE = "en";

    private final Object lock = new Object();
    private Voice voice;
    private volatile Optional<String> unavailableReason;

    public FreeTtsSynthesizer() {
        // FreeTTS finds voices through this property; the voice data is inside its jar.
        System.setProperty("freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
    }

    @Override
    public String name() {
        return "freetts";
    }

    @Override
    public Optional<String> voiceFor(String language) {
        return LANGUAGE.equals(language) ? Optional.of(VOICE) : Optional.empty();
    }

    @Override
    public Optional<String> unavailableReason() {
        // Asked on every request and every screen: look the voice up once, not each time.
        Optional<String> reason = unavailableReason;
        if (reason == null) {
            reason = VoiceManager.getInstance().contains(VOICE) ? Optional.empty()
                    : Optional.of("FreeTTS voice " + VOICE + " not found");
            unavailableReason = reason;
        }
        return reason;
    }

    @Override
    public AudioClip synthesize(String text, String language, SpeechRate rate) {
        synchronized (lock) {
            Voice allocated = voice();
            CollectingPlayer player = new CollectingPlayer();
            allocated.setAudioPlayer(player);
            allocated.setRate(rate.freeTtsWordsPerMinute());
            if (!allocated.speak(text)) {
                throw new SpeechException("FreeTTS could not speak the text");
            }
            return player.clip();
        }
    }

    private Voice voice() {
        if (voice == null) {
            Voice found = VoiceManager.getInstance().getVoice(VOICE);
            if (found == null) {
                throw new SpeechException("FreeTTS voice " + VOICE + " not found");
            }
            found.allocate();
            voice = found;
        }
        return voice;
    }

    /** Keeps FreeTTS's output in memory instead of sending it to a sound card. */
    private static final class CollectingPlayer implements AudioPlayer {

        private final ByteArrayOutputStream samples = new ByteArrayOutputStream();
        private AudioFormat format;

        AudioClip clip() {
            if (format == null) {
                throw new SpeechException("FreeTTS produced no audio");
            }
            if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1) {
                throw new SpeechException("FreeTTS produced unexpected audio: " + format);
            }
            byte[] bytes = samples.toByteArray();
            int rate = Math.round(format.getSampleRate());
            return format.isBigEndian() ? AudioClip.fromBigEndian(bytes, rate)
                    : new AudioClip(java.util.Arrays.copyOf(bytes, bytes.length & ~1), rate);
        }

        @Override
        public void setAudioFormat(AudioFormat audioFormat) {
            this.format = audioFormat;
        }

        @Override
        public AudioFormat getAudioFormat() {
            return format;
        }

        @Override
        public boolean write(byte[] bytes) {
            return write(bytes, 0, bytes.length);
        }

        @Override
        public boolean write(byte[] bytes, int offset, int length) {
            samples.write(bytes, offset, length);
            return true;
        }

        @Override
        public void begin(int size) {
        }

        @Override
        public boolean end() {
            return true;
        }

        @Override
        public boolean drain() {
            return true;
        }

        @Override
        public void pause() {
        }

        @Override
        public void resume() {
        }

        @Override
        public void reset() {
        }

        @Override
        public void cancel() {
        }

        @Override
        public void close() {
        }

        @Override
        public float getVolume() {
            return 1f;
        }

        @Override
        public void setVolume(float volume) {
        }

        @Override
        public long getTime() {
            return 0;
        }

        @Override
        public void resetTime() {
        }

        @Override
        public void startFirstSampleTimer() {
        }

        @Override
        public void showMetrics() {
        }
    }
}
