/**
 * Play/pause, single step and reset buttons for widgets that run over time.
 *
 * The toggle acts on what it showed when the reader pressed it: a press on "Pause" is a pause
 * even if the run ended between the press and the click (on a busy machine a click may arrive
 * long after the press), so it never starts a new run unasked. A keyboard press (no pointer)
 * acts on what the toggle shows at the click.
 */
import { useRef } from 'preact/hooks';
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
  // What the toggle showed at the pointer press (null: no press pending, e.g. the keyboard).
  const pressedWhilePlaying = useRef<boolean | null>(null);
  const toggle = () => {
    const meant = pressedWhilePlaying.current ?? playing;
    pressedWhilePlaying.current = null;
    if (meant) onPause();
    else onPlay();
  };
  return (
    <div class="widget-play" role="group">
      <button
        type="button"
        class="widget-play-toggle"
        disabled={disabled}
        onPointerDown={() => (pressedWhilePlaying.current = playing)}
        onPointerCancel={() => (pressedWhilePlaying.current = null)}
        onClick={toggle}
      >
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
