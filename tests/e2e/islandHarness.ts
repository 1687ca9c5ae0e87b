/**
 * In-page helpers for tests/e2e/memory.e2e.ts, installed with page.addInitScript before any
 * page script runs. Everything a mount cycle does happens inside the page, so a cycle costs a
 * few round trips to the test instead of dozens (this machine is slow and shared).
 *
 * - Islands: `keep()` stores a never-hydrated copy of every widget's <astro-island>, taken from
 *   the page's HTML fetched again; `mount(id)` inserts a fresh copy (the custom element connects,
 *   waits until visible and hydrates); `unmount(id)` takes the island out and dispatches
 *   `astro:unmount`, on which @astrojs/preact's client renders null into it (as view transitions do).
 * - Activity: requestAnimationFrame and setTimeout calls, live setInterval timers and listeners
 *   on window and document are counted, so the test can tell that an unmounted widget has
 *   stopped its loops and taken its listeners away.
 */

/** What `activity()` reports. */
export interface Activity {
  frames: number;
  timeouts: number;
  /** A few stack lines of the latest setTimeout call. */
  lastTimeout: string;
  intervals: number;
  listeners: number;
}

/** The harness's in-page API (window.__memory). */
export interface Harness {
  keep(): Promise<void>;
  hydrated(id: string): Promise<void>;
  mount(id: string): Promise<void>;
  unmount(id: string): void;
  waitFor(id: string, selector: string): Promise<void>;
  playUntil(id: string, selector: string, attribute: string | null, n: number): Promise<void>;
  clicks(id: string, selector: string, n: number, settle: string | null, perTask: number): Promise<void>;
  slide(id: string, n: number): Promise<void>;
  activity(): Activity;
  sleep(ms: number): Promise<void>;
}

/** Installs window.__memory; passed to page.addInitScript, so it must be self-contained. */
export function installHarness(): void {
  const w = window as unknown as Window & { __memory: Harness };
  const counts = { frames: 0, timeouts: 0 };
  const intervals = new Set<unknown>();
  const listeners = new Map<string, Set<unknown>>();
  const [raf, setT, setI, clearI] = [requestAnimationFrame.bind(w), setTimeout.bind(w), setInterval.bind(w), clearInterval.bind(w)];
  w.requestAnimationFrame = (cb) => (counts.frames++, raf(cb));
  let lastTimeout = '';
  w.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
    counts.timeouts++;
    // Where the latest timer came from, for the failure message.
    lastTimeout = new Error().stack?.split('\n').slice(2, 5).join(' | ') ?? '';
    return setT(...args);
  }) as typeof setTimeout;
  w.setInterval = ((...args: Parameters<typeof setInterval>) => {
    const handle = setI(...args);
    intervals.add(handle);
    return handle;
  }) as typeof setInterval;
  w.clearInterval = (handle) => (intervals.delete(handle), clearI(handle));
  for (const target of [w, document] as EventTarget[]) {
    const [add, remove] = [target.addEventListener.bind(target), target.removeEventListener.bind(target)];
    const key = (type: string, options?: boolean | EventListenerOptions) => `${target === w ? 'w' : 'd'}:${type}:${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
    target.addEventListener = (type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
      // Once-listeners remove themselves when they fire; they are not counted.
      if (fn && !(typeof options === 'object' && options.once)) {
        const k = key(type, options);
        if (!listeners.has(k)) listeners.set(k, new Set());
        listeners.get(k)!.add(fn);
      }
      add(type, fn, options);
    };
    target.removeEventListener = (type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
      listeners.get(key(type, options))?.delete(fn);
      remove(type, fn, options);
    };
  }

  const sleep = (ms: number) => new Promise<void>((r) => setT(r, ms));
  const figure = (id: string) => document.querySelector(`figure.widget[data-widget-id="${id}"]`)!;
  const until = async (what: string, ok: () => boolean, ms = 90_000) => {
    for (const end = Date.now() + ms; !ok(); await sleep(10)) if (Date.now() > end) throw new Error(`timed out: ${what}`);
  };
  const pristine = new Map<string, Element>();

  w.__memory = {
    async keep() {
      const doc = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      for (const f of doc.querySelectorAll('figure.widget[data-widget-id]')) pristine.set(f.getAttribute('data-widget-id')!, f.querySelector('astro-island')!);
    },
    async hydrated(id) {
      // Scrolled to again every second until it hydrates: growth above can push it back off
      // screen before client:visible sees it (see widget() in tests/e2e/drivers.ts).
      let scrolled = 0;
      await until(`${id} hydrates`, () => {
        if (Date.now() - scrolled > 1000) (figure(id).scrollIntoView({ block: 'center' }), (scrolled = Date.now()));
        return !figure(id).querySelector('astro-island')?.hasAttribute('ssr');
      });
    },
    async mount(id) {
      figure(id).querySelector('.memory-hole')!.replaceWith(document.importNode(pristine.get(id)!, true));
      await this.hydrated(id);
    },
    unmount(id) {
      const island = figure(id).querySelector('astro-island')!;
      const hole = document.createElement('span');
      hole.className = 'memory-hole';
      island.replaceWith(hole);
      island.dispatchEvent(new CustomEvent('astro:unmount'));
    },
    async waitFor(id, selector) {
      await until(`${id}: ${selector}`, () => figure(id).querySelector(selector) !== null);
    },
    async playUntil(id, selector, attribute, n) {
      const play = [...figure(id).querySelectorAll<HTMLButtonElement>('.widget-play-toggle')].find((b) => /\bPlay\b/.test(b.textContent ?? ''))!;
      play.click();
      const read = () => {
        const el = figure(id).querySelector(selector);
        return Number((attribute ? el?.getAttribute(attribute) : el?.textContent?.replace(/\D/g, '')) || 0);
      };
      await until(`${id} reaches ${n}`, () => read() >= n, 60_000);
    },
    async clicks(id, selector, n, settle, perTask) {
      for (let i = 0; i < n; i++) {
        const targets = figure(id).querySelectorAll<HTMLElement>(selector);
        targets[i % targets.length].click();
        if ((i + 1) % perTask !== 0 && i + 1 < n) continue;
        await sleep(0);
        if (settle) await until(`${id} settles`, () => !figure(id).querySelector(settle), 30_000);
      }
    },
    async slide(id, n) {
      const slider = figure(id).querySelector<HTMLInputElement>('input[type="range"]')!;
      const [min, max] = [Number(slider.min), Number(slider.max)];
      for (let i = 0; i < n; i++) {
        slider.value = String(min + ((max - min) * (i % 10)) / 10);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        if (i % 7 === 6) await sleep(0);
      }
    },
    activity: () => ({ ...counts, lastTimeout, intervals: intervals.size, listeners: [...listeners.values()].reduce((a, s) => a + s.size, 0) }),
    sleep,
  };
}
