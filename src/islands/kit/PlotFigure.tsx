/**
 * One Observable Plot chart inside a Preact island: the options come from a pure builder in
 * src/charts/, Plot draws them into this element after render (never on the server). A chart
 * that changes every frame can ask for `minIntervalMs`: redraws then happen at most that often,
 * always ending with the latest options, so the page keeps its frame rate.
 * A throttled chart draws in a task of its own (a timer), never in the render's effects: a widget
 * with three charts that all change on one result then takes three short tasks, not one long one.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  options: Plot.PlotOptions | null;
  class?: string;
  /** Least time between two redraws; 0 redraws on every change. */
  minIntervalMs?: number;
  /** For decorative layers whose content another element already describes. */
  decorative?: boolean;
  /** The chart's height in px, reserved before it is drawn (a chart whose box never changes can be `contain: strict`). */
  height?: number;
}

/** A div that holds the Plot drawn from `options`. */
export function PlotFigure({ options, class: className, minIntervalMs = 0, decorative = false, height }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef(options);
  const lastDraw = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  latest.current = options;

  useEffect(() => {
    const draw = () => {
      timer.current = null;
      lastDraw.current = performance.now();
      const element = host.current;
      const current = latest.current;
      if (!element || !current) return;
      try {
        const figure = Plot.plot(current);
        // The host div is the image for assistive technology (role img + the summary); Plot's
        // own labelled groups inside would be prohibited ARIA under role img, so hide the SVG.
        figure.setAttribute('aria-hidden', 'true');
        element.replaceChildren(figure);
      } catch (error) {
        // A chart that cannot be drawn must not take the page down; the text alternatives remain.
        console.warn('[race] chart not drawn:', error);
      }
    };
    // An unthrottled chart (one that changes on a reader's input) draws at once.
    if (minIntervalMs <= 0 && timer.current === null) return draw();
    // A draw already waiting takes the latest options when it runs.
    if (timer.current !== null) return;
    const wait = Math.max(0, minIntervalMs - (performance.now() - lastDraw.current));
    timer.current = setTimeout(draw, wait);
  }, [options, minIntervalMs]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const label = decorative ? undefined : options?.ariaLabel ?? undefined;
  return (
    <div
      ref={host}
      class={className}
      style={height === undefined ? undefined : { height: `${height}px` }}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={decorative ? 'true' : undefined}
    />
  );
}
