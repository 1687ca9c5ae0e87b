/**
 * The network as a row of layers with a lock on each conv layer. Freezing is counted from the
 * input (lower layers are the general ones), so locking a layer also locks those below it and
 * unlocking one also unlocks those above. The head is always new and always trains. Under each
 * layer a second button chooses the block whose averaged features the head-only strategy reads
 * (the last one by default; an earlier one is the lecture's "classifier on an earlier stage"):
 * blocks above it are then unused by head only, and drawn faded.
 */
import { inBoth, type Lang } from '~/lib/i18n';
import { Icon } from '../kit/Icon';

interface Props {
  layers: readonly { name: string; filters: number; pool: boolean }[];
  frozen: number;
  onChange(frozen: number): void;
  /** Head only reads the features after this many blocks. */
  tap: number;
  onTap(tap: number): void;
  lang: Lang;
}

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('layerLocks');

/** Clickable lock per conv layer (`frozen` = how many from the input are locked) and head-only's tap. */
export function LayerLocks({ layers, frozen, onChange, tap, onTap, lang }: Props) {
  const w = words[lang];
  const tapped = layers[Math.min(tap, layers.length) - 1]?.name ?? '';
  return (
    <div class="transfer-locks" data-tap={tap}>
      <ol class="transfer-locks-row">
        <li class="transfer-layer transfer-layer-io">{w.input}</li>
        {layers.map((layer, i) => {
          const locked = i < frozen;
          const isTap = i + 1 === tap;
          return (
            <li key={layer.name} class={`transfer-layer${locked ? ' is-frozen' : ''}${isTap ? ' is-tap' : ''}${i + 1 > tap ? ' is-unread' : ''}`}>
              <button type="button" aria-pressed={locked} title={w.lock(layer.name, locked)} onClick={() => onChange(locked ? i : i + 1)}>
                <Icon name={locked ? 'lock' : 'unlock'} /> {layer.name}
                <small>
                  3×3, {layer.filters}
                  {layer.pool ? ', pool' : ''} · {locked ? w.frozen : w.trains}
                </small>
              </button>
              <button type="button" class="transfer-tap" data-tap-layer={i + 1} aria-pressed={isTap} title={w.tapLabel(layer.name, isTap)} onClick={() => onTap(i + 1)}>
                <Icon name={isTap ? 'tapOn' : 'tapOff'} /> {w.tap(layer.name)}
              </button>
            </li>
          );
        })}
        <li class="transfer-layer transfer-layer-io">{w.pooled}</li>
        <li class="transfer-layer transfer-layer-head">{w.head}</li>
      </ol>
      <p class="widget-caption">{w.caption(tapped)}</p>
    </div>
  );
}
