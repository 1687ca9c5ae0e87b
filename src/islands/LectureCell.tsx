/**
 * A runnable cell of the lecture's code: CodeMirror over the Python/NumPy subset, Run and Reset,
 * the cell's new hyper-parameters as numbers, and for an update rule "Race this rule", which
 * adds it (with the reader's name and the cell's colour) to every race on the page. The code
 * lives in the URL (cell/cellUrl.ts). Parsing and analysis are pure (lib/cell); running is the
 * engines' (engines/cellDemo.ts), loaded with tfjs on first use. No reader text is ever run as JS.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { dropoutDemo, scheduleDemo, type CellDemo } from '~/lib/cell/cellNumberDemos';
import { lazyEngine } from '~/islands/kit/lazyEngine';
import { useTf } from '~/islands/kit/useTf';
import { analyseCell, type CellAnalysed } from '~/lib/cell/cellAnalysis';
import { MAX_CELL_LINK } from '~/lib/cell/cellLink';
import { parseCell } from '~/lib/cell/cellParse';
import { cellMessage, type CellError } from '~/lib/cell/cellProblems';
import { lectureCells, type LectureCellName } from '~/lib/cell/lectureCells';
import { putReaderRacer, readerRacerFor, readerRacers, removeReaderRacer } from '~/lib/cell/readerRacers';
import { cellDriver, putCellDriver, removeCellDriver, type DriverCellName } from '~/lib/cell/cellDrivers';
import { dict, type Lang } from '~/lib/i18n';
import { optimizerTable } from '~/lib/optimizerTable';
import { CodeEditor } from './cell/CodeEditor';
import { readCellFromUrl, writeCellToUrl } from './cell/cellUrl';
import { restoreRacersOnce } from './cell/useReaderRacers';
import { restoreDriversOnce, useCellDriver } from './cell/useCellDriver';
import { TorchAside } from './cell/TorchAside';
import { describe } from './cell/demoText';
import { HyperInputs } from './cell/HyperInputs';
import './cell/cell.css';

const useCellEngine = lazyEngine(() => import('~/engines/cellDemo'));
const LINK_DELAY_MS = 300;

interface Props {
  name: LectureCellName;
  lang: Lang;
}

const analyse = (code: string, kind: (typeof lectureCells)[LectureCellName]['kind']): CellAnalysed => {
  const parsed = parseCell(code);
  return parsed.ok ? analyseCell(parsed.program, kind) : parsed;
};

/** One lecture cell; `name` is its `data-cell` and URL key. */
export default function LectureCell({ name, lang }: Props) {
  const w = dict(lang).cell;
  const cell = lectureCells[name];
  const ruleLabel = cell.rule ? optimizerTable[cell.rule].label[lang] : cell.kind === 'schedule' ? w.scheduleWord : w.dropoutWord;
  const defaultLabel = w.defaultName(name === 'adamNoBias' ? w.noBias(ruleLabel) : ruleLabel);
  /** A schedule or dropout cell drives its widget once run (lib/cell/cellDrivers.ts). */
  const drives: DriverCellName | null = cell.kind === 'schedule' || cell.kind === 'dropout' ? cell.kind : null;
  const driver = useCellDriver(drives);
  const [code, setCode] = useState(cell.code);
  const [label, setLabel] = useState(defaultLabel);
  const [values, setValues] = useState<Record<string, number>>({});
  const [racing, setRacing] = useState(false);
  const [error, setError] = useState<CellError | null>(null);
  const [result, setResult] = useState<CellDemo | null>(null);
  const [runWanted, setRunWanted] = useState(false);
  const [linkNotice, setLinkNotice] = useState<string | null>(null);
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  /** Bumped when the code is replaced from outside the editor (Reset, a shared link). */
  const [revision, setRevision] = useState(0);
  // Only an update rule's Run needs tfjs (its ravine steps): the page does not load it for a cell until then.
  const [tfWanted, setTfWanted] = useState(false);
  const tf = useTf(tfWanted);
  const { engine, error: engineError } = useCellEngine(tf.status === 'ready' && runWanted);
  const analysed = useMemo(() => analyse(code, cell.kind), [code]);
  const hyper = analysed.ok ? analysed.analysis.hyper : [];

  useEffect(() => {
    // The page's racers come back from the URL first, so this cell knows whether it is racing.
    Promise.all([restoreRacersOnce(), restoreDriversOnce()]).then(() => readCellFromUrl(name)).then((read) => {
      if (read.state === 'ok') {
        setCode(read.payload.code);
        setRevision((r) => r + 1);
        setLabel(read.payload.label || defaultLabel);
        setValues(read.payload.values);
        setRacing(read.payload.racing && readerRacers().some((r) => r.id === name));
      } else if (read.state === 'broken') setLinkNotice(w.linkBroken);
      setLoaded(true);
    });
  }, []);

  useEffect(() => {
    if (!loaded) return;
    const unchanged = code === cell.code && label === defaultLabel && !racing && Object.keys(values).length === 0 && !driver;
    const timer = setTimeout(() => {
      writeCellToUrl(name, unchanged ? null : payload()).then((tooLong) =>
        setLinkNotice(tooLong === null ? null : w.linkTooLong(tooLong, MAX_CELL_LINK)),
      );
    }, LINK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [loaded, code, label, racing, values, driver]);

  // The widget this cell drives shows the reader's name as they type it.
  useEffect(() => {
    if (drives && driver && driver.label !== label) putCellDriver(drives, { ...driver, label });
  }, [label]);

  /** What the link holds: for a driving cell, whether it drives its widget and (schedule) the race. */
  const payload = () =>
    drives ? { code, label, values, racing: driver?.applied ?? false, shown: driver !== null } : { code, label, racing, values };

  // Run once the engine is there (tfjs loads on the first Run).
  useEffect(() => {
    if (!runWanted || !engine) return;
    setRunWanted(false);
    showDemo(engine.runCellDemo(cell.kind, code, values, cell.rule));
  }, [runWanted, engine]);

  /** The checked cell, or null after showing its problem. */
  const checked = () => {
    setResult(null);
    if (!analysed.ok) {
      setError(analysed.error);
      return false;
    }
    setError(null);
    return true;
  };
  /** Shows a Run's result; a schedule or dropout cell that ran drives its widget (a schedule already in the race stays there). */
  const showDemo = (demo: CellDemo) => {
    if (demo.ok) setResult(demo);
    else setError(demo.error);
    if (demo.ok && drives) putCellDriver(drives, { code, label, values, applied: cellDriver(drives)?.applied ?? false });
  };
  const run = () => {
    if (!checked()) return;
    if (racing) putReaderRacer(readerRacerFor(name, { code, label, values }));
    // Schedules and dropout masks are plain numbers: answered at once, without waiting for tfjs.
    if (cell.kind === 'schedule') showDemo(scheduleDemo(code, values));
    else if (cell.kind === 'dropout') showDemo(dropoutDemo(code, values));
    else {
      setTfWanted(true);
      setRunWanted(true);
    }
  };
  const toggleRace = () => {
    if (racing) {
      removeReaderRacer(name);
      setRacing(false);
    } else if (checked()) {
      putReaderRacer(readerRacerFor(name, { code, label, values }));
      setRacing(true);
    }
  };
  const reset = () => {
    setCode(cell.code);
    setRevision((r) => r + 1);
    setLabel(defaultLabel);
    setValues({});
    setError(null);
    setResult(null);
    removeReaderRacer(name);
    setRacing(false);
    if (drives) removeCellDriver(drives);
  };
  const copyLink = async () => {
    await writeCellToUrl(name, payload());
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopyNote(w.copied);
    } catch {
      setCopyNote(w.copyFailed);
    }
  };

  const kindText = cell.kind === 'update' ? w.kindUpdate : cell.kind === 'schedule' ? w.kindSchedule : w.kindDropout;
  const color = readerRacerFor(name, { code, label, values }).color;
  return (
    <div class="cell" data-cell={name} data-racing={racing ? 'true' : 'false'}>
      <div class="cell-head">
        <span>{w.cell}: {kindText}</span>
      </div>
      <CodeEditor value={code} revision={revision} onChange={(text) => { setCode(text); setError(null); }} label={w.editor(name)} />
      <HyperInputs hyper={hyper} values={values} onChange={setValues} legend={w.hyper} />
      <div class="cell-bar">
        <button type="button" onClick={run}>{w.run}</button>
        <button type="button" onClick={reset}>{w.reset}</button>
        {drives && (
          <label>
            {w.driverName}
            <input type="text" maxLength={60} value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
          </label>
        )}
        {cell.kind === 'update' && (
          <>
            <label>
              <span class="cell-swatch" style={{ background: color }} aria-hidden="true" />
              {w.racerName}
              <input type="text" maxLength={60} value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
            </label>
            <button type="button" onClick={toggleRace} aria-pressed={racing}>{racing ? w.stopRace : w.race}</button>
          </>
        )}
        <button type="button" onClick={copyLink}>{w.copyLink}</button>
        {copyNote && <span role="status">{copyNote}</span>}
      </div>
      {error && <p class="cell-error" role="alert">{cellMessage(lang, error)}</p>}
      {!error && engineError && <p class="cell-error" role="alert">{engineError}</p>}
      {runWanted && tf.status !== 'ready' && <p class="cell-out">{w.loading}</p>}
      {result && <p class="cell-out" role="status">{describe(result, w)}</p>}
      {racing && <p class="cell-out">{w.raceWhere}</p>}
      {drives && driver && <p class="cell-out" data-driving={drives}>{drives === 'schedule' ? w.drivesSchedule(driver.applied) : w.drivesDropout}</p>}
      {linkNotice && <p class="cell-error" role="alert">{linkNotice}</p>}
      <TorchAside name={name} lang={lang} heading={w.torch} />
    </div>
  );
}
