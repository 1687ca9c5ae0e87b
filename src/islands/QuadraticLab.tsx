/**
 * The quadratic lab: a 2-D bowl with condition number κ and a rotation, and what GD, momentum
 * and Nesterov do on it: the error split into the Hessian's eigen-directions, each shrinking by
 * its own factor; momentum's rate over (α, ρ) with the optimum and critical damping; steps to
 * 1e-6 measured against the κ and √κ predictions, with the noise floor of each; and what a
 * per-coordinate rescaling (Adam, RMSProp) can and cannot do. All arithmetic is
 * lib/quadraticLab.ts in doubles through lib/quadraticLabReadout.ts (no tfjs: its badge says it
 * runs in JavaScript on the page); this island only wires state and charts.
 */
import { useMemo, useRef } from 'preact/hooks';
import { errorChartOptions, rateMapOptions, rescaleChartOptions } from '~/charts/quadraticCharts';
import { dict, type Lang } from '~/lib/i18n';
import type { ParamValues } from '~/lib/params';
import type { LabMethod } from '~/lib/quadraticLab';
import { labReadout, labSettings } from '~/lib/quadraticLabReadout';
import { quadraticLabParams } from '~/lib/widgets/quadraticLab';
import { Controls } from './kit/Controls';
import { PlotFigure } from './kit/PlotFigure';
import { useColorScheme } from './kit/useColorScheme';
import { useElementWidth } from './kit/useElementWidth';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';

interface Props {
  id?: string;
  lang: Lang;
  initial: ParamValues;
}

/** Three significant digits, or the exponent form for tiny and huge values. */
const num = (v: number): string => (!Number.isFinite(v) ? '∞' : Math.abs(v) >= 1e5 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(2) : String(Number(v.toPrecision(3))));
const GROWTH: Record<LabMethod, string> = { gd: 'κ', momentum: '√κ', nesterov: '√κ' };

/** The QuadraticLab widget. */
export default function QuadraticLab({ id = 'lab', lang, initial }: Props) {
  const w = dict(lang).quadraticLab;
  const { values, set, reset, ignored, shareUrl } = useWidgetState(id, quadraticLabParams, initial);
  const host = useRef<HTMLDivElement>(null);
  const scheme = useColorScheme();
  const width = Math.max(280, useElementWidth(host) || 640);
  const columns = width >= 720 ? 2 : 1;
  const half = columns === 2 ? Math.floor((width - 16) / 2) : width;
  const settings = labSettings(values);
  const { kappa, alpha, rho } = settings;
  // The same function computes the numbers the chapter quotes (src/lib/measurements/quadraticLab.json).
  const lab = useMemo(() => labReadout(settings), [settings.kappa, settings.angle, settings.method, alpha, rho, settings.noise]);

  const names: [string, string] = [w.steep, w.flat];
  const sentences = lab.b.lambdas.map((lambda, i) => (lab.rates[i] < 1 ? w.direction : w.diverges)(names[i], num(lambda), num(lab.rates[i])));
  const mapSummary = w.mapSummary(num(lab.rate), num(lab.best.rate), num(lab.best.alpha), num(lab.best.rho));

  return (
    <WidgetFrame title={w.title} lang={lang} ignored={ignored} onReset={reset} shareUrl={shareUrl} id={id} onPage>
      {/* Each chart is decorative; its figure's caption says what it shows in words (a role="img" on the
          figure would hide the caption's list and live outputs from assistive technology). */}
      <div class="qlab" ref={host}>
        <Controls table={quadraticLabParams} values={values} set={set} lang={lang} />
        <div class="qlab-row" data-columns={columns}>
          <figure class="qlab-figure">
            <PlotFigure options={errorChartOptions({ errors: lab.errors, rates: lab.rates, names, width: half })} decorative />
            <figcaption>
              {w.errorCaption}
              <ul class="qlab-factors">
                {sentences.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </figcaption>
          </figure>
          <figure class="qlab-figure">
            <PlotFigure options={rateMapOptions({ bowl: lab.b, alpha, rho, width: half, labels: { alpha: w.alphaAxis, rho: w.rhoAxis }, scheme })} decorative />
            <figcaption>
              {w.mapCaption(scheme === 'dark')} <output class="qlab-summary">{mapSummary}</output>
            </figcaption>
          </figure>
        </div>
        <div class="qlab-table-wrap">
          <table class="qlab-table">
            <caption>{w.tableCaption}</caption>
            <thead>
              <tr>
                {w.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lab.rows.map((r) => (
                <tr key={`${r.method}-${r.yours}`} data-method={r.method} data-yours={r.yours ? 'true' : undefined}>
                  <th scope="row">
                    {w.method[r.method]}
                    {r.yours ? ` (${w.yours})` : ''}
                  </th>
                  <td>{num(r.alpha)}</td>
                  <td>{r.method === 'gd' ? '—' : num(r.rho)}</td>
                  <td class="qlab-measured">{r.measured === null ? w.never : r.measured}</td>
                  <td>{Number.isFinite(r.predicted) ? Math.ceil(r.predicted) : w.never}</td>
                  <td>{GROWTH[r.method]}</td>
                  <td>{r.floor === null ? w.noNoise : num(r.floor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <figure class="qlab-figure qlab-rescale">
          <PlotFigure options={rescaleChartOptions(lab.b, width)} decorative />
          <figcaption>
            {w.rescaleCaption} <output class="qlab-rescaled">{w.rescale(num(kappa), num(lab.rescaled))}</output>
          </figcaption>
        </figure>
      </div>
    </WidgetFrame>
  );
}
