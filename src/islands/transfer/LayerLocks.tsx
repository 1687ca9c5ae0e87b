/**
 * The network as a row of layers with a lock on each conv layer. Freezing is counted from the
 * input (lower layers are the general ones), so locking a layer also locks those below it and
 * unlocking one also unlocks those above. The head is always new and always trains. Under each
 * layer a second button chooses the block whose averaged features the head-only strategy reads
 * (the last one by default; an earlier one is the lecture's "classifier on an earlier stage"):
 * blocks above it are then unused by head only, and drawn faded.
 */
import type { Lang } from '~/lib/i18n';

interface Props {
  layers: readonly { name: string; filters: number; pool: boolean }[];
  frozen: number;
  onChange(frozen: number): void;
  /** Head only reads the features after this many blocks. */
  tap: number;
  onTap(tap: number): void;
  lang: Lang;
}

/** This module's words per language; exported so tests/unit/messageTables.test.ts can check every Korean string. */
export const words = {
  en: {
    input: 'input 28×28',
    head: 'new head → 10',
    pooled: 'average',
    frozen: 'frozen',
    trains: 'trains',
    lock: (n: string, locked: boolean) => `${n}: ${locked ? 'frozen, click to unfreeze' : 'trains, click to freeze'}`,
    tap: (n: string) => `head only reads ${n}`,
    tapLabel: (n: string, on: boolean) => (on ? `Head only reads the averaged features of ${n}` : `Let head only read the averaged features of ${n}`),
    caption: (n: string) =>
      `Locks apply to the fine-tune strategy; head only freezes every conv layer, from scratch none. Head only reads the averaged features of ${n} (the “reads” buttons choose an earlier stage).`,
  },
  ko: {
    input: '입력 28×28',
    head: '새 마지막 층 → 10',
    pooled: '평균',
    frozen: '고정',
    trains: '학습',
    lock: (n: string, locked: boolean) => `${n}: ${locked ? '고정됨, 눌러서 풀기' : '학습함, 눌러서 고정'}`,
    tap: (n: string) => `마지막 층만: ${n} 읽기`,
    tapLabel: (n: string, on: boolean) => (on ? `마지막 층만 학습이 ${n}의 평균 특징을 읽습니다` : `마지막 층만 학습이 ${n}의 평균 특징을 읽게 하기`),
    caption: (n: string) =>
      `잠금은 미세 조정 전략에 적용됩니다. 마지막 층만 학습은 모든 합성곱 층을, 처음부터 학습은 어떤 층도 고정하지 않습니다. 마지막 층만 학습은 ${n}의 평균 특징을 읽습니다(“읽기” 버튼으로 더 앞 단계를 고를 수 있습니다).`,
  },
} as const;

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
                <span aria-hidden="true">{locked ? '🔒' : '🔓'}</span> {layer.name}
                <small>
                  3×3, {layer.filters}
                  {layer.pool ? ', pool' : ''} · {locked ? w.frozen : w.trains}
                </small>
              </button>
              <button type="button" class="transfer-tap" data-tap-layer={i + 1} aria-pressed={isTap} title={w.tapLabel(layer.name, isTap)} onClick={() => onTap(i + 1)}>
                <span aria-hidden="true">{isTap ? '◉' : '○'}</span> {w.tap(layer.name)}
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
