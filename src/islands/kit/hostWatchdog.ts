/**
 * The engine worker's watchdog. A worker killed for running out of memory (or one that stops
 * itself) fires no error event: its pending calls would simply never settle, and the widget
 * would wait forever. So the kit pings the worker every few seconds; a ping not answered within
 * the timeout means the worker is gone (or stuck in one call far longer than any slice of work),
 * and `onSilent` restarts it.
 *
 *   idle ─everyMs─► ping sent ─answer─► idle
 *                       └── no answer within timeoutMs ──► onSilent() (watching ends)
 *
 * A ping that rejects means the worker was restarted for another reason: watching ends quietly.
 * The timeout is read at every ping, so a test can shorten it on a running page.
 */

/** Between an answer and the next ping of the engine worker. */
export const PING_EVERY_MS = 2_000;
/**
 * A ping unanswered this long means the worker is gone: far above any one call (a slice of work
 * is ~25 ms; the longest, building the feature projection, takes seconds on a slow machine).
 */
const SILENT_AFTER_MS = 15_000;
let silentAfterMs = SILENT_AFTER_MS;

/** How long the engine worker's watchdog waits for an answer. */
export const watchdogTimeout = (): number => silentAfterMs;

/** Test-only: how long the watchdog waits for an answer from now on (a value ≤ 0 restores the default). */
export function setWatchdogTimeout(ms: number): void {
  silentAfterMs = ms > 0 ? ms : SILENT_AFTER_MS;
}

export interface WatchdogOptions {
  /** Time between an answer and the next ping. */
  everyMs: number;
  /** How long a ping may go unanswered; read at each ping. */
  timeoutMs: () => number;
}

/** Pings with `ping` until stopped; calls `onSilent` once if a ping goes unanswered. Returns stop. */
export function watchHost(ping: () => Promise<unknown>, onSilent: () => void, { everyMs, timeoutMs }: WatchdogOptions): () => void {
  let stopped = false;
  let next: ReturnType<typeof setTimeout> | null = null;
  let deadline: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    stopped = true;
    if (next !== null) clearTimeout(next);
    if (deadline !== null) clearTimeout(deadline);
  };
  const round = () => {
    if (stopped) return;
    let answered = false;
    deadline = setTimeout(() => {
      if (answered || stopped) return;
      stop();
      onSilent();
    }, timeoutMs());
    ping().then(
      () => {
        answered = true;
        if (deadline !== null) clearTimeout(deadline);
        if (!stopped) next = setTimeout(round, everyMs);
      },
      () => {
        answered = true;
        stop();
      },
    );
  };
  next = setTimeout(round, everyMs);
  return stop;
}
