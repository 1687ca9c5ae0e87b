/**
 * Small inline SVG icons for buttons and states. Symbols such as ⏭ or 🔒 come from an emoji
 * font that a stock Linux install lacks (they render as boxes there); these paths draw the same
 * shapes with `currentColor`, so they follow the text colour in either theme. An icon beside
 * its own words is decorative (`aria-hidden`); give `label` when the icon stands alone.
 */
import type { JSX } from 'preact';

/** Each icon's drawing on a 16 × 16 grid. */
const shapes = {
  play: <path d="M4 2.5v11l9-5.5z" />,
  pause: (
    <>
      <rect x="3.5" y="2.5" width="3" height="11" rx="0.5" />
      <rect x="9.5" y="2.5" width="3" height="11" rx="0.5" />
    </>
  ),
  step: (
    <>
      <path d="M2.5 2.5v11l8-5.5z" />
      <rect x="11" y="2.5" width="2.5" height="11" rx="0.5" />
    </>
  ),
  reset: (
    <path
      d="M8 2.5a5.5 5.5 0 1 1-5.2 3.7"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      style="fill:none"
    />
  ),
  resetHead: <path d="M9.2 0.2 5.4 2.5l3.8 2.3z" />,
  lock: (
    <>
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.6" style="fill:none" />
      <rect x="3" y="7" width="10" height="7.5" rx="1.2" />
    </>
  ),
  unlock: (
    <>
      <path d="M5 7V5a3 3 0 0 1 5.8-1" fill="none" stroke="currentColor" stroke-width="1.6" style="fill:none" />
      <rect x="3" y="7" width="10" height="7.5" rx="1.2" />
    </>
  ),
  tapOn: (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="1.5" style="fill:none" />
      <circle cx="8" cy="8" r="3" />
    </>
  ),
  tapOff: <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="1.5" style="fill:none" />,
  check: <path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" stroke-width="2" style="fill:none" />,
  close: <path d="M3.5 3.5l9 9m0-9l-9 9" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" style="fill:none" />,
} satisfies Record<string, JSX.Element>;

export type IconName = Exclude<keyof typeof shapes, 'resetHead'>;

/** One icon, 1em square, aligned with the text beside it. */
export function Icon({ name, label }: { name: IconName; label?: string }) {
  return (
    <svg
      class={`icon icon-${name}`}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="currentColor"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : 'true'}
    >
      {shapes[name]}
      {name === 'reset' && shapes.resetHead}
    </svg>
  );
}
