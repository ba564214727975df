/*
 * Sala idle watch: notices when nobody has touched, typed or spoken for the idle time, asks
 * the server to show "Are you still there?", counts down on the page, and when nobody
 * answers, lets the server forget the visitor and loads the welcome screen afresh. The
 * timing is all here, so the server is never polled and no push connection is needed.
 *
 * Activity: pointerdown, touchstart and keydown anywhere on the page, and the window event
 * 'sala-activity' (the read-aloud player while it plays, the voice assistant while it
 * listens or answers). Before leaving, the window event 'sala-reset' tells the voice code to
 * close the microphone. Loaded as a plain script: no frontend build.
 */
(function () {
  const INPUT_EVENTS = ['pointerdown', 'touchstart', 'keydown'];
  const ANNOUNCE_AT = [30, 20, 10, 5];
  // If the server does not answer within this time, the page starts over by itself: a kiosk
  // must never stay stuck on a previous visitor's screen.
  const SERVER_GRACE_MS = 5000;

  let host = null;
  let idleMs = 60000;
  let warningMs = 30000;
  let state = 'off'; // off | watching | asking | warning | resetting
  let idleTimer = null;
  let graceTimer = null;
  let tickTimer = null;
  let deadline = 0;
  let shownSeconds = -1;
  let inerted = [];
  let focusBefore = null;

  function clearTimers() {
    clearTimeout(idleTimer);
    clearTimeout(graceTimer);
    clearInterval(tickTimer);
  }

  function arm() {
    clearTimeout(idleTimer);
    if (state === 'watching') {
      idleTimer = setTimeout(askServer, idleMs);
    }
  }

  function activity() {
    if (state === 'watching') {
      arm();
    }
  }

  function askServer() {
    if (state !== 'watching' || !host || !host.$server) {
      return;
    }
    state = 'asking';
    host.$server.idle();
    graceTimer = setTimeout(() => {
      if (state === 'asking') {
        reset();
      }
    }, SERVER_GRACE_MS);
  }

  function dialog() {
    return host ? host : document.querySelector('.sala-idle-dialog');
  }

  function secondsLeft() {
    return Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  }

  function drawCountdown() {
    const box = dialog();
    const seconds = secondsLeft();
    if (box && seconds !== shownSeconds) {
      shownSeconds = seconds;
      const countdown = box.querySelector('.sala-idle-countdown');
      if (countdown) {
        const sentence = countdown.getAttribute(seconds === 1 ? 'data-one' : 'data-many') || '{0}';
        const at = sentence.indexOf('{0}');
        const number = document.createElement('span');
        number.className = 'sala-idle-seconds';
        number.textContent = String(seconds);
        countdown.replaceChildren(
          document.createTextNode(at < 0 ? '' : sentence.substring(0, at)),
          number,
          document.createTextNode(at < 0 ? ' ' + sentence : sentence.substring(at + 3)));
        const live = box.querySelector('[role=status]');
        if (live && (ANNOUNCE_AT.includes(seconds) || shownSeconds === Math.ceil(warningMs / 1000))) {
          live.textContent = sentence.replace('{0}', String(seconds));
        }
      }
    }
    if (seconds <= 0) {
      reset();
    }
  }

  /** Everything but the question is out of reach while it is asked (a real modal). */
  function setBackgroundInert(on) {
    const box = dialog();
    if (on && box && box.parentElement) {
      inerted = Array.from(box.parentElement.children).filter((e) => e !== box && !e.inert);
      inerted.forEach((e) => { e.inert = true; });
    } else {
      inerted.forEach((e) => { e.inert = false; });
      inerted = [];
    }
  }

  function warn() {
    if (state === 'resetting') {
      return;
    }
    clearTimers();
    state = 'warning';
    deadline = Date.now() + warningMs;
    shownSeconds = -1;
    focusBefore = document.activeElement;
    setBackgroundInert(true);
    // Wait a frame: the server has just made the dialog visible.
    requestAnimationFrame(() => {
      const button = dialog() && dialog().querySelector('.sala-idle-more');
      if (button && state === 'warning') {
        button.focus();
      }
    });
    drawCountdown();
    tickTimer = setInterval(drawCountdown, 250);
  }

  function resume() {
    if (state === 'resetting' || state === 'off') {
      return;
    }
    const wasWarning = state === 'warning' || state === 'asking';
    clearTimers();
    setBackgroundInert(false);
    state = 'watching';
    if (wasWarning && focusBefore && focusBefore.isConnected && focusBefore.focus) {
      focusBefore.focus();
    }
    focusBefore = null;
    arm();
  }

  function welcomeAddress() {
    return new URL('welcome', document.baseURI).href;
  }

  function reset() {
    if (state === 'resetting') {
      return;
    }
    clearTimers();
    state = 'resetting';
    window.dispatchEvent(new CustomEvent('sala-reset'));
    if (window.Sala && window.Sala.reader) {
      window.Sala.reader.stop();
    }
    let left = false;
    const leave = () => {
      if (!left) {
        left = true;
        // replace(): the previous visitor's screens are not even in the back history.
        window.location.replace(welcomeAddress());
      }
    };
    setTimeout(leave, SERVER_GRACE_MS);
    try {
      const answer = host && host.$server ? host.$server.reset() : null;
      if (answer && answer.then) {
        answer.then(leave, leave);
      } else {
        leave();
      }
    } catch (e) {
      leave();
    }
  }

  INPUT_EVENTS.forEach((type) => window.addEventListener(type, activity, { capture: true, passive: true }));
  window.addEventListener('sala-activity', activity);

  // A press on "I need more time" goes back to watching at once, before the server answers,
  // so a countdown ending during the round trip cannot reset a visitor who did answer.
  document.addEventListener('click', (event) => {
    if (state === 'warning' && event.target.closest && event.target.closest('.sala-idle-more')) {
      resume();
    }
  }, true);

  window.Sala = window.Sala || {};
  window.Sala.idle = {
    /** Starts timing on this page (again): the server calls it after each screen change. */
    watch(hostElement, newIdleMs, newWarningMs) {
      host = hostElement;
      idleMs = newIdleMs;
      warningMs = newWarningMs;
      if (state === 'warning' || state === 'asking' || state === 'resetting') {
        return;
      }
      state = 'watching';
      arm();
    },
    /** Stops timing (the welcome screen has nothing to time out). */
    off() {
      if (state === 'resetting') {
        return;
      }
      clearTimers();
      setBackgroundInert(false);
      state = 'off';
    },
    /** The server shows the question: count down. */
    warn() {
      warn();
    },
    /** The visitor asked for more time. */
    resume() {
      resume();
    },
    state() {
      return state;
    }
  };
})();
