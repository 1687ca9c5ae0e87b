/**
 * DrawingPad: the reader names 2-5 classes, draws a few examples of each, and a new head on the
 * frozen pretrained features learns them (the chapter's head-only rule, about a second); then
 * every new drawing is classified live with class probabilities.
 *
 *   collect ─train─► trained (predicts each stroke, grades its own drawings, exports) ─add, delete or reorder─► collect
 * Classes, drawings and their saving (IndexedDB) live in ./transfer/usePadWork: a renamed class
 * keeps its drawings and a trained head, a class out of the list is set aside, never dropped.
 * Drawings come from the pad or an image file (./transfer/PadUpload); every one is a thumbnail
 * that can be deleted (./transfer/PadThumbs). The saved record is keyed by the widget id, not the
 * language: the English and Korean pages show the same drawings, on purpose (they are the
 * reader's work, and the class names are whatever the reader typed).
 * Takes in: the instance id, the page language and the chapter's starting values.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PadClassifier } from '~/engines/transfer/padClassifier';
import { normalizeDrawing } from '~/lib/drawing';
import type { Lang } from '~/lib/i18n';
import { firstProblem, saidProblem } from '~/lib/problems';
import type { ParamValues } from '~/lib/params';
import { drawingCount, selectedClass, trainingSet } from '~/lib/padClasses';
import { drawingPadParams, parseClassNames } from '~/lib/widgets/drawingPad';
import { peekStore } from '~/lib/widgetStore';
import { Controls } from './kit/Controls';
import { ProblemText } from './kit/ProblemText';
import { useTf } from './kit/useTf';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';
import { Pad, PAD_SIZE } from './transfer/Pad';
import { usePretrained } from './transfer/usePretrained';
import { PadKeeping } from './transfer/PadKeeping';
import { padWords } from './transfer/padWords';
import { usePadWork } from './transfer/usePadWork';
import { downloadPadModel } from './transfer/downloadFiles';
import { PadThumbs } from './transfer/PadThumbs';
import { PadUpload } from './transfer/PadUpload';

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
  const tfHandle = useTf();
  const pretrained = usePretrained(tfHandle.status === 'ready');
  const work = usePadWork(id, String(state.values.classes), chapterClasses(id), (text) => state.set('classes', text));
  const { pad } = work;
  const names = pad.classes.map((c) => c.name);
  const [pending, setPending] = useState<Float32Array | null>(null);
  const [clearKey, setClearKey] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [probs, setProbs] = useState<number[] | null>(null);
  const model = useRef<PadClassifier | null>(null);
  const [trained, setTrained] = useState<{ seconds: number; steps: number } | null>(null);
  const [predicted, setPredicted] = useState<(number | null)[] | null>(null);
  const [picture, setPicture] = useState<{ key: number; image: Float32Array } | null>(null);

  const forget = () => {
    model.current?.dispose();
    model.current = null;
    setTrained(null);
    setPredicted(null);
    setProbs(null);
  };
  // A trained head fits one class order and one set of drawings: a rename keeps it, anything else
  // (a class added, removed or moved; a drawing added or deleted) sends the reader back to training.
  const classOrder = pad.classes.map((c) => c.id).join();
  useEffect(forget, [classOrder, pad.drawings]);
  useEffect(() => forget, []);

  const counts = pad.classes.map((c) => drawingCount(pad, c.id));
  const active = selectedClass(pad);
  const clearPad = () => {
    setPending(null);
    setProbs(null);
    setPicture(null);
    setClearKey((k) => k + 1);
  };
  const onPicture = (image: Float32Array, name: string) => {
    setPending(image);
    setPicture((p) => ({ key: (p?.key ?? 0) + 1, image }));
    setProbs(model.current ? model.current.predict(image) : null);
    setMessage(w.uploaded(name));
  };
  const download = () =>
    model.current &&
    downloadPadModel(model.current, names).then(
      () => setMessage(w.downloaded(names)),
      () => setMessage(w.downloadFailed),
    );
  const onStroke = (ink: Float32Array) => {
    const image = normalizeDrawing(ink, PAD_SIZE, PAD_SIZE);
    setPending(image);
    if (image && model.current) setProbs(model.current.predict(image));
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
    if (!pretrained.body) return;
    const { trainPadClassifier } = await import('~/engines/transfer/padClassifier');
    forget();
    const { images, labels } = trainingSet(pad);
    const classifier = trainPadClassifier(pretrained.body, images, labels, names.length, Number(state.values.seed));
    model.current = classifier;
    setTrained({ seconds: classifier.seconds, steps: classifier.steps });
    // The head grades every drawing it learned from: per class, and per thumbnail.
    const position = new Map(pad.classes.map((c, i) => [c.id, i]));
    const listed = pad.drawings.flatMap((d, i) => (position.has(d.classId) ? [i] : []));
    const guesses = classifier.classify(listed.map((i) => pad.drawings[i].image));
    const all: (number | null)[] = pad.drawings.map(() => null);
    listed.forEach((i, k) => (all[i] = guesses[k]));
    setPredicted(all);
    const single = names.filter((_, c) => counts[c] === 1);
    setMessage(single.length ? w.onlyOne(single) : null);
    if (pending) setProbs(classifier.predict(pending));
  };

  const problem = !parsed.ok
    ? saidProblem(w.names[parsed.problem])
    : firstProblem(lang, [['pretrained', pretrained.error], ['tf', tfHandle.status === 'error' && tfHandle.error]]);
  const best = probs ? probs.indexOf(Math.max(...probs)) : -1;

  return (
    <WidgetFrame id={id} title={w.title} lang={lang} ignored={state.ignored} onReset={state.reset} shareUrl={state.shareUrl}>
      <div class="drawing-pad" data-trained={trained ? 'true' : 'false'} data-examples={pad.drawings.length} data-storage={work.storage}>
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
              <button type="button" onClick={() => void train()} disabled={!parsed.ok || !pretrained.body || pad.drawings.length === 0}>
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
            {!pretrained.body && !problem && <p role="status">{w.loading}</p>}
            {message && (
              <p class="notice" role="status">
                {message}
              </p>
            )}
            {trained && <p role="status">{w.learned(trained.seconds, trained.steps)}</p>}
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
