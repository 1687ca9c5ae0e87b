/** Play/pause, single step and reset buttons for widgets that run over time. */
import type { Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';

export interface PlayControlsProps {
  playing: boolean;
  onPlay(): void;
  onPause(): void;
  onStep(): void;
  onReset(): void;
  lang: Lang;
  /** Disables every button (e.g. while tfjs loads). */
  disabled?: boolean;
}

/** The run buttons; play and pause share one toggle whose name says what it will do. */
export function PlayControls({ playing, onPlay, onPause, onStep, onReset, lang, disabled = false }: PlayControlsProps) {
  return (
    <div class="widget-play" role="group">
      <button type="button" class="widget-play-toggle" disabled={disabled} onClick={playing ? onPause : onPlay}>
        <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
        {playing ? kt(lang, 'pause') : kt(lang, 'play')}
      </button>
      <button type="button" disabled={disabled || playing} onClick={onStep}>
        <span aria-hidden="true">⏭ </span>
        {kt(lang, 'step')}
      </button>
      <button type="button" disabled={disabled} onClick={onReset}>
        <span aria-hidden="true">↺ </span>
        {kt(lang, 'resetRun')}
      </button>
    </div>
  );
}
