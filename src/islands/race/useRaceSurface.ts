/**
 * Which surface the race runs on, and its heat-map grid. A built-in surface comes from the
 * engine's table; "custom" compiles the reader's formula, debounced while they type. A formula
 * that does not parse gives an error (message + column); one that parses but is undefined or
 * unbounded on the window gives a problem (kind + point, worded by the island in the reader's
 * language). Either way the race keeps the last good surface, so garbage never blanks the map
 * or reaches tfjs.
 *
 *   typing ──(parse error, instant)──► error shown, last good surface kept
 *          └─(250 ms pause)─► compile ──ok──► new surface + grid
 *                                      └─error or problem─► shown, last good surface kept
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Surface } from '~/engines/surfaces';
import type { SurfaceGrid } from '~/charts/surfaceChart';
import { formulaError as problemAt, parseFormula, type FormulaError } from '~/lib/formula';
import type { SurfaceProblem } from '~/lib/formulaSingularity';
import type { RaceEngines } from './useRaceEngines';

const COMPILE_DELAY_MS = 250;

/** Samples the surface on an nx × ny grid for the heat map (null if it cannot be sampled). */
export type GridSampler = (nx: number, ny: number) => SurfaceGrid | null;

export interface RaceSurface {
  surface: Surface | null;
  /** The heat map's sampler; the map picks the resolution (its device pixels). */
  sample: GridSampler | null;
  /** Changes exactly when the surface does; the race restarts on a new key. */
  key: string;
  formulaError: FormulaError | null;
  /** Why a formula that parses cannot be raced (a pole, a hole), or null. */
  surfaceProblem: SurfaceProblem | null;
}

/** The surface named `name` (or the compiled `formula` when name is "custom") and its grid. */
export function useRaceSurface(engines: RaceEngines | null, name: string, formula: string): RaceSurface {
  const [current, setCurrent] = useState<{ surface: Surface; key: string } | null>(null);
  const [formulaError, setFormulaError] = useState<FormulaError | null>(null);
  const [surfaceProblem, setSurfaceProblem] = useState<SurfaceProblem | null>(null);
  const lastGoodCustom = useRef<{ surface: Surface; key: string } | null>(null);

  useEffect(() => {
    // A formula that fails keeps the last surface shown; on a page that opens with a bad
    // formula there is none yet, so the map shows the first built-in surface meanwhile.
    const keepLast = () => {
      if (lastGoodCustom.current) setCurrent(lastGoodCustom.current);
      else if (engines) setCurrent((shown) => shown ?? { surface: engines.surfaces.surfaces.ravine, key: 'ravine' });
    };
    if (name !== 'custom') {
      setFormulaError(null);
      setSurfaceProblem(null);
      if (!engines) return;
      const table = engines.surfaces.surfaces as Record<string, Surface>;
      const surface = table[name] ?? engines.surfaces.surfaces.ravine;
      setCurrent({ surface, key: name });
      return;
    }
    // Parse errors are cheap and pure: show them at once, before any tfjs work.
    const parsed = parseFormula(formula);
    if (!parsed.ok) {
      setFormulaError(parsed.error);
      setSurfaceProblem(null);
      keepLast();
      return;
    }
    setFormulaError(null);
    if (!engines) return;
    const timer = setTimeout(() => {
      try {
        const result = engines.formulaSurface.surfaceFromFormula(formula);
        if (result.ok) {
          lastGoodCustom.current = { surface: result.surface, key: `custom:${result.surface.formula}` };
          setSurfaceProblem(null);
          setCurrent(lastGoodCustom.current);
        } else {
          if (result.error) setFormulaError(result.error);
          setSurfaceProblem(result.problem ?? null);
          keepLast();
        }
      } catch (error) {
        setFormulaError(problemAt({ code: 'notCompiled', detail: error instanceof Error ? error.message : String(error) }, 0));
        keepLast();
      }
    }, COMPILE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [engines, name, formula]);

  const sample = useMemo<GridSampler | null>(() => {
    if (!engines || !current) return null;
    return (nx, ny) => {
      try {
        const { values, min, max } = engines.surfaces.evaluateGrid(current.surface, nx, ny);
        return { values, min, max, nx, ny };
      } catch (error) {
        console.warn('[race] surface grid failed:', error);
        return null;
      }
    };
  }, [engines, current]);

  return { surface: current?.surface ?? null, sample, key: current?.key ?? '', formulaError, surfaceProblem };
}
