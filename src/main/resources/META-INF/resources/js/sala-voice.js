/*
 * Sala push-to-talk: after a tap, opens the microphone, streams PCM to the kiosk server over a
 * same-origin WebSocket in the format the server passes to start() (its SpeechAudio: rate and
 * samples per message), shows the words heard live, and hands the server component a ticket
 * when the answer is ready. The microphone is open only while listening: it closes on the
 * server's end of speech, on a second tap, after the time limit, when the screen is reset,
 * and before Sala speaks. Loaded as a plain script: no frontend build.
 */
(function () {
  let current = null;

  /** Read by the benchmark and the microphone tests only: when each step of the latest tap happened (performance.now()). */
  function mark(name) {
    window.Sala.voice.marks[name] = performance.now();
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

  /** Closes the microphone and the audio graph; the socket is left to deliver the answer. */
  function closeMicrophone(session) {
    clearTimeout(session.timer);
    if (session.node) {
      session.node.port.postMessage('flush');
      session.node.port.onmessage = null;
    }
    if (session.stream) {
      session.stream.getTracks().forEach((track) => track.stop());
      session.stream = null;
    }
    if (session.context) {
      session.context.close().catch(() => {});
      session.context = null;
    }
  }

  function end(session) {
    if (session.ended) {
      return;
    }
    session.ended = true;
    // Send what is still buffered, then ask for the answer.
    setTimeout(() => {
      closeMicrophone(session);
      if (session.socket && session.socket.readyState === WebSocket.OPEN) {
        session.socket.send(JSON.stringify({ type: 'end' }));
      }
    }, 30);
  }

  function abandon(session) {
    session.ended = true;
    session.answered = true;
    closeMicrophone(session);
    if (session.socket && session.socket.readyState <= WebSocket.OPEN) {
      session.socket.close();
    }
    if (current === session) {
      current = null;
    }
  }

  async function start(host, path, ticket, limitMillis, sampleRate, chunkSamples) {
    if (current) {
      abandon(current);
    }
    if (window.Sala.reader) {
      window.Sala.reader.stop();
    }
    const session = { host: host, ticket: ticket, ended: false, answered: false };
    current = session;
    window.Sala.voice.marks = {};
    mark('start');
    activity();
    showHeard(host, '');
    try {
      session.stream = await navigator.mediaDevices.getUserMedia({ audio: captureSettings(host) });
      mark('microphoneOpen');
      if (session.ended) {
        abandon(session);
        return;
      }
      try {
        session.context = new AudioContext({ sampleRate: sampleRate });
      } catch (e) {
        session.context = new AudioContext();
      }
      await session.context.audioWorklet.addModule(new URL('js/sala-mic-worklet.js', document.baseURI).toString());
      const source = session.context.createMediaStreamSource(session.stream);
      session.node = new AudioWorkletNode(session.context, 'sala-microphone', {
        processorOptions: { sampleRate: sampleRate, chunkSamples: chunkSamples }
      });
      const silent = session.context.createGain();
      silent.gain.value = 0;
      source.connect(session.node);
      // Connected to the output (muted) so the browser keeps pulling audio through the node.
      session.node.connect(silent).connect(session.context.destination);
      await session.context.resume();
    } catch (e) {
      abandon(session);
      report(host, 'onFailure', 'microphone');
      return;
    }
    session.socket = new WebSocket(socketUrl(path + '?ticket=' + encodeURIComponent(ticket)));
    session.socket.binaryType = 'arraybuffer';
    const pending = [];
    session.node.port.onmessage = (event) => {
      if (!(event.data instanceof ArrayBuffer)) {
        mark('firstSample');
        return;
      }
      if (session.socket.readyState === WebSocket.OPEN) {
        if (window.Sala.voice.marks.firstSent === undefined) {
          mark('firstSent');
        }
        session.socket.send(event.data);
        // Read by the benchmark only: when the latest audio left the page.
        window.Sala.voice.lastFrameAt = performance.now();
      } else if (session.socket.readyState === WebSocket.CONNECTING) {
        pending.push(event.data);
      }
    };
    session.socket.onopen = () => {
      mark('socketOpen');
      if (pending.length > 0) {
        mark('firstSent');
      }
      pending.splice(0).forEach((chunk) => session.socket.send(chunk));
      report(host, 'onListening', '');
    };
    session.socket.onmessage = (event) => {
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
        closeMicrophone(session);
        showHeard(host, message.heard || '');
        if (current === session) {
          current = null;
        }
        report(host, 'onAnswer', session.ticket);
      }
    };
    session.socket.onclose = () => {
      closeMicrophone(session);
      if (!session.answered) {
        session.answered = true;
        if (current === session) {
          current = null;
        }
        report(host, 'onFailure', 'stream');
      }
    };
    session.timer = setTimeout(() => end(session), limitMillis);
  }

  window.addEventListener('sala-reset', () => {
    if (current) {
      abandon(current);
    }
  });

  window.Sala = window.Sala || {};
  window.Sala.voice = {
    marks: {},
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
