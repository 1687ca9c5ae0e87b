/**
 * DrawingPad: the reader names 2-5 classes, draws a few examples of each, and a new head on the
 * frozen pretrained features learns them (the chapter's head-only rule, about a second); then
 * every new drawing is classified live with class probabilities.
 *
 *   collect ─train─► trained (predicts each stroke, grades its own drawings, exports) ─add, delete or reorder─► stale ─train─► trained
 * Classes, drawings and their saving (IndexedDB) live in ./transfer/usePadWork: a renamed class
 * keeps its drawings and a trained head, a class out of the list is set aside, never dropped.
 * The head trains and predicts in the engine worker and is kept in this browser too, with what
 * it was trained on (./transfer/usePadHead): after a reload the pad predicts at once.
 * Drawings come from the pad or an image file (./transfer/PadUpload); every one is a thumbnail
 * that can be deleted (./transfer/PadThumbs). The saved record is keyed by the widget id, not the
 * language: the English and Korean pages show the same drawings, on purpose (they are the
 * reader's work, and the class names are whatever the reader typed).
 * Takes in: the instance id, the page language and the chapter's starting values.
 */
import { useMemo, useState } from 'preact/hooks';
import { normalizeDrawing } from '~/lib/drawing';
import type { Lang } from '~/lib/i18n';
import { firstProblem, saidProblem } from '~/lib/problems';
import type { ParamValues } from '~/lib/params';
import { drawingCount, selectedClass } from '~/lib/padClasses';
import { drawingPadParams, parseClassNames } from '~/lib/widgets/drawingPad';
import { peekStore } from '~/lib/widgetStore';
import { Controls } from './kit/Controls';
import { ProblemText } from './kit/ProblemText';
import { hostProblem, useEngineHost } from './kit/useEngineHost';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';
import { Pad, PAD_SIZE } from './transfer/Pad';
import { PadKeeping } from './transfer/PadKeeping';
import { padWords } from './transfer/padWords';
import { usePadWork } from './transfer/usePadWork';
import { downloadPadModel } from './transfer/downloadFiles';
import { usePadHead } from './transfer/usePadHead';
import { PadThumbs } from './transfer/PadThumbs';
import { PadUpload } from './transfer/PadUpload';
import { gradedByDrawing, PadHeadStatus } from './transfer/PadHeadStatus';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
}

/** The class names this page starts with (the chapter's, before any URL value). */
const chapterClasses = (id: string) => String(peekStore(id)?.initial.classes ?? '');

/** The drawing pad widget. */
export default function DrawingPad({ id, lang, initial }: Props) {
  const w = padWords[lang];
  const state = useWidgetState(id, drawingPadParams, initial);
  const parsed = useMemo(() => parseClassNames(String(state.values.classes)), [state.values.classes]);
  const engines = useEngineHost();
  const work = usePadWork(id, String(state.values.classes), chapterClasses(id), (text) => state.set('classes', text));
  const { pad } = work;
  const names = pad.classes.map((c) => c.name);
  const [pending, setPending] = useState<Float32Array | null>(null);
  const [clearKey, setClearKey] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [picture, setPicture] = useState<{ key: number; image: Float32Array } | null>(null);
  // A trained head fits one class order and one set of drawings: a rename keeps it, anything else
  // (a class added, removed or moved; a drawing added or deleted) makes it stale until trained again.
  const head = usePadHead(id, engines.host, pad, work.storage !== 'loading');
  const trained = head.status === 'fresh';
  const probs = head.probs;
  const predicted = useMemo(() => gradedByDrawing(pad, head.graded), [pad, head.graded]);

  const counts = pad.classes.map((c) => drawingCount(pad, c.id));
  const active = selectedClass(pad);
  const clearPad = () => {
    setPending(null);
    head.predict(null);
    setPicture(null);
    setClearKey((k) => k + 1);
  };
  const onPicture = (image: Float32Array, name: string) => {
    setPending(image);
    setPicture((p) => ({ key: (p?.key ?? 0) + 1, image }));
    head.predict(image);
    setMessage(w.uploaded(name));
  };
  const download = () =>
    head.exportModel(names).then(downloadPadModel).then(
      () => setMessage(w.downloaded(names)),
      () => setMessage(w.downloadFailed),
    );
  const onStroke = (ink: Float32Array) => {
    const image = normalizeDrawing(ink, PAD_SIZE, PAD_SIZE);
    setPending(image);
    head.predict(image);
  };
  const add = () => {
    if (!pending || !active) return setMessage(w.emptyPad);
    work.add(pending, active.id);
    setMessage(null);
    clearPad();
  };
  const train = async () => {
    const empty = names.filter((_, c) => counts[c] === 0);
    if (empty.length) return setMessage(w.needEach(empty));
    setMessage(null);
    await head.train(Number(state.values.seed));
    const single = names.filter((_, c) => counts[c] === 1);
    if (single.length) setMessage(w.onlyOne(single));
  };

  const problem = !parsed.ok
    ? saidProblem(w.names[parsed.problem])
    : firstProblem(lang, [['pretrained', head.error], ['tf', hostProblem(engines)]]);
  const best = probs ? probs.indexOf(Math.max(...probs)) : -1;

  return (
    <WidgetFrame id={id} title={w.title} lang={lang} ignored={state.ignored} onReset={state.reset} shareUrl={state.shareUrl} engine={engines}>
      <div class="drawing-pad" data-trained={trained ? 'true' : 'false'} data-head={head.status} data-examples={pad.drawings.length} data-storage={work.storage}>
        <Controls table={drawingPadParams} values={state.values} set={state.set} lang={lang} only={['classes']} />
        {problem && (
          <p class="notice" role="alert">
            <ProblemText problem={problem} />
          </p>
        )}
        <div class="drawing-pad-main">
          <Pad label={w.padLabel} clearKey={clearKey} picture={picture} onStroke={onStroke} />
          <div class="drawing-pad-side">
            <fieldset>
              <legend>{w.addTo}</legend>
              {pad.classes.map((c, i) => (
                <label key={c.id}>
                  <input type="radio" name={`${id}-class`} checked={active?.id === c.id} onChange={() => work.select(c.id)} /> {c.name} <small>({w.count(counts[i])})</small>
                </label>
              ))}
            </fieldset>
            <div class="drawing-pad-buttons">
              <button type="button" onClick={add} disabled={!parsed.ok}>
                {w.add(active?.name ?? '')}
              </button>
              <button type="button" onClick={() => void train()} disabled={!parsed.ok || !engines.host || head.status === 'training' || pad.drawings.length === 0}>
                {w.train}
              </button>
              <button type="button" onClick={clearPad}>
                {w.clear}
              </button>
              <button type="button" onClick={() => (work.forgetAll(), clearPad())} disabled={pad.drawings.length === 0}>
                {w.forget}
              </button>
            </div>
            <PadKeeping work={work} lang={lang} />
            {!engines.host && !problem && <p role="status">{w.loading}</p>}
            {message && (
              <p class="notice" role="status">
                {message}
              </p>
            )}
            <PadHeadStatus head={head} lang={lang} />
            {probs && (
              <ul class="drawing-pad-probs" aria-label={w.prediction} data-prediction={pad.classes[best]?.name}>
                {pad.classes.map(({ id: key, name }, c) => (
                  <li key={key} class={c === best ? 'is-best' : ''}>
                    <span>{name}</span>
                    <meter min={0} max={1} value={probs[c]} aria-label={name} />
                    <span>{(100 * probs[c]).toFixed(0)} %</span>
                  </li>
                ))}
              </ul>
            )}
            {trained && !probs && <p>{w.drawToTest}</p>}
            {trained && (
              <button type="button" class="drawing-pad-download" onClick={() => void download()}>
                {w.download}
              </button>
            )}
            {/* Last in the column, so that on a phone it does not push the prediction further down. */}
            <PadUpload id={`${id}-upload`} lang={lang} disabled={!parsed.ok} onPicture={onPicture} onProblem={setMessage} />
          </div>
        </div>
        <PadThumbs pad={pad} predicted={predicted} onDelete={work.deleteOne} lang={lang} />
      </div>
    </WidgetFrame>
  );
}
