/**
 * The chrome around every widget: title, reset and copy-link buttons, the notice listing URL
 * values that were ignored, and a slot for the backend badge (or the on-page badge of a widget without tfjs). The widget itself is `children`.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '~/lib/i18n';
import { fillBackendNames } from '~/lib/backendFallback';
import { kt } from '~/lib/kitText';
import type { Ignored } from '~/lib/params';
import { ignoredNotice } from '~/lib/urlState';
import { BackendBadge, PageBadge, type BackendBadgeProps } from './BackendBadge';
import { useBackendNotice, type BackendNotice } from './tfRecovery';
import type { HostState } from './engineHost';
import { restartNotice } from './useEngineHost';

export interface WidgetFrameProps {
  title: string;
  lang: Lang;
  children: ComponentChildren;
  ignored: Ignored[];
  onReset(): void;
  shareUrl: string;
  /** Widget instance id, used as the URL prefix in the ignored-value notice. */
  id?: string;
  backend?: BackendBadgeProps;
  /** A widget without tfjs: its badge says it computes in JavaScript on the page. */
  onPage?: boolean;
  /** The engine host, for a widget whose run is in the worker: its restarts are said here. */
  engine?: HostState;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Title bar, actions and notices around one widget. */
export function WidgetFrame({ title, lang, children, ignored, onReset, shareUrl, id = '', backend, onPage, engine }: WidgetFrameProps) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const lostBackend = useBackendNotice();
  useEffect(() => {
    if (copy === 'idle') return;
    const timer = setTimeout(() => setCopy('idle'), 2000);
    return () => clearTimeout(timer);
  }, [copy]);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl || window.location.href);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div class="widget-frame" data-share-url={shareUrl}>
      <div class="widget-header">
        <p class="widget-title">{title}</p>
        <div class="widget-actions">
          {backend && <BackendBadge {...backend} />}
          {!backend && onPage && <PageBadge lang={lang} />}
          <button type="button" onClick={onReset}>
            {kt(lang, 'reset')}
          </button>
          <button type="button" onClick={copyLink}>
            {kt(lang, 'copyLink')}
          </button>
          <span class="widget-copy-status" role="status" aria-live="polite">
            {copy === 'copied' ? kt(lang, 'copied') : copy === 'failed' ? kt(lang, 'copyFailed') : ''}
          </span>
        </div>
      </div>
      {backend && !engine && lostBackend && <BackendLost notice={lostBackend} lang={lang} />}
      {engine && restartNotice(engine, lang) && (
        <p class="widget-engine-restarted notice" role="status" data-generation={engine.generation}>
          {restartNotice(engine, lang)}
        </p>
      )}
      {ignored.length > 0 && (
        <ul class="widget-ignored notice" role="status">
          {ignoredNotice(id, ignored, lang, kt(lang, 'ignored'), kt(lang, 'ignoredMore')).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <div class="widget-body">{children}</div>
    </div>
  );
}

/** The frame's word that the backend died and where the widget went on (widgets with a backend badge only). */
function BackendLost({ notice, lang }: { notice: BackendNotice; lang: Lang }) {
  const sentence = notice.to ? kt(lang, 'backendLost') : kt(lang, 'backendLostNone');
  return (
    <p class="widget-backend-lost notice" role="status" data-from={notice.from} data-to={notice.to ?? ''}>
      {fillBackendNames(sentence, notice.from, notice.to ?? '')}
    </p>
  );
}
