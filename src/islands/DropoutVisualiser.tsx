/**
 * DropoutVisualiser: a small fully connected network drawn as nodes and edges. Every forward pass
 * draws a fresh keep mask for each hidden layer (p = DROP probability; seeded, with the sampler
 * engines/dropout.ts uses); dropped units and their edges fade. The reader steps through passes
 * or lets them run, counts the distinct sub-networks seen out of the 2^n possible, and compares
 * one unit's output at train and test time with and without inverted scaling.
 * Takes in: the instance id, the page language and the chapter's starting values. No tfjs: the
 * toy network is a few dozen numbers (lib/dropoutNetwork.ts). Once the reader runs the dropout
 * cell, its code makes the masks and the followed unit's output (./dropout/ReaderDropout says so
 * and leads back to the built-in). Renders and wires state only.
 */
import { useMemo, useRef } from 'preact/hooks';
import { hiddenUnits, subNetworkCount } from '~/lib/dropoutNetwork';
import type { Lang } from '~/lib/i18n';
import type { ParamValues } from '~/lib/params';
import { dropoutParams, dropoutVisualiserSettings } from '~/lib/widgets/dropout';
import { Controls } from './kit/Controls';
import { PlayControls } from './kit/PlayControls';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';
import { NetworkDiagrams } from './dropout/NetworkDiagrams';
import { UnitExpectation } from './dropout/UnitExpectation';
import { useDropoutPasses } from './dropout/useDropoutPasses';
import { visualiserWords } from './dropout/visualiserWords';
import { ReaderDropout } from './dropout/ReaderDropout';
import { useCellDriver } from './cell/useCellDriver';
import { compileDropoutCell } from '~/lib/cell/cellDropout';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
}

/** The dropout visualiser widget. */
export default function DropoutVisualiser({ id, lang, initial }: Props) {
  const w = visualiserWords[lang];
  const state = useWidgetState(id, dropoutParams, initial);
  const settings = useMemo(() => dropoutVisualiserSettings(state.values), [state.values]);
  const root = useRef<HTMLDivElement>(null);
  // The reader's dropout cell, once run, makes the masks (lib/cell/cellDrivers.ts).
  const driver = useCellDriver('dropout');
  const compiled = useMemo(() => (driver ? compileDropoutCell(driver) : null), [driver?.code, JSON.stringify(driver?.values)]);
  const reader = compiled?.ok ? compiled.dropout : undefined;
  const run = useDropoutPasses(root, settings, reader);
  const { session } = run;
  const n = hiddenUnits(settings.sizes);
  const total = Number(subNetworkCount(settings.sizes)).toLocaleString(lang);

  return (
    <WidgetFrame id={id} title={w.title} lang={lang} ignored={state.ignored} onReset={state.reset} shareUrl={state.shareUrl}>
      <div ref={root} class="dropout-visualiser" data-pass={session.passes} data-distinct={session.distinct} data-code={reader ? 'reader' : 'built-in'}>
        {driver && <ReaderDropout label={driver.label} problem={compiled && !compiled.ok ? compiled.error : session.readerProblem} lang={lang} />}
        <div class="dropout-run-bar">
          <PlayControls
            playing={run.playing}
            onPlay={run.play}
            onPause={run.pause}
            onStep={run.step}
            onReset={run.restart}
            lang={lang}
          />
          <span class="dropout-pass">{w.pass(session.passes)}</span>
        </div>
        <p class="dropout-counter" role="status" aria-live="polite">
          {w.counter(session.distinct, n, total)}
        </p>
        <Controls table={dropoutParams} values={state.values} set={state.set} lang={lang} only={['dropProbability']} />
        <NetworkDiagrams session={session} lang={lang} />
        <UnitExpectation idPrefix={id} session={session} readerLabel={reader ? driver!.label : null} lang={lang} />
        <details class="dropout-settings">
          <summary>{w.settings}</summary>
          <Controls
            table={dropoutParams}
            values={state.values}
            set={state.set}
            lang={lang}
            only={['inputs', 'hidden1', 'hidden2', 'outputs', 'passesPerSecond', 'seed']}
          />
        </details>
      </div>
    </WidgetFrame>
  );
}
