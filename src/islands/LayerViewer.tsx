/**
 * LayerViewer: inside the transfer chapter's pretrained body, CNN Explainer style and kept small.
 * The 32 first-layer filters, and one digit (a held-out one the reader picks, or one drawn on the
 * small pad) after each block: the eight most active channels of conv1, conv2 and conv3.
 * Lazy: nothing is computed until the widget is on screen, and then only for the digit shown;
 * the engine (engines/transfer/layerView) returns plain arrays and keeps no tensor.
 * Takes in: the instance id, the page language and the chapter's starting values.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BlockView } from '~/engines/transfer/layerView';
import { normalizeDrawing } from '~/lib/drawing';
import type { Lang } from '~/lib/i18n';
import { IMAGE_SIZE, PIXELS, splitIndices } from '~/lib/mnist';
import type { ParamValues } from '~/lib/params';
import { firstProblem } from '~/lib/problems';
import { layerViewerParams } from '~/lib/widgets/layerViewer';
import { Controls } from './kit/Controls';
import { ProblemText } from './kit/ProblemText';
import { useTf } from './kit/useTf';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';
import { useDigits } from './network/useDigits';
import { layerWords } from './transfer/layerWords';
import { MapCanvas } from './transfer/MapCanvas';
import { Pad, PAD_SIZE } from './transfer/Pad';
import { usePretrained } from './transfer/usePretrained';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
}

/** Channels shown per block. */
const SHOWN = 8;

const maxOf = (arrays: readonly Float32Array[], abs = false) => arrays.reduce((m, a) => a.reduce((n, v) => Math.max(n, abs ? Math.abs(v) : v), m), 0);

/** The layer viewer widget. */
export default function LayerViewer({ id, lang, initial }: Props) {
  const w = layerWords[lang];
  const state = useWidgetState(id, layerViewerParams, initial);
  const tfHandle = useTf();
  const digits = useDigits();
  const pretrained = usePretrained(tfHandle.status === 'ready');
  const [drawn, setDrawn] = useState<Float32Array | null>(null);
  const [clearKey, setClearKey] = useState(0);
  const [view, setView] = useState<{ filters: { kernel: Float32Array }[]; blocks: BlockView[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const example = Number(state.values.example);

  const picked = useMemo(() => {
    if (!digits.digits) return null;
    const set = digits.digits;
    const index = splitIndices(set).heldOut[example - 1];
    return { label: set.labels[index], image: Float32Array.from(set.pixels.subarray(index * PIXELS, (index + 1) * PIXELS), (v) => v / 255) };
  }, [digits.digits, example]);
  const image = drawn ?? picked?.image ?? null;

  useEffect(() => {
    const body = pretrained.body;
    if (!body || !image) return;
    let alive = true;
    import('~/engines/transfer/layerView')
      .then(({ firstLayerFilters, blockActivations }) => alive && setView({ filters: firstLayerFilters(body), blocks: blockActivations(body, image, SHOWN) }))
      .catch((e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)));
    return () => void (alive = false);
  }, [pretrained.body, image]);

  const pickAgain = () => {
    setDrawn(null);
    setClearKey((k) => k + 1);
  };
  const onStroke = (ink: Float32Array) => {
    const normalised = normalizeDrawing(ink, PAD_SIZE, PAD_SIZE);
    if (normalised) setDrawn(normalised);
  };
  const problem = firstProblem(lang, [['run', error], ['pretrained', pretrained.error], ['data', digits.error], ['tf', tfHandle.status === 'error' && tfHandle.error]]);

  return (
    <WidgetFrame id={id} title={w.title} lang={lang} ignored={state.ignored} onReset={() => (state.reset(), pickAgain())} shareUrl={state.shareUrl}>
      <div class="layer-viewer" data-ready={view ? 'true' : 'false'} data-source={drawn ? 'drawn' : 'picked'}>
        {problem && (
          <p class="notice" role="alert">
            <ProblemText problem={problem} />
          </p>
        )}
        {!view && !problem && <p role="status">{w.computing}</p>}
        {view && (
          <section class="layer-filters">
            <p class="layer-heading">{w.filters(view.filters.length)}</p>
            <div class="layer-grid">
              {view.filters.map((f, c) => (
                <MapCanvas key={c} values={f.kernel} size={3} max={maxOf([f.kernel], true)} scale="signed" label={w.filter(c)} class="layer-filter" />
              ))}
            </div>
          </section>
        )}
        <div class="layer-input">
          <Controls table={layerViewerParams} values={state.values} set={(name, v) => (pickAgain(), state.set(name, v))} lang={lang} />
          <div class="layer-draw">
            <span>{w.drawHere}</span>
            <Pad label={w.drawHere} clearKey={clearKey} onStroke={onStroke} />
            {drawn && (
              <button type="button" onClick={pickAgain}>
                {w.backToPicked}
              </button>
            )}
          </div>
          {image && (
            <div class="layer-seen">
              <p class="layer-heading">
                {w.input}: {drawn ? w.drawn : picked ? w.picked(picked.label) : ''}
              </p>
              <MapCanvas values={image} size={IMAGE_SIZE} max={1} scale="strength" label={`${w.input}: ${drawn ? w.drawn : w.picked(picked?.label ?? 0)}`} class="layer-act" />
            </div>
          )}
        </div>
        {view && image && (
          <ol class="layer-blocks">
            {view.blocks.map((b) => {
              const max = maxOf(b.top.map((t) => t.pixels));
              return (
                <li key={b.name} data-block={b.name}>
                  <p class="layer-heading">{w.block(b.name, b.size, b.top.length, b.channels)}</p>
                  <div class="layer-grid">
                    {b.top.map((t) => (
                      <MapCanvas key={t.channel} values={t.pixels} size={b.size} max={max} scale="strength" label={w.channel(t.channel, t.mean)} class="layer-act" />
                    ))}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        <p class="widget-caption">{w.note}</p>
      </div>
    </WidgetFrame>
  );
}
