/**
 * DrawingPad: the reader names 2-5 classes, draws a few examples of each, and a new head on the
 * frozen pretrained features learns them (the chapter's head-only rule, about a second); then
 * every new drawing is classified live with class probabilities.
 *
 *   collect ─train─► trained (predicts each stroke) ─add example / rename─► collect
 * Takes in: the instance id, the page language and the chapter's starting values.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PadClassifier } from '~/engines/transfer/padClassifier';
import { normalizeDrawing } from '~/lib/drawing';
import type { Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';
import type { ParamValues } from '~/lib/params';
import { drawingPadParams, parseClassNames } from '~/lib/widgets/drawingPad';
import { Controls } from './kit/Controls';
import { useTf } from './kit/useTf';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';
import { Pad, PAD_SIZE } from './transfer/Pad';
import { usePretrained } from './transfer/usePretrained';
import { padWords } from './transfer/padWords';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
}

/** The drawing pad widget. */
export default function DrawingPad({ id, lang, initial }: Props) {
  const w = padWords[lang];
  const state = useWidgetState(id, drawingPadParams, initial);
  const parsed = useMemo(() => parseClassNames(String(state.values.classes)), [state.values.classes]);
  const names = parsed.ok ? parsed.names : [];
  const tfHandle = useTf();
  const pretrained = usePretrained(tfHandle.status === 'ready');
  const [active, setActive] = useState(0);
  const [examples, setExamples] = useState<{ image: Float32Array; label: number }[]>([]);
  const [pending, setPending] = useState<Float32Array | null>(null);
  const [clearKey, setClearKey] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [probs, setProbs] = useState<number[] | null>(null);
  const model = useRef<PadClassifier | null>(null);
  const [trained, setTrained] = useState<{ seconds: number; steps: number } | null>(null);

  const forget = () => {
    model.current?.dispose();
    model.current = null;
    setTrained(null);
    setProbs(null);
  };
  // Renaming a class keeps its drawings (they belong to its position); a change in the number of
  // classes drops the drawings past the new end and the trained head. A half-typed list that does
  // not parse changes nothing, so typing never wipes the reader's work.
  const classCount = parsed.ok ? names.length : null;
  useEffect(() => {
    if (classCount === null) return;
    forget();
    setExamples((old) => old.filter((e) => e.label < classCount));
    setActive((a) => Math.min(a, Math.max(0, classCount - 1)));
  }, [classCount]);
  useEffect(() => forget, []);

  const counts = names.map((_, c) => examples.filter((e) => e.label === c).length);
  const clearPad = () => {
    setPending(null);
    setProbs(null);
    setClearKey((k) => k + 1);
  };
  const onStroke = (ink: Float32Array) => {
    const image = normalizeDrawing(ink, PAD_SIZE, PAD_SIZE);
    setPending(image);
    if (image && model.current) setProbs(model.current.predict(image));
  };
  const add = () => {
    if (!pending) return setMessage(w.emptyPad);
    forget();
    setExamples((old) => [...old, { image: pending, label: active }]);
    setMessage(null);
    clearPad();
  };
  const train = async () => {
    const empty = names.filter((_, c) => counts[c] === 0);
    if (empty.length) return setMessage(w.needEach(empty));
    if (!pretrained.body) return;
    const { trainPadClassifier } = await import('~/engines/transfer/padClassifier');
    forget();
    const classifier = trainPadClassifier(pretrained.body, examples.map((e) => e.image), examples.map((e) => e.label), names.length, Number(state.values.seed));
    model.current = classifier;
    setTrained({ seconds: classifier.seconds, steps: classifier.steps });
    const single = names.filter((_, c) => counts[c] === 1);
    setMessage(single.length ? w.onlyOne(single) : null);
    if (pending) setProbs(classifier.predict(pending));
  };

  const problem = !parsed.ok ? w.names[parsed.problem] : pretrained.error ?? (tfHandle.status === 'error' ? `${kt(lang, 'tfError')}: ${tfHandle.error}` : null);
  const best = probs ? probs.indexOf(Math.max(...probs)) : -1;

  return (
    <WidgetFrame id={id} title={w.title} lang={lang} ignored={state.ignored} onReset={state.reset} shareUrl={state.shareUrl}>
      <div class="drawing-pad" data-trained={trained ? 'true' : 'false'} data-examples={examples.length}>
        <Controls table={drawingPadParams} values={state.values} set={state.set} lang={lang} only={['classes']} />
        {problem && (
          <p class="notice" role="alert">
            {problem}
          </p>
        )}
        <div class="drawing-pad-main">
          <Pad label={w.padLabel} clearKey={clearKey} onStroke={onStroke} />
          <div class="drawing-pad-side">
            <fieldset>
              <legend>{w.addTo}</legend>
              {names.map((name, c) => (
                <label key={name}>
                  <input type="radio" name={`${id}-class`} checked={active === c} onChange={() => setActive(c)} /> {name} <small>({w.count(counts[c])})</small>
                </label>
              ))}
            </fieldset>
            <div class="drawing-pad-buttons">
              <button type="button" onClick={add} disabled={!parsed.ok}>
                {w.add(names[active] ?? '')}
              </button>
              <button type="button" onClick={() => void train()} disabled={!parsed.ok || !pretrained.body || examples.length === 0}>
                {w.train}
              </button>
              <button type="button" onClick={clearPad}>
                {w.clear}
              </button>
              <button type="button" onClick={() => (forget(), setExamples([]), clearPad())}>
                {w.forget}
              </button>
            </div>
            {!pretrained.body && !problem && <p role="status">{w.loading}</p>}
            {message && (
              <p class="notice" role="status">
                {message}
              </p>
            )}
            {trained && <p role="status">{w.learned(trained.seconds, trained.steps)}</p>}
            {probs && (
              <ul class="drawing-pad-probs" aria-label={w.prediction} data-prediction={names[best]}>
                {names.map((name, c) => (
                  <li key={name} class={c === best ? 'is-best' : ''}>
                    <span>{name}</span>
                    <meter min={0} max={1} value={probs[c]} aria-label={name} />
                    <span>{(100 * probs[c]).toFixed(0)} %</span>
                  </li>
                ))}
              </ul>
            )}
            {trained && !probs && <p>{w.drawToTest}</p>}
          </div>
        </div>
      </div>
    </WidgetFrame>
  );
}
