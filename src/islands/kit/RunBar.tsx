/** Play, pause, step and reset for a stepped training run, followed by its progress (the children). */
import type { ComponentChildren } from 'preact';
import type { Lang } from '~/lib/i18n';
import { PlayControls } from './PlayControls';

export interface RunBarProps {
  /** Class prefix of the widget (`dropout` gives `dropout-run-bar`). */
  prefix: string;
  run: { playing: boolean; play(): void; pause(): void; stepOnce(): void; restart(): void };
  lang: Lang;
  disabled: boolean;
  children?: ComponentChildren;
}

/** The run's buttons, then whatever progress the widget shows. */
export function RunBar({ prefix, run, lang, disabled, children }: RunBarProps) {
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
    </div>
  );
}
