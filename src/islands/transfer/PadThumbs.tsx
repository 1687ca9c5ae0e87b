/**
 * Every drawing of the pad as a 28 x 28 thumbnail, grouped by class, each with its own delete
 * button (undo is offered by PadKeeping). After training, each class says how many of its
 * drawings the new head recognises, and a drawing it takes for another class is framed and named.
 * Takes in: the pad, the head's prediction per drawing (null before training), the delete action.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '~/lib/i18n';
import { IMAGE_SIZE } from '~/lib/mnist';
import type { PadState } from '~/lib/padClasses';
import { padWords } from './padWords';

interface Props {
  pad: PadState;
  /** Per index of pad.drawings: the class position the trained head predicts (null: not trained, or set aside). */
  predicted: readonly (number | null)[] | null;
  onDelete(index: number): void;
  lang: Lang;
}

/** One drawing as dark ink on the thumbnail's white paper (CSS), the same in light and dark mode. */
function Thumb({ image, label }: { image: Float32Array; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const pixels = context.createImageData(IMAGE_SIZE, IMAGE_SIZE);
    image.forEach((v, i) => pixels.data.set([17, 17, 17, Math.round(255 * v)], 4 * i));
    context.putImageData(pixels, 0, 0);
  }, [image]);
  return <canvas ref={canvas} class="drawing-pad-thumb" width={IMAGE_SIZE} height={IMAGE_SIZE} role="img" aria-label={label} />;
}

const cross = (
  <svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
    <path d="M2 2 8 8M8 2 2 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
  </svg>
);

/** The thumbnails of every listed class's drawings, with per-class recognition after training. */
export function PadThumbs({ pad, predicted, onDelete, lang }: Props) {
  const w = padWords[lang];
  const names = pad.classes.map((c) => c.name);
  // Nothing to show before the first drawing (the class list above already counts zero).
  if (!pad.drawings.some((d) => pad.classes.some((c) => c.id === d.classId))) return null;
  return (
    <div class="drawing-pad-thumbs" aria-label={w.thumbsLabel} role="group">
      {pad.classes.map((c, position) => {
        const mine = pad.drawings.flatMap((d, index) => (d.classId === c.id ? [{ image: d.image, index }] : []));
        const right = predicted ? mine.filter((d) => predicted[d.index] === position).length : null;
        return (
          <section key={c.id} class="drawing-pad-class" data-class={c.name} data-right={right ?? undefined} data-total={mine.length}>
            <p class="drawing-pad-class-name">
              {c.name} <small>{w.count(mine.length)}</small>
              {right !== null && mine.length > 0 && <small class={right < mine.length ? 'drawing-pad-missed' : ''}> · {w.rightOf(right, mine.length)}</small>}
            </p>
            {mine.length === 0 ? (
              <p class="widget-caption">{w.noneYet}</p>
            ) : (
              <ul aria-label={w.thumbsOf(c.name)}>
                {mine.map((d, i) => {
                  const guess = predicted?.[d.index] ?? null;
                  const wrong = guess !== null && guess !== position;
                  return (
                    <li key={d.index} class={wrong ? 'is-wrong' : ''} data-predicted={guess === null ? undefined : names[guess]} title={wrong ? w.takenFor(names[guess]) : undefined}>
                      <Thumb image={d.image} label={wrong ? `${c.name} ${i + 1}: ${w.takenFor(names[guess])}` : `${c.name} ${i + 1}`} />
                      <button type="button" class="drawing-pad-delete" aria-label={w.deleteOne(c.name, i + 1)} title={w.deleteOne(c.name, i + 1)} onClick={() => onDelete(d.index)}>
                        {cross}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
      {predicted && <p class="widget-caption">{w.perClassNote}</p>}
    </div>
  );
}
