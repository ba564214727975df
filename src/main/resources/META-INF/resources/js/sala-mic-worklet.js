/*
 * Runs on the audio thread: turns the microphone's float samples, at whatever rate the audio
 * context runs, into mono 16-bit little-endian PCM at the server's rate, posted in chunks of
 * the server's size (processorOptions: the server's SpeechAudio, through sala-voice.js).
 */
class SalaMicrophone extends AudioWorkletProcessor {
  constructor(options) {
    super();
    const format = options.processorOptions;
    // sampleRate alone is the audio context's: the global scope of an AudioWorklet.
    this.ratio = sampleRate / format.sampleRate;
    this.position = 0;
    this.chunk = new Int16Array(format.chunkSamples);
    this.filled = 0;
    this.port.onmessage = (event) => {
      if (event.data === 'flush') {
        this.flush();
      }
    };
  }

  flush() {
    if (this.filled > 0) {
      const out = this.chunk.slice(0, this.filled);
      this.port.postMessage(out.buffer, [out.buffer]);
      this.filled = 0;
    }
  }

  push(value) {
    const clamped = Math.max(-1, Math.min(1, value));
    this.chunk[this.filled++] = clamped < 0 ? clamped * 32768 : clamped * 32767;
    if (this.filled === this.chunk.length) {
      this.flush();
    }
  }

  process(inputs) {
    const input = inputs[0];
    if (!input || input.length === 0) {
      return true;
    }
    if (!this.started) {
      // The first samples from the microphone: the page marks the moment (the first-syllable figure).
      this.started = true;
      this.port.postMessage({ started: currentTime });
    }
    const channels = input.length;
    const frames = input[0].length;
    // Average the channels (stereo heard as mono would be heard at half speed), then take
    // every ratio-th point, averaging what lies between: a cheap low-pass before decimation.
    for (let i = 0; i < frames; i++) {
      let sum = 0;
      for (let c = 0; c < channels; c++) {
        sum += input[c][i];
      }
      const sample = sum / channels;
      if (this.ratio <= 1) {
        this.push(sample);
        continue;
      }
      this.accumulated = (this.accumulated || 0) + sample;
      this.count = (this.count || 0) + 1;
      this.position += 1;
      if (this.position >= this.ratio) {
        this.position -= this.ratio;
        this.push(this.accumulated / this.count);
        this.accumulated = 0;
        this.count = 0;
      }
    }
    return true;
  }
}

registerProcessor('sala-microphone', SalaMicrophone);
