/** Play/pause, single step and reset buttons for widgets that run over time. */
import type { Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';
import { Icon } from './Icon';

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
        <Icon name={playing ? 'pause' : 'play'} /> {playing ? kt(lang, 'pause') : kt(lang, 'play')}
      </button>
      <button type="button" disabled={disabled || playing} onClick={onStep}>
        <Icon name="step" /> {kt(lang, 'step')}
      </button>
      <button type="button" disabled={disabled} onClick={onReset}>
        <Icon name="reset" /> {kt(lang, 'resetRun')}
      </button>
    </div>
  );
}
