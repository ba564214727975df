/*
 * Sala push-to-talk. The tap on the microphone button opens the microphone at once, on the
 * page, and records into a buffer from the first sample, while the server issues the stream's
 * ticket; start() then opens a same-origin WebSocket with it and sends the buffer and everything
 * after, in the format the host element names (the server's SpeechAudio: rate and samples per
 * message). It shows the words heard live and hands the server component the ticket when the
 * answer is ready. The audio context and the recording worklet are made ready when the panel
 * appears (prepare(), no microphone), so even the first tap hears from its first syllable.
 * The microphone is open only while listening: it closes on the server's end of speech, on a
 * second tap, after the time limit, when the screen is reset, before Sala speaks, and when the
 * server does not take up a tap. Loaded as a plain script: no frontend build.
 */
(function () {
  /** A tap the server has not taken up within this long closes the microphone again. */
  const UNCLAIMED_MILLIS = 5000;
  /** At most this much audio waits for the socket (the server's utterance limit is 15 s). */
  const MAX_PENDING_SECONDS = 15;

  let current = null;
  let audio = null;

  /** Read by the benchmark and the microphone tests only: when each step of the latest tap happened (performance.now()). */
  function mark(name) {
    if (window.Sala.voice.marks[name] === undefined) {
      window.Sala.voice.marks[name] = performance.now();
    }
  }

  function activity() {
    window.dispatchEvent(new CustomEvent('sala-activity'));
  }

  function heardElement(host) {
    return host.querySelector('.sala-voice-heard');
  }

  function showHeard(host, text) {
    const element = heardElement(host);
    if (element) {
      element.textContent = text;
    }
  }

  function report(host, method, value) {
    if (host && host.$server && host.$server[method]) {
      host.$server[method](value);
    }
  }

  function number(host, name, fallback) {
    const value = Number(host.getAttribute('data-' + name));
    return value > 0 ? value : fallback;
  }

  /** What the browser may do to the sound (sala.voice.capture.*, on the host as data attributes). */
  function captureSettings(host) {
    const setting = (name) => host.getAttribute('data-' + name) !== 'false';
    return {
      channelCount: 1,
      echoCancellation: setting('echo-cancellation'),
      noiseSuppression: setting('noise-suppression'),
      autoGainControl: setting('auto-gain-control')
    };
  }

  function socketUrl(path) {
    const url = new URL(path, document.baseURI);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return url.toString();
  }

  /**
   * The page's one audio context with the recording worklet loaded, kept (suspended between
   * taps) for the page's life: making them on the tap cost the first syllable. No microphone is
   * opened here.
   */
  function prepare(host) {
    if (audio) {
      return audio;
    }
    const rate = number(host, 'sample-rate', 16000);
    let context;
    try {
      context = new AudioContext({ sampleRate: rate });
    } catch (e) {
      context = new AudioContext();
    }
    const prepared = { context: context, rate: rate, silent: null };
    prepared.ready = context.audioWorklet.addModule(new URL('js/sala-mic-worklet.js', document.baseURI).toString())
      .then(() => {
        // Connected to the output (muted) so the browser keeps pulling audio through the node.
        prepared.silent = context.createGain();
        prepared.silent.gain.value = 0;
        prepared.silent.connect(context.destination);
        if (!current && context.state === 'running') {
          return context.suspend();
        }
        return undefined;
      });
    prepared.ready.catch(() => {
      if (audio === prepared) {
        audio = null;
      }
    });
    audio = prepared;
    // Lets the browser start its audio service before the first tap; lists devices, opens none.
    if (navigator.mediaDevices && navigator.mediaDevices.enumerateDevices) {
      navigator.mediaDevices.enumerateDevices().catch(() => {});
    }
    return prepared;
  }

  /** Closes the microphone and disconnects the recording; the socket is left to deliver the answer. */
  function closeMicrophone(session) {
    clearTimeout(session.timer);
    clearTimeout(session.unclaimed);
    if (session.node) {
      session.node.port.postMessage('flush');
      const node = session.node;
      // The flushed rest arrives on the port a moment later; then the node goes.
      setTimeout(() => {
        node.port.onmessage = null;
        node.disconnect();
      }, 20);
      session.node = null;
    }
    if (session.source) {
      session.source.disconnect();
      session.source = null;
    }
    if (session.stream) {
      session.stream.getTracks().forEach((track) => track.stop());
      session.stream = null;
    }
    if (audio && current !== session && !current && audio.context.state === 'running') {
      audio.context.suspend().catch(() => {});
    }
  }

  function release(session) {
    if (current === session) {
      current = null;
    }
    closeMicrophone(session);
  }

  function end(session) {
    if (session.ended) {
      return;
    }
    session.ended = true;
    // Send what is still buffered, then ask for the answer.
    if (session.node) {
      session.node.port.postMessage('flush');
    }
    setTimeout(() => {
      release(session);
      if (session.socket && session.socket.readyState === WebSocket.OPEN) {
        session.socket.send(JSON.stringify({ type: 'end' }));
      }
    }, 30);
  }

  function abandon(session) {
    session.ended = true;
    session.answered = true;
    release(session);
    if (session.socket && session.socket.readyState <= WebSocket.OPEN) {
      session.socket.close();
    }
  }

  function send(session, chunk) {
    session.socket.send(chunk);
    mark('firstSent');
    // Read by the benchmark only: when the latest audio left the page.
    window.Sala.voice.lastFrameAt = performance.now();
  }

  function heard(session, event) {
    if (!(event.data instanceof ArrayBuffer)) {
      mark('firstSample');
      return;
    }
    const socket = session.socket;
    if (socket && socket.readyState === WebSocket.OPEN) {
      send(session, event.data);
    } else if ((!socket || socket.readyState === WebSocket.CONNECTING)
        && session.pending.length < MAX_PENDING_SECONDS * session.chunksPerSecond) {
      session.pending.push(event.data);
    }
  }

  /** Opens the microphone and records into the session's buffer until a socket takes it. */
  async function record(session) {
    const host = session.host;
    try {
      const prepared = prepare(host);
      // Within the tap: the browser lets a tap start audio.
      const resumed = prepared.context.resume().catch(() => {});
      const stream = await navigator.mediaDevices.getUserMedia({ audio: captureSettings(host) });
      mark('microphoneOpen');
      if (session.ended) {
        stream.getTracks().forEach((track) => track.stop());
        return;
      }
      session.stream = stream;
      await prepared.ready;
      await resumed;
      if (session.ended) {
        closeMicrophone(session);
        return;
      }
      const context = prepared.context;
      if (context.state !== 'running') {
        await context.resume();
      }
      session.source = context.createMediaStreamSource(stream);
      session.node = new AudioWorkletNode(context, 'sala-microphone', {
        processorOptions: { sampleRate: prepared.rate, chunkSamples: number(host, 'chunk-samples', 1600) }
      });
      session.chunksPerSecond = prepared.rate / number(host, 'chunk-samples', 1600);
      session.node.port.onmessage = (event) => heard(session, event);
      session.source.connect(session.node);
      session.node.connect(prepared.silent);
    } catch (e) {
      const started = !!session.ticket;
      abandon(session);
      if (started) {
        report(host, 'onFailure', 'microphone');
      } else {
        session.failed = true;
      }
    }
  }

  /** The tap: the microphone opens now; the server's start() adds the ticket and the stream. */
  function open(host) {
    if (current) {
      abandon(current);
    }
    if (window.Sala.reader) {
      window.Sala.reader.stop();
    }
    window.Sala.voice.marks = {};
    mark('tap');
    const session = { host: host, ticket: null, ended: false, answered: false, pending: [], chunksPerSecond: 10 };
    current = session;
    activity();
    showHeard(host, '');
    session.unclaimed = setTimeout(() => {
      if (!session.ticket) {
        abandon(session);
      }
    }, UNCLAIMED_MILLIS);
    record(session);
    return session;
  }

  /** Called by the server with the ticket, after the tap (or after Alt+M, which is no tap on the page). */
  function start(host, path, ticket, limitMillis) {
    let session = current;
    if (!session || session.host !== host || session.ticket || session.ended) {
      session = open(host);
    }
    mark('start');
    clearTimeout(session.unclaimed);
    session.ticket = ticket;
    if (session.failed) {
      abandon(session);
      report(host, 'onFailure', 'microphone');
      return;
    }
    const socket = new WebSocket(socketUrl(path + '?ticket=' + encodeURIComponent(ticket)));
    session.socket = socket;
    socket.binaryType = 'arraybuffer';
    socket.onopen = () => {
      mark('socketOpen');
      session.pending.splice(0).forEach((chunk) => send(session, chunk));
      if (session.ended) {
        // Stopped (a second tap, the time limit) while the socket was connecting.
        socket.send(JSON.stringify({ type: 'end' }));
      }
      report(host, 'onListening', '');
    };
    socket.onmessage = (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      activity();
      if (message.type === 'partial') {
        showHeard(host, message.text);
      } else if (message.type === 'final') {
        window.Sala.voice.lastFinalAt = performance.now();
        session.answered = true;
        session.ended = true;
        release(session);
        showHeard(host, message.heard || '');
        report(host, 'onAnswer', session.ticket);
      }
    };
    socket.onclose = () => {
      release(session);
      if (!session.answered) {
        session.answered = true;
        session.ended = true;
        report(host, 'onFailure', 'stream');
      }
    };
    session.timer = setTimeout(() => end(session), limitMillis);
  }

  /** A tap on Speak while Sala is idle opens the microphone before anything else happens. */
  document.addEventListener('click', (event) => {
    const button = event.target && event.target.closest ? event.target.closest('.sala-voice-button') : null;
    const host = button ? button.closest('.sala-voice') : null;
    if (!host || button.disabled || host.getAttribute('data-voice-state') !== 'idle') {
      return;
    }
    if (current && !current.ended) {
      // A second tap before the server has answered the first: the server stops it.
      return;
    }
    open(host);
  }, true);

  window.addEventListener('sala-reset', () => {
    if (current) {
      abandon(current);
    }
  });

  window.Sala = window.Sala || {};
  window.Sala.voice = {
    marks: {},
    prepare(host) {
      try {
        prepare(host);
      } catch (e) {
        // No audio on this page: the tap will say so.
      }
    },
    start: start,
    /** The second tap: stop listening and answer what was heard. */
    finish() {
      if (current) {
        end(current);
      }
    },
    /** Stop without an answer (the screen changed, Sala is about to speak). */
    cancel() {
      if (current) {
        abandon(current);
      }
    }
  };
})();
