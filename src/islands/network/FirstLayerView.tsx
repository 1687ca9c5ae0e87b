/**
 * "See inside the networks": the first layer of each racer's network as pictures, one 28×28 tile
 * per hidden unit for the first few units (charts/weightTiles.ts). Every network starts from the
 * same weights, so a column shows what each optimizer made of the same unit. Read from the engine
 * at most READ_MS apart while the race moves (a read is one small transfer; nothing is kept on the
 * backend), drawn on small canvases.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { TILE, tilePixels, unitScales } from '~/charts/weightTiles';
import type { FirstLayer } from '~/engines/networkRace';
import { inBoth, type Lang } from '~/lib/i18n';
import type { ColorScheme } from '~/lib/optimizerTable';

/** Hidden units shown per network. */
export const SHOWN_UNITS = 8;
/** At most one read every this many ms: a few a second look live and cost nothing noticeable. */
const READ_MS = 400;

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('firstLayer');

interface Props {
  /** Reads the live race's first layer (where the race runs: a promise from the engine worker). */
  read: (units: number) => FirstLayer[] | null | Promise<FirstLayer[] | null>;
  /** Changes whenever the race moves (the step), so a new read is due. */
  version: number;
  labels: Record<string, { label: string; color: string }>;
  scheme: ColorScheme;
  lang: Lang;
}

/** One tile on its own canvas. */
function Tile({ pixels, title }: { pixels: Uint8ClampedArray<ArrayBuffer>; title: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (context) context.putImageData(new ImageData(pixels, TILE, TILE), 0, 0);
  }, [pixels]);
  return <canvas ref={ref} class="network-tile" width={TILE} height={TILE} title={title} aria-hidden="true" />;
}

/** Per racer a row of weight tiles, refreshed a few times a second. */
export function FirstLayerView({ read, version, labels, scheme, lang }: Props) {
  const w = words[lang];
  const [layers, setLayers] = useState<FirstLayer[] | null>(null);
  const last = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, READ_MS - (performance.now() - last.current));
    let alive = true;
    const timer = setTimeout(() => {
      last.current = performance.now();
      Promise.resolve(read(SHOWN_UNITS)).then((layers) => alive && setLayers(layers), () => {});
    }, wait);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [version]);
  // Pixels only when a read or the theme changes, not on every render of the race (each result):
  // the same arrays leave every Tile's canvas as it is.
  const pixels = useMemo(() => {
    if (!layers || layers.length === 0) return [];
    const scales = unitScales(layers.map((l) => l.weights), layers[0].units);
    return layers.map((l) => (l.weights ? scales.map((scale, u) => tilePixels(l.weights!, u, scale, scheme)) : null));
  }, [layers, scheme]);
  if (!layers || layers.length === 0) return null;
  const units = layers[0].units;
  return (
    <figure class="network-first-layer">
      <figcaption>
        <span class="network-first-layer-title">{w.title(units)}</span> {w.caption}
      </figcaption>
      <div class="network-tile-rows">
        {layers.map((layer, i) => (
          <div class="network-tile-row" key={layer.name} data-racer={layer.name}>
            <span class="network-tile-label">
              <span class="network-swatch" style={{ background: labels[layer.name]?.color }} aria-hidden="true" />
              {labels[layer.name]?.label ?? layer.name}
            </span>
            <span class="network-tiles">
              {pixels[i] ? pixels[i].map((tile, u) => <Tile key={u} pixels={tile} title={w.unit(u + 1)} />) : w.diverged}
            </span>
          </div>
        ))}
      </div>
    </figure>
  );
}
