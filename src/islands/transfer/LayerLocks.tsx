/**
 * The network as a row of layers with a lock on each conv layer. Freezing is counted from the
 * input (lower layers are the general ones), so locking a layer also locks those below it and
 * unlocking one also unlocks those above. The head is always new and always trains.
 */
import type { Lang } from '~/lib/i18n';

interface Props {
  layers: readonly { name: string; filters: number; pool: boolean }[];
  frozen: number;
  onChange(frozen: number): void;
  lang: Lang;
}

const words = {
  en: { input: 'input 28×28', head: 'new head → 10', pooled: 'average', frozen: 'frozen', trains: 'trains', lock: (n: string, locked: boolean) => `${n}: ${locked ? 'frozen, click to unfreeze' : 'trains, click to freeze'}`, caption: 'Locks apply to the fine-tune strategy; head only freezes every conv layer, from scratch none.' },
  ko: { input: '입력 28×28', head: '새 마지막 층 → 10', pooled: '평균', frozen: '고정', trains: '학습', lock: (n: string, locked: boolean) => `${n}: ${locked ? '고정됨, 눌러서 풀기' : '학습함, 눌러서 고정'}`, caption: '잠금은 미세 조정 전략에 적용됩니다. 마지막 층만 학습은 모든 합성곱 층을, 처음부터 학습은 어떤 층도 고정하지 않습니다.' },
} as const;

/** Clickable lock per conv layer; `frozen` = how many layers from the input are locked. */
export function LayerLocks({ layers, frozen, onChange, lang }: Props) {
  const w = words[lang];
  return (
    <div class="transfer-locks">
      <ol class="transfer-locks-row">
        <li class="transfer-layer transfer-layer-io">{w.input}</li>
        {layers.map((layer, i) => {
          const locked = i < frozen;
          return (
            <li key={layer.name} class={`transfer-layer${locked ? ' is-frozen' : ''}`}>
              <button type="button" aria-pressed={locked} aria-label={w.lock(layer.name, locked)} onClick={() => onChange(locked ? i : i + 1)}>
                <span aria-hidden="true">{locked ? '🔒' : '🔓'}</span> {layer.name}
                <small>
                  3×3, {layer.filters}
                  {layer.pool ? ', pool' : ''} · {locked ? w.frozen : w.trains}
                </small>
              </button>
            </li>
          );
        })}
        <li class="transfer-layer transfer-layer-io">{w.pooled}</li>
        <li class="transfer-layer transfer-layer-head">{w.head}</li>
      </ol>
      <p class="widget-caption">{w.caption}</p>
    </div>
  );
}
