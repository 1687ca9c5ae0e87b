/**
 * Where the drawing pad's trained head stands, under its buttons: training, learned just now,
 * back from the last visit, or stale (the drawings, or the pretrained body, changed since it was
 * trained), with a button that forgets it (here and in the browser's storage).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '~/lib/i18n';
import type { PadState } from '~/lib/padClasses';
import { padWords } from './padWords';
import type { PadHead } from './usePadHead';

/** The head's class for each of pad.drawings (null for drawings it did not learn from), from its grades in training-set order. */
export function gradedByDrawing(pad: PadState, graded: number[] | null): (number | null)[] | null {
  if (!graded) return null;
  const listed = new Set(pad.classes.map((c) => c.id));
  let k = 0;
  return pad.drawings.map((d) => (listed.has(d.classId) ? (graded[k++] ?? null) : null));
}

interface Props {
  head: PadHead;
  lang: Lang;
}

/** The head's status line and its forget button. */
export function PadHeadStatus({ head, lang }: Props) {
  const w = padWords[lang];
  const [forgot, setForgot] = useState(false);
  useEffect(() => {
    if (head.status === 'training') setForgot(false);
  }, [head.status]);
  const { info, status } = head;
  const line =
    status === 'training'
      ? w.training
      : status === 'fresh' && info
        ? info.restored
          ? w.headBack(info.seconds, info.steps)
          : w.learned(info.seconds, info.steps)
        : status === 'stale'
          ? head.staleWhy === 'body'
            ? w.headOtherBody
            : w.headStale
          : forgot
            ? w.forgotHead
            : null;
  return (
    <div class="drawing-pad-head" data-head={status}>
      {line && (
        <p role="status" class={status === 'stale' ? 'notice' : undefined}>
          {line}
        </p>
      )}
      {(status === 'fresh' || status === 'stale') && (
        <button type="button" class="drawing-pad-forget-head" onClick={() => (head.forget(), setForgot(true))}>
          {w.forgetHead}
        </button>
      )}
    </div>
  );
}
