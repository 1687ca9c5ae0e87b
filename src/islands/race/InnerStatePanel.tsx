/**
 * What each optimizer carries from step to step, for particle 0: the velocity of the two
 * momentum methods (also drawn as arrows on the map), the squared-gradient accumulator of
 * AdaGrad and RMSProp as numbers and small log-scale bars (in words before the first step), and Adam's bias-correction factors
 * as a small chart with the switch that turns the correction off.
 */
import { useRef } from 'preact/hooks';
import type { OptimizerSnapshot } from '~/engines/race';
import { biasChartOptions } from '~/charts/biasChart';
import { formatValue } from '~/charts/raceText';
import { Controls } from '~/islands/kit/Controls';
import { dict, type Lang } from '~/lib/i18n';
import type { ParamTable, ParamValue, ParamValues } from '~/lib/params';
import { raceWords } from '~/lib/widgets/raceWords';
import { PlotFigure } from '../kit/PlotFigure';
import { useElementWidth } from '../kit/useElementWidth';

interface Props {
  racers: readonly OptimizerSnapshot[];
  table: ParamTable;
  values: ParamValues;
  set(name: string, value: ParamValue): void;
  lang: Lang;
}

const BIAS_CONTROL = ['biasCorrection'];

/** Bar length for an accumulator value: 1e-4 … 1e4 on a log scale, as a percentage. */
const barPercent = (value: number): number =>
  Number.isFinite(value) && value > 0 ? Math.min(100, Math.max(2, ((Math.log10(value) + 4) / 8) * 100)) : 0;

const pair = (p: readonly [number, number] | null | undefined): string => (p ? `(${formatValue(p[0])}, ${formatValue(p[1])})` : '—');

/** One small card per running optimizer with the state the lecture talks about. */
export function InnerStatePanel({ racers, table, values, set, lang }: Props) {
  const w = raceWords(lang);
  const so = dict(lang).secondOrder;
  if (racers.length === 0) return <p class="race-inner-empty">{w.notRunning}</p>;
  return (
    <div class="race-inner">
      {racers.map((racer) => {
        const { inner } = racer;
        return (
          <section key={racer.name} class="race-inner-card" style={{ borderColor: racer.color }} aria-label={racer.label[lang]}>
            <h4>
              <span class="race-swatch" style={{ background: racer.color }} aria-hidden="true" /> {racer.label[lang]}
            </h4>
            {inner.velocity && (
              <p>
                {w.velocity} = <span class="race-num">{pair(inner.velocity)}</span> <span class="race-note">({w.velocityNote})</span>
              </p>
            )}
            {inner.cache && (
              <div>
                <p>
                  {w.cache} = <span class="race-num">{pair(inner.cache)}</span>
                </p>
                {racer.step === 0 ? (
                  <p class="race-note race-cache-empty">{w.cacheEmpty}</p>
                ) : (
                  (['x', 'y'] as const).map((axis, i) => (
                    <div key={axis} class="race-bar-row">
                      <span>{axis}</span>
                      <span class="race-bar" style={{ width: `${barPercent(inner.cache![i])}%`, background: racer.color }} />
                    </div>
                  ))
                )}
              </div>
            )}
            {racer.name === 'adam' && (
              <div>
                <BiasChart beta1={racer.hyper.beta1} beta2={racer.hyper.beta2} t={racer.step} on={racer.hyper.biasCorrection} lang={lang} />
                <Controls table={table} values={values} set={set} lang={lang} only={BIAS_CONTROL} />
                {inner.adam && (
                  <p>
                    {w.adamMoments} = <span class="race-num">{pair(inner.adam.mHat)}</span>, <span class="race-num">{pair(inner.adam.sqrtVHat)}</span>
                  </p>
                )}
              </div>
            )}
            {inner.curvature && (
              <div class="race-curvature" data-curvature={inner.curvature.kind}>
                <p>
                  {inner.curvature.source === 'hessian' ? so.hessian : so.estimate(racer.label[lang])} ={' '}
                  <span class="race-num">
                    [[{formatValue(inner.curvature.matrix[0])}, {formatValue(inner.curvature.matrix[1])}], [{formatValue(inner.curvature.matrix[1])},{' '}
                    {formatValue(inner.curvature.matrix[2])}]]
                  </span>{' '}
                  <span class="race-note">({so.ellipse})</span>
                </p>
                {inner.curvature.source === 'hessian' && (
                  <p class={inner.curvature.kind === 'positive' ? 'race-note' : 'notice'} role={inner.curvature.kind === 'positive' ? undefined : 'status'}>
                    {so.kind[inner.curvature.kind]}
                  </p>
                )}
                <p class="race-note">{inner.curvature.source === 'hessian' ? so.hessianCost : so.evaluations(inner.curvature.evaluations)}</p>
              </div>
            )}
            {!inner.curvature && <p>
              {racer.name === 'adam' ? w.adamStep : racer.inner.cache ? w.effectiveStep : w.plainStep} = <span class="race-num">{pair(inner.effectiveStep)}</span>
            </p>}
          </section>
        );
      })}
    </div>
  );
}

/** Adam's bias-correction chart, drawn as wide as its card (a phone's card is narrower than a fixed width, which would shrink its text). */
function BiasChart({ beta1, beta2, t, on, lang }: { beta1: number; beta2: number; t: number; on: boolean; lang: Lang }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const options = width > 0 ? biasChartOptions({ beta1, beta2, t, on, width: Math.min(420, Math.floor(width)), lang }) : null;
  return (
    <div ref={box} class="race-bias">
      <PlotFigure options={options} minIntervalMs={200} height={160} />
    </div>
  );
}
