/** The content width of an element, kept current with a ResizeObserver (0 until measured). */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Width in CSS pixels of `ref`'s element, rounded to 8 px so a 1-px jiggle does not redraw the charts. */
export function useElementWidth(ref: RefObject<Element>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width / 8) * 8);
    measure();
    if (!('ResizeObserver' in window)) return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
