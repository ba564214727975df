/*
 * Sala read-aloud player: plays a queue of WAV clips from the kiosk server, one after the
 * other, highlights the element each clip reads ([data-read="mark"]) and reports progress to
 * the server component that started it. Loaded as a plain script: no frontend build.
 */
(function () {
  const audio = new Audio();
  audio.preload = 'auto';
  let queue = [];
  let index = -1;
  let host = null;
  let timer = null;
  let volume = 0.5;
  let generation = 0;

  function report(method, value) {
    if (host && host.$server && host.$server[method]) {
      host.$server[method](value);
    }
  }

  function highlight(mark) {
    // Only what this player marked: the server highlights some things (the step card) itself.
    document.querySelectorAll('[data-read].sala-reading').forEach((e) => e.classList.remove('sala-reading'));
    if (mark === null || mark === undefined) {
      return;
    }
    const element = document.querySelector('[data-read="' + mark + '"]');
    if (element) {
      element.classList.add('sala-reading');
      element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }

  function prefetch(i) {
    if (i < queue.length) {
      fetch(queue[i].url).catch(() => {});
    }
  }

  function playAt(i) {
    clearTimeout(timer);
    index = i;
    if (i >= queue.length) {
      highlight(null);
      report('onStatus', 'ended');
      return;
    }
    const clip = queue[i];
    if (i === 0 || queue[i - 1].mark !== clip.mark) {
      report('onMark', clip.mark);
    }
    if (clip.highlight !== false) {
      highlight(clip.mark);
    }
    audio.src = clip.url;
    audio.volume = volume;
    const mine = generation;
    audio.play().then(() => {
      if (mine === generation) {
        report('onStatus', 'playing');
      }
    }).catch(() => {
      if (mine === generation) {
        report('onStatus', 'error');
      }
    });
    prefetch(i + 1);
  }

  // Someone listening is someone there: while clips play, the idle watch (sala-idle.js)
  // hears 'sala-activity' at each start and end and every second, so the kiosk never asks
  // "Are you still there?" in the middle of a long reading, however short its idle time.
  const ACTIVITY_EVERY_MS = 1000;
  let lastActivity = 0;
  function activity(force) {
    const now = Date.now();
    if (force || now - lastActivity >= ACTIVITY_EVERY_MS) {
      lastActivity = now;
      window.dispatchEvent(new CustomEvent('sala-activity', { detail: { source: 'read-aloud' } }));
    }
  }
  audio.addEventListener('playing', () => activity(true));
  audio.addEventListener('ended', () => activity(true));
  audio.addEventListener('timeupdate', () => {
    if (!audio.paused) {
      activity(false);
    }
  });

  audio.addEventListener('ended', () => {
    const clip = queue[index];
    const mine = generation;
    timer = setTimeout(() => {
      if (mine === generation) {
        playAt(index + 1);
      }
    }, clip ? clip.pauseAfter || 150 : 150);
  });

  // A clip that cannot play is skipped, so one bad clip never silences the rest.
  audio.addEventListener('error', () => {
    if (index >= 0 && audio.getAttribute('src')) {
      report('onStatus', 'error');
      const mine = generation;
      timer = setTimeout(() => {
        if (mine === generation) {
          playAt(index + 1);
        }
      }, 150);
    }
  });

  function stop() {
    generation++;
    clearTimeout(timer);
    audio.pause();
    audio.removeAttribute('src');
    audio.load();
    queue = [];
    index = -1;
    highlight(null);
  }

  window.Sala = window.Sala || {};
  window.Sala.reader = {
    audio: audio,
    play(hostElement, clips, newVolume) {
      // Never listen while speaking: the kiosk would hear itself.
      if (window.Sala.voice) {
        window.Sala.voice.cancel();
      }
      stop();
      host = hostElement;
      queue = clips;
      volume = newVolume;
      playAt(0);
    },
    pause() {
      clearTimeout(timer);
      audio.pause();
      report('onStatus', 'paused');
    },
    resume() {
      if (index < 0) {
        return;
      }
      if (audio.ended || !audio.getAttribute('src')) {
        playAt(index + 1);
      } else {
        audio.play().then(() => report('onStatus', 'playing')).catch(() => report('onStatus', 'error'));
      }
    },
    repeat() {
      if (queue.length === 0) {
        return;
      }
      // Repeat what is being read: back to the first clip of the current mark.
      let start = Math.max(0, Math.min(index, queue.length - 1));
      while (start > 0 && queue[start - 1].mark === queue[start].mark) {
        start--;
      }
      generation++;
      playAt(start);
    },
    stop() {
      stop();
    },
    setVolume(newVolume) {
      volume = newVolume;
      audio.volume = newVolume;
    },
    isPlaying() {
      return !audio.paused && !audio.ended;
    }
  };
})();
