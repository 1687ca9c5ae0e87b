/**
 * A few held-out digits the ensemble gets right although most of its members get them wrong,
 * drawn small, with how many it rescued and how many it lost the other way: the chapter asks the
 * reader to look for exactly these. Takes in the positions from the engine's snapshot and the
 * digits; draws each on its own 28 × 28 canvas.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { dict, en, ko, type Lang } from '~/lib/i18n';
import { IMAGE_SIZE, PIXELS, splitIndices, type DigitSet } from '~/lib/mnist';
import { RESCUED_SHOWN } from '~/lib/ensembleTypes';

interface Props {
  digits: DigitSet | null;
  /** Held-out positions (0 = first held-out digit). */
  rescued: readonly number[];
  /** Each member's predicted class for the first rescued digits, in the same order. */
  votes: readonly (readonly number[])[];
  lost: readonly number[];
  members: number;
  lang: Lang;
}

/** How many rescued digits are drawn (the engine sends each member's vote for these); the count says how many there are in all. */
const SHOWN = RESCUED_SHOWN;

export const words = { en: en.rescuedDigits.summary, ko: ko.rescuedDigits.summary };

/** One digit as a canvas, white on black as MNIST stores it (so it reads the same in either theme). */
function Digit({ set, index, label }: { set: DigitSet; index: number; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(IMAGE_SIZE, IMAGE_SIZE);
    for (let p = 0; p < PIXELS; p++) {
      const v = set.pixels[index * PIXELS + p];
      image.data.set([v, v, v, 255], 4 * p);
    }
    context.putImageData(image, 0, 0);
  }, [set, index]);
  return <canvas ref={canvas} width={IMAGE_SIZE} height={IMAGE_SIZE} class="ensemble-digit" role="img" aria-label={label} />;
}

/** The count sentence and up to SHOWN rescued digits. */
export function RescuedDigits({ digits, rescued, votes, lost, members, lang }: Props) {
  const cw = dict(lang).rescuedDigits;
  const heldOut = useMemo(() => (digits ? splitIndices(digits).heldOut : null), [digits]);
  if (members < 2) return null;
  return (
    <div class="ensemble-rescued" data-rescued={rescued.length} data-lost={lost.length}>
      <p>{words[lang](rescued.length, lost.length, members)}</p>
      {digits && heldOut && rescued.length > 0 && (
        <div class="ensemble-digits">
          {rescued.slice(0, SHOWN).map((position, i) => {
            const index = heldOut[position];
            const truth = digits.labels[index];
            const vote = votes[i] ?? [];
            return (
              <figure key={position} class="ensemble-rescue" data-truth={truth} data-votes={vote.join(',')}>
                <Digit set={digits} index={index} label={cw.digitVotes(truth, vote)} />
                <figcaption aria-hidden="true">
                  <span class="ensemble-truth">
                    {cw.truth} <b>{truth}</b>
                  </span>
                  <span class="ensemble-votes">
                    {cw.votes}{' '}
                    {vote.map((v, m) => (
                      <span key={m} class={v === truth ? 'is-right' : 'is-wrong'}>
                        {v}
                      </span>
                    ))}
                  </span>
                </figcaption>
              </figure>
            );
          })}
        </div>
      )}
    </div>
  );
}
