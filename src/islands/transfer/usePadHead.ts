/**
 * The drawing pad's trained head, for the island: trained on the engine host (a `padHead` job,
 * in the worker), kept in this browser beside the drawings (IndexedDB, key `<id>#head`) with the
 * body and drawings it was trained on, and rebuilt on the host from those numbers after a reload
 * or a restarted worker, so the pad predicts at once. The numbers on the page are the one truth;
 * the job in the worker is their working copy.
 *
 *   none ─train─► fresh ─the drawings change─► stale ─(undo back)─► fresh
 *     ▲  load: fresh or stale        │ forget                      │ train
 *     └───────────────────────────────┴─────────────────────────────┘
 *
 * Predictions as the reader draws go one at a time; a stroke made while one is on its way
 * replaces the waiting one (frames are dropped, never queued).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PadHeadSnapshot } from '~/engines/worker/padHeadJob';
import type { EngineHost } from '~/engines/worker/host';
import { isHostRestart } from '~/islands/kit/engineHost';
import { remoteJob, type RemoteJob } from '~/islands/kit/useEngineHost';
import { PIXELS } from '~/lib/mnist';
import { trainingSet, type PadState } from '~/lib/padClasses';
import { drawingsFingerprint, fromSavedHead, headStaleness, SAVED_HEAD_VERSION, type SavedHead } from '~/lib/padHeadSaved';
import { loadPad, savePad } from './padStorage';

export type HeadStatus = 'loading' | 'none' | 'training' | 'fresh' | 'stale';

export interface PadHead {
  status: HeadStatus;
  /** Why a kept head cannot be used: the drawings changed, or the pretrained body did. */
  staleWhy: 'drawings' | 'body' | null;
  /** The kept head's training (steps, seconds) and whether it came back from an earlier visit. */
  info: { steps: number; seconds: number; restored: boolean } | null;
  /** The class index the head gives each drawing of the training set, in trainingSet order (null: none yet). */
  graded: number[] | null;
  probs: number[] | null;
  /** Why the head could not be trained, rebuilt or asked (the exception's text), or null. */
  error: string | null;
  train(seed: number): Promise<void>;
  /** Class probabilities for `image` (null clears them). */
  predict(image: Float32Array | null): void;
  exportModel(classes: string[]): Promise<{ modelJson: Record<string, unknown>; weights: ArrayBuffer; weightsFile: string } | null>;
  forget(): void;
}

type Working = { head: SavedHead; host: EngineHost; job: Promise<RemoteJob<PadHeadSnapshot>> };

const flat = (images: Float32Array[]) => {
  const out = new Float32Array(images.length * PIXELS);
  images.forEach((image, i) => out.set(image, i * PIXELS));
  return out;
};

/** The head of the pad `pad` of widget `id` (`ready`: the saved drawings have been read). */
export function usePadHead(id: string, host: EngineHost | null, pad: PadState, ready: boolean): PadHead {
  const key = `${id}#head`;
  const [kept, setKept] = useState<{ head: SavedHead; restored: boolean } | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [training, setTraining] = useState(false);
  const [bodyChanged, setBodyChanged] = useState(false);
  const [graded, setGraded] = useState<number[] | null>(null);
  const [probs, setProbs] = useState<number[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const failed = (e: unknown) => !isHostRestart(e) && setError(e instanceof Error ? e.message : String(e));
  const working = useRef<Working | null>(null);
  const asked = useRef<{ image: Float32Array | null; version: number }>({ image: null, version: 0 });
  const predicting = useRef(false);
  /** The drawing on the pad now (asked again when a head becomes usable). */
  const onPad = useRef<Float32Array | null>(null);

  useEffect(() => {
    let alive = true;
    void loadPad(key).then((loaded) => {
      if (!alive) return;
      const head = loaded.ok ? fromSavedHead(loaded.record) : null;
      if (head) setKept((k) => k ?? { head, restored: true });
      setLoaded(true);
    });
    return () => void (alive = false);
  }, [key]);

  const fingerprint = useMemo(() => drawingsFingerprint(pad), [pad]);
  const stale = kept ? (bodyChanged ? 'body' : headStaleness(kept.head, pad) && 'drawings') : null;
  const status: HeadStatus = training ? 'training' : !loaded || !ready ? 'loading' : !kept ? 'none' : stale ? 'stale' : 'fresh';

  const drop = () => {
    void working.current?.job.then((j) => j.dispose(), () => {});
    working.current = null;
  };
  /** The job for the kept head on `host`, built from its numbers when there is none yet. */
  const jobFor = (head: SavedHead, on: EngineHost) => {
    if (working.current?.head === head && working.current.host === on) return working.current.job;
    drop();
    const grade = flat(trainingSet(pad).images);
    const job = remoteJob(on, 'padHead', { restore: { w: head.w, b: head.b, body: head.body, steps: head.steps, seconds: head.seconds }, grade });
    working.current = { head, host: on, job };
    job.then(
      (j) => {
        const s = j.snapshot();
        if (s.bodyChanged) setBodyChanged(true);
        else setGraded(s.graded);
      },
      (e: unknown) => {
        if (working.current?.job === job) working.current = null;
        failed(e);
      },
    );
    return job;
  };

  // Probabilities belong to the head that gave them.
  useEffect(() => setProbs(null), [kept, status === 'fresh']);
  // A fresh head gets its working copy on the host (again after a restarted worker: a new host)
  // and says what it makes of the drawing on the pad.
  useEffect(() => {
    if (status !== 'fresh' || !host || !kept) return;
    void jobFor(kept.head, host).catch(() => {});
    if (onPad.current) ask(onPad.current);
  }, [status, host, kept]);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
      drop();
    },
    [],
  );

  const pump = async () => {
    if (predicting.current) return;
    predicting.current = true;
    try {
      while (asked.current.image) {
        const { image, version } = asked.current;
        asked.current = { image: null, version };
        if (!host || !kept || status !== 'fresh') break;
        const result = (await (await jobFor(kept.head, host)).query('predict', image)) as number[] | null;
        // A clear or a newer stroke since the question: this answer is not wanted.
        if (result && asked.current.version === version) setProbs(result);
      }
    } catch (e) {
      failed(e);
    } finally {
      predicting.current = false;
    }
  };

  const ask = (image: Float32Array | null) => {
    onPad.current = image;
    asked.current = { image, version: asked.current.version + 1 };
    if (!image) return setProbs(null);
    void pump();
  };

  return {
    status,
    staleWhy: status === 'stale' ? stale || null : null,
    info: kept ? { steps: kept.head.steps, seconds: kept.head.seconds, restored: kept.restored } : null,
    graded: status === 'fresh' ? graded : null,
    probs: status === 'fresh' ? probs : null,
    error,
    predict: ask,
    async train(seed) {
      if (!host || training) return;
      const { images, labels } = trainingSet(pad);
      const drawings = fingerprint;
      setTraining(true);
      setError(null);
      try {
        const job = remoteJob(host, 'padHead', { train: { images: flat(images), labels, classes: pad.classes.length, seed }, grade: flat(images) });
        const trained = await job;
        // Unmounted while it trained: nothing here will ask it again.
        if (!mounted.current) return trained.dispose();
        const s = trained.snapshot();
        const head: SavedHead = { version: SAVED_HEAD_VERSION, body: s.body, drawings, seed, steps: s.steps, seconds: s.seconds, w: s.w, b: s.b };
        drop();
        working.current = { head, host, job };
        setBodyChanged(false);
        setGraded(s.graded);
        setKept({ head, restored: false });
        await savePad(key, head);
      } catch (e) {
        failed(e);
      } finally {
        setTraining(false);
      }
    },
    async exportModel(classes) {
      if (!host || !kept || status !== 'fresh') return null;
      return (await (await jobFor(kept.head, host)).query('export', classes)) as Awaited<ReturnType<PadHead['exportModel']>>;
    },
    forget() {
      drop();
      setKept(null);
      setGraded(null);
      setBodyChanged(false);
      void savePad(key, null);
    },
  };
}
