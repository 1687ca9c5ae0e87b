/**
 * Play, pause, step and reset for a stepped training run, followed by its progress (the children),
 * and, after a backend switch, a note that the run on screen is the one trained on the old backend.
 */
import type { ComponentChildren } from 'preact';
import type { Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';
import { PlayControls } from './PlayControls';

export interface RunBarProps {
  /** Class prefix of the widget (`dropout` gives `dropout-run-bar`). */
  prefix: string;
  run: { playing: boolean; play(): void; pause(): void; stepOnce(): void; restart(): void; keptFrom?: string | null };
  lang: Lang;
  /** The page's backend now (named in the kept-run note). */
  backend?: string;
  disabled: boolean;
  children?: ComponentChildren;
}

/** The run's buttons, then whatever progress the widget shows. */
export function RunBar({ prefix, run, lang, disabled, backend, children }: RunBarProps) {
  return (
    <div class={`${prefix}-run-bar`}>
      <PlayControls
        playing={run.playing}
        onPlay={run.play}
        onPause={run.pause}
        onStep={run.stepOnce}
        onReset={run.restart}
        lang={lang}
        disabled={disabled}
      />
      {children}
      {run.keptFrom && (
        <p class="widget-kept-run" role="status">
          {kt(lang, 'keptRun').replace('{from}', run.keptFrom).replace('{to}', backend ?? '…')}
        </p>
      )}
    </div>
  );
}
