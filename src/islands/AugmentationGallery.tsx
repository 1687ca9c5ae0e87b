/**
 * AugmentationGallery: 16 random augmentations of one photo (a shipped one, or the reader's own
 * image, which never leaves the browser), each tile labelled with the photo's label and what
 * its augmentation drew. Every transform has its switch and strengths; "New draw" or a seed
 * change redraws. The work is tfjs in the engine worker (the page only paints the tiles), so the
 * frame shows the worker's backend badge and images per second.
 * Takes in: the instance id, the page language and the chapter's starting values. Renders and
 * wires state only: images load in ./augment/loadImage (the newest choice wins: ./augment/useImageChoice), tiles are drawn by ./augment/useGalleryGrid.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';
import { firstProblem, saidProblem } from '~/lib/problems';
import type { ParamValues } from '~/lib/params';
import { augmentParams, augmentSettings, photos } from '~/lib/widgets/augment';
import { Controls } from './kit/Controls';
import { FilePicker } from './kit/FilePicker';
import { ProblemText } from './kit/ProblemText';
import { hostProblem, useEngineHost } from './kit/useEngineHost';
import { useBackendSwitch } from './kit/useBackendSwitch';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';
import { drawnCaption, drawnDetails } from './augment/drawnText';
import { galleryWords } from './augment/galleryWords';
import { loadProblemOf } from './augment/loadImage';
import { PipelineOrder, TransformControls } from './augment/TransformControls';
import { TILES, useGalleryGrid } from './augment/useGalleryGrid';
import { useImageChoice } from './augment/useImageChoice';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
}

/** The gallery widget. */
export default function AugmentationGallery({ id, lang, initial }: Props) {
  const w = galleryWords[lang];
  const state = useWidgetState(id, augmentParams, initial);
  const { values } = state;
  const settings = useMemo(() => augmentSettings(values), [values]);
  const seed = Number(values.seed);
  const engines = useEngineHost();
  const image = useImageChoice();
  const { source } = image;
  const { switchBackend, switchError } = useBackendSwitch(engines);
  // Bumped to load the chosen shipped photo again after the reader's own image.
  const [reload, setReload] = useState(0);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  // From the instance id, not useId: Preact numbers useId per island root, so two islands on
  // one page get the same ids (the kit's controls have that problem; reported).
  const fileId = `${id}-own-image`;
  const photoName = String(values.photo);
  const photoLabel = photos.find((p) => p.value === photoName)?.label[lang] ?? photoName;

  // A shipped photo loads whenever it is chosen (and replaces the reader's own image).
  useEffect(() => image.choose({ kind: 'photo', url: `/data/photos/${photoName}.jpg`, label: photoLabel }), [photoName, reload]);

  const onFile = (file: File) => image.choose({ kind: 'file', file, label: file.name.replace(/\.[^.]+$/, '') || file.name });

  const grid = useGalleryGrid(engines.host, engines.generation, engines.backend, source?.canvas ?? null, settings, seed, canvases);
  const label = source?.label ?? photoLabel;
  const loadProblem = image.error === null ? null : w.problem(loadProblemOf(image.error));
  const problem = loadProblem
    ? saidProblem(loadProblem)
    : firstProblem(lang, [['run', grid.error], ['switch', switchError], ['tf', hostProblem(engines)]]);
  const waiting = image.loading?.kind === 'file' ? w.decoding(image.loading.label) : engines.status === 'starting' ? kt(lang, 'loading') : image.loading || !source ? w.loading : null;
  const aspect = source ? `${source.canvas.width} / ${source.canvas.height}` : '3 / 2';

  return (
    <WidgetFrame
      id={id}
      title={w.title}
      lang={lang}
      ignored={state.ignored}
      onReset={state.reset}
      shareUrl={state.shareUrl}
      engine={engines}
      backend={{
        backend: engines.backend || '…',
        speed: grid.ms === null ? null : { value: (TILES * 1000) / grid.ms, unit: kt(lang, 'imagesPerSecond') },
        available: engines.available,
        onSwitch: switchBackend,
        lang,
      }}
    >
      <div class="augment-gallery" data-loading={image.loading?.kind ?? 'none'} data-replaced-settled={image.replacedSettled} data-busy={grid.busy ? 'true' : 'false'} data-drawn={grid.drawn.length} data-signature={JSON.stringify(grid.drawn[0] ?? {})}>
        <div class="augment-source">
          <Controls table={augmentParams} values={values} set={state.set} lang={lang} only={['photo', 'seed']} />
          <button type="button" class="augment-redraw" onClick={() => state.set('seed', (seed % 9999) + 1)}>
            {w.redraw}
          </button>
          <div class="augment-file">
            {/* The name shown is the image in use: none once the reader goes back to the photos or the file fails. */}
            <FilePicker id={fileId} label={w.ownImage} lang={lang} accept="image/*" chosen={source?.own ? source.label : null} onFile={onFile} />
            <p class="widget-caption">{w.ownNote}</p>
          </div>
          {source?.own && (
            <p class="augment-own">
              {w.usingOwn(source.label)}{' '}
              <button type="button" onClick={() => setReload((r) => r + 1)}>
                {w.backToPhotos}
              </button>
            </p>
          )}
        </div>
        {waiting && (
          <p class="augment-loading" role="status">
            {waiting}
          </p>
        )}
        {problem && (
          <p class="notice augment-problem" role="alert">
            <ProblemText problem={problem} />
          </p>
        )}
        <PipelineOrder values={values} lang={lang} />
        <ul class="augment-grid" aria-label={w.grid(label, seed)} style={{ '--augment-aspect': aspect }}>
          {Array.from({ length: TILES }, (_, i) => {
            const drawn = grid.drawn[i];
            const details = drawn ? drawnDetails(drawn, lang) : '';
            return (
              <li key={i} class="augment-tile" title={details}>
                <canvas ref={(el) => void (canvases.current[i] = el)} role="img" aria-label={`${label}. ${details.replace(/\n/g, '; ')}`} />
                <span class="augment-label">{label}</span>
                <span class="augment-drawn">{drawn ? drawnCaption(drawn, lang) || '—' : ''}</span>
              </li>
            );
          })}
        </ul>
        <TransformControls values={values} set={state.set} lang={lang} />
        <p class="widget-caption">{w.credit}</p>
      </div>
    </WidgetFrame>
  );
}
