/** Which TensorFlow.js backend runs this widget, how fast it goes right now, and a switch; or, for a widget without tfjs, that it runs on the page. */
import type { Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';

export interface BackendBadgeProps {
  backend: string;
  /** The live rate, e.g. { value: 41.2, unit: 'steps/s' }; null before anything has run. */
  speed: { value: number; unit: string } | null;
  available: string[];
  onSwitch(name: string): void;
  lang: Lang;
}

/** A compact badge: backend select plus the measured speed. */
export function BackendBadge({ backend, speed, available, onSwitch, lang }: BackendBadgeProps) {
  const names = available.includes(backend) ? available : [backend, ...available];
  return (
    <span class="widget-backend" data-backend={backend}>
      <span aria-hidden="true">{kt(lang, 'backend')}</span>
      <select aria-label={kt(lang, 'backend')} value={backend} onChange={(e) => onSwitch(e.currentTarget.value)}>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <output class="widget-speed" aria-live="off">
        {speed ? `${formatRate(speed.value)} ${speed.unit}` : '–'}
      </output>
    </span>
  );
}

function formatRate(value: number): string {
  return value >= 100 ? String(Math.round(value)) : value.toPrecision(2);
}

/**
 * The badge of a widget that needs no backend: it computes in plain JavaScript on the page (the
 * quadratic lab), which is where it runs, said as plainly as a backend's name would be.
 */
export function PageBadge({ lang }: { lang: Lang }) {
  return (
    <span class="widget-backend" data-backend="page" title={kt(lang, 'onPageTitle')}>
      {kt(lang, 'onPage')}
    </span>
  );
}
