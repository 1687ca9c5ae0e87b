/**
 * The page's colour scheme as charts need it: `<html data-theme>` says light, dark or system
 * (the header's theme picker writes it), and system follows `prefers-color-scheme`. Charts that
 * paint colours themselves (raster, canvas, per-racer palettes) re-draw when it changes; CSS
 * variables cannot reach a canvas's pixels. 'light' on the server and before mount.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ColorScheme } from '~/lib/optimizerTable';

function currentScheme(): ColorScheme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** 'light' or 'dark', following the theme picker and the system setting. */
export function useColorScheme(): ColorScheme {
  const [scheme, setScheme] = useState<ColorScheme>('light');
  useEffect(() => {
    const update = () => setScheme(currentScheme());
    update();
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener('change', update);
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      media?.removeEventListener('change', update);
      observer.disconnect();
    };
  }, []);
  return scheme;
}
