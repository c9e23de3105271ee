// What the page benchmark (scripts/bench-pages.ts) measures inside the browser. Plain browser
// JavaScript, installed with Playwright's addInitScript before any page script runs; the bench
// calls window.__kabarProbe.* with string expressions (functions compiled by tsx would carry
// helpers the page does not have).
(() => {
  const state = { lcp: null, shifts: [], interactions: new Map() };
  const keys = { start: 0, done: null, tail: "", resolve: null, pending: null };

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.lcp = entry.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) state.shifts.push({ t: entry.startTime, value: entry.value });
    }
  }).observe({ type: "layout-shift", buffered: true });
  // Event Timing: an interaction's latency is its slowest event, from input to the next paint.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const id = entry.interactionId;
      if (!id) continue;
      state.interactions.set(id, Math.max(state.interactions.get(id) ?? 0, entry.duration));
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true });

  /** CLS as Chrome reports it: the largest session window (gaps under 1 s, at most 5 s). */
  function cls() {
    let worst = 0;
    let sum = 0;
    let start = -Infinity;
    let last = -Infinity;
    for (const shift of state.shifts) {
      if (shift.t - last > 1000 || shift.t - start > 5000) {
        sum = 0;
        start = shift.t;
      }
      sum += shift.value;
      last = shift.t;
      worst = Math.max(worst, sum);
    }
    return worst;
  }

  window.__kabarProbe = {
    read() {
      const scripts = performance
        .getEntriesByType("resource")
        .filter((r) => new URL(r.name).pathname.endsWith(".js"));
      const latencies = [...state.interactions.values()];
      return {
        lcpMs: state.lcp,
        cls: cls(),
        // Compressed bytes as they came over the wire (without headers).
        jsBytes: scripts.reduce((n, r) => n + r.encodedBodySize, 0),
        jsFiles: scripts.map((r) => new URL(r.name).pathname),
        inpMs: latencies.length > 0 ? Math.max(...latencies) : null,
        interactions: latencies.length,
      };
    },
    /** Forgets the interactions so far, so only the scripted ones that follow count. */
    resetInteractions() {
      state.interactions.clear();
    },
    /**
     * The composer's keystroke figure: from a key event to the moment both the preview and the
     * request view show the text typed so far (a MutationObserver callback runs right after
     * React commits, before the browser paints).
     */
    watchKeystrokes() {
      const root = document.querySelector('[aria-label="Preview and request"]');
      if (!root) throw new Error("the composer's preview pane is missing");
      const shows = () =>
        (document.querySelector('[aria-label="WhatsApp preview"]')?.textContent ?? "").includes(
          keys.tail,
        ) &&
        (document.querySelector('[aria-label="Request body"]')?.textContent ?? "").includes(
          keys.tail,
        );
      document.addEventListener(
        "keydown",
        (event) => {
          keys.start = event.timeStamp;
          keys.done = null;
        },
        true,
      );
      new MutationObserver(() => {
        if (keys.done !== null || !keys.tail || !shows()) return;
        keys.done = performance.now();
        keys.resolve?.(keys.done - keys.start);
      }).observe(root, { subtree: true, childList: true, characterData: true });
    },
    /** Arms the watch: the next keystroke is done once both views show `tail`. */
    expectTail(tail) {
      keys.tail = tail;
      keys.done = null;
      keys.pending = new Promise((resolve) => {
        keys.resolve = resolve;
      });
    },
    /** The armed keystroke's figure in ms (a promise: it waits for the views to update). */
    keystroke() {
      return keys.pending;
    },
  };
})();
