// The content script's life on a law page, shared with the page scripts it has injected: timers, frames and
// listeners that stop once the script is stopped, and what to undo then (the hosts it put on the page). In
// place of WXT's ContentScriptContext (about 3 KB of the content script, with a location watcher and an
// abort signal per listener that a law page does not need): the content script is registered by hand.
//
// Stopped when a newer copy of the content script starts on the same page (the extension was reloaded or
// updated and injected again), or when the extension's runtime is gone.

export interface PageContext {
  /** Called once the script is stopped. */
  onInvalidated(callback: () => void): void;
  setTimeout(handler: () => void, ms?: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  addEventListener<K extends keyof DocumentEventMap>(target: Document, type: K, handler: (event: DocumentEventMap[K]) => void, options?: AddEventListenerOptions): void;
}

/** Sent on the document by each copy that starts; the older copies stop. */
const STARTED = 'wetsignaal:content-started';

export function startPageContext(runtimeAlive: () => boolean): PageContext {
  const stops = new Set<() => void>();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const callback of stops) callback();
    stops.clear();
  };
  const alive = () => {
    if (!stopped && !runtimeAlive()) stop();
    return !stopped;
  };
  const id = Math.random();
  document.dispatchEvent(new CustomEvent(STARTED, { detail: id }));
  const newer = (event: Event) => {
    if ((event as CustomEvent).detail !== id) stop();
  };
  document.addEventListener(STARTED, newer);
  stops.add(() => document.removeEventListener(STARTED, newer));
  // A timer or frame forgets its undoing once it has run.
  const once = (cancel: () => void, run: () => void) => {
    stops.add(cancel);
    return () => {
      stops.delete(cancel);
      if (alive()) run();
    };
  };
  return {
    onInvalidated: (callback) => void stops.add(callback),
    setTimeout(handler, ms) {
      const cancel = () => clearTimeout(timer);
      const timer = window.setTimeout(once(cancel, handler), ms);
      return timer;
    },
    requestAnimationFrame(callback) {
      const cancel = () => cancelAnimationFrame(frame);
      let time = 0;
      const run = once(cancel, () => callback(time));
      const frame = window.requestAnimationFrame((at) => {
        time = at;
        run();
      });
      return frame;
    },
    addEventListener(target, type, handler, options) {
      const listener = (event: Event) => alive() && handler(event as DocumentEventMap[typeof type]);
      target.addEventListener(type, listener, options);
      stops.add(() => target.removeEventListener(type, listener, options));
    },
  };
}
