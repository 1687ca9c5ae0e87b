/**
 * The jobs an engine host can run, by kind: each builds a widget's experiment from plain
 * settings (data such as the digits and the pretrained body are loaded where the job runs, once
 * per host) and offers the kit's stepped-run interface. Snapshots are fresh copies the job never
 * touches again, so the worker may transfer their typed arrays instead of copying them.
 */
import type { AugmentSnapshot } from '../augmentExperiment';
import type { DropoutExperimentConfig } from '../dropoutExperiment';
import type { EnsembleConfig, EnsembleSnapshot } from '../ensemble';
import type { NetworkRaceConfig, RaceSnapshot } from '../networkRace';
import { pacedSteps } from '../../lib/stepPacer';
import type { Projection } from '../transfer/projection';
import type { RunSnapshot } from '../transfer/strategies';
import { augmentJobs, type AugmentExperimentJobConfig, type AugmentGalleryJobConfig, type DigitPreviewJobConfig, type DigitPreviewSnapshot } from './augmentJobs';
import { hostDigits } from './hostData';
import { padHeadJob, type PadHeadJobConfig, type PadHeadSnapshot } from './padHeadJob';
import type { OptimizerRaceJobConfig, TrackedRaceSnapshot } from '../raceJob';

/** A job as the host steps it: the same shape as the kit's Steppable. */
export interface Job<S extends JobSnapshot = JobSnapshot> {
  snapshot(): S;
  work(budgetMs: number): S | Promise<S>;
  step(k: number): S | Promise<S>;
  /** A read besides the snapshot, by name (plain data back); absent where the job offers none. */
  query?(what: string, arg: unknown): unknown;
  dispose(): void;
}

export interface JobSnapshot {
  step: number;
  done: boolean;
}

/** The network race's settings without the digits (the host loads its own). */
export type NetworkRaceJobConfig = Omit<NetworkRaceConfig, 'digits' | 'onBatch'>;

export interface TransferLabJobConfig {
  perClass: number;
  frozenLayers: number;
  headLayer: number;
  heldOut: number;
  seed: number;
}

/** The transfer lab's three strategies, trained an epoch of one strategy per unit of work, in turn. */
export interface TransferLabSnapshot extends JobSnapshot {
  runs: RunSnapshot[];
}

export interface FeatureProjectionJobConfig {
  count: number;
  seed: number;
}

/** A one-shot job: the projections are computed when it is built (done at once). */
export interface FeatureProjectionSnapshot extends JobSnapshot {
  pretrained: Projection;
  random: Projection;
}

export type EnsembleJobConfig = Omit<EnsembleConfig, 'digits'>;
/** The ensemble lab's snapshot with the batch loss of the latest update (null before the first). */
export type EnsembleJobSnapshot = EnsembleSnapshot & { loss: number | null };
export type DropoutExperimentJobConfig = Omit<DropoutExperimentConfig, 'digits'>;
type DropoutExperimentSnapshot = ReturnType<ReturnType<typeof import('../dropoutExperiment').createDropoutExperiment>['snapshot']>;

const MAX_RACE_STEPS_PER_CALL = 8;
const MAX_ENSEMBLE_STEPS_PER_CALL = 16;

const factories = {
  ...augmentJobs,
  padHead: padHeadJob,
  /** The optimizer race: the island paces it by calling step(k) (k follows the reader's steps per frame). */
  async optimizerRace(config: OptimizerRaceJobConfig): Promise<Job<TrackedRaceSnapshot>> {
    const { createRaceJob } = await import('../raceJob');
    const race = createRaceJob(config);
    return { ...race, work: () => race.step(1) };
  },
  async networkRace(config: NetworkRaceJobConfig): Promise<Job<RaceSnapshot>> {
    const [{ createNetworkRace }, digits] = await Promise.all([import('../networkRace'), hostDigits()]);
    const race = createNetworkRace({ ...config, digits });
    const query = (what: string, arg: unknown) => (what === 'firstLayer' ? race.firstLayer(Number(arg)) : null);
    return { ...race, query, ...pacedSteps(race.step, MAX_RACE_STEPS_PER_CALL) };
  },
  async transferLab(config: TransferLabJobConfig): Promise<Job<TransferLabSnapshot>> {
    const [{ transferData, disposeTransferData }, { createRun, STRATEGIES }, { loadPretrainedBody }, { createRng }, digits] = await Promise.all([
      import('../transfer/data'),
      import('../transfer/strategies'),
      import('../transfer/loadModel'),
      import('../../lib/rng'),
      hostDigits(),
    ]);
    const { body } = await loadPretrainedBody();
    const data = transferData(digits, config.perClass, config.heldOut, createRng(config.seed));
    const runs: ReturnType<typeof createRun>[] = [];
    try {
      for (const strategy of STRATEGIES) {
        runs.push(createRun(strategy, { pretrained: body, ...data, seed: config.seed, frozenLayers: config.frozenLayers, headDepth: config.headLayer, evalEvery: 2 }));
      }
    } catch (e) {
      runs.forEach((r) => r.dispose());
      disposeTransferData(data);
      throw e;
    }
    let epochs = 0;
    const snapshot = (): TransferLabSnapshot => ({ step: epochs, done: runs.every((r) => r.snapshot.done), runs: runs.map((r) => r.snapshot) });
    // One epoch of the next unfinished strategy, so the three advance side by side.
    const epoch = () => {
      const live = runs.filter((r) => !r.snapshot.done);
      if (live.length) {
        live[epochs % live.length].epoch();
        epochs++;
      }
      return snapshot();
    };
    return {
      snapshot,
      work: epoch,
      step: (k) => {
        for (let i = 1; i < k; i++) epoch();
        return epoch();
      },
      dispose() {
        runs.forEach((r) => r.dispose());
        disposeTransferData(data);
      },
    };
  },
  async ensembleLab(config: EnsembleJobConfig): Promise<Job<EnsembleJobSnapshot>> {
    const [{ createEnsembleLab }, digits] = await Promise.all([import('../ensemble'), hostDigits()]);
    const lab = createEnsembleLab({ ...config, digits });
    let loss: number | null = null;
    // Copies: the engine's snapshot may share arrays with its state, and the worker transfers them.
    const snapshot = (): EnsembleJobSnapshot => structuredClone({ ...lab.snapshot(), loss });
    const step = async (k: number) => {
      lab.step(k);
      loss = await lab.latestLoss();
      return snapshot();
    };
    return { snapshot, dispose: lab.dispose, ...pacedSteps(step, MAX_ENSEMBLE_STEPS_PER_CALL) };
  },
  async dropoutExperiment(config: DropoutExperimentJobConfig): Promise<Job<DropoutExperimentSnapshot>> {
    const [{ createDropoutExperiment }, digits] = await Promise.all([import('../dropoutExperiment'), hostDigits()]);
    const experiment = createDropoutExperiment({ ...config, digits });
    const copy = async (s: DropoutExperimentSnapshot | Promise<DropoutExperimentSnapshot>) => structuredClone(await s);
    return {
      snapshot: () => structuredClone(experiment.snapshot()),
      work: (budgetMs) => copy(experiment.work(budgetMs)),
      step: (k) => copy(experiment.step(k)),
      dispose: () => experiment.dispose(),
    };
  },
  async featureProjection(config: FeatureProjectionJobConfig): Promise<Job<FeatureProjectionSnapshot>> {
    const [{ projectDigits }, { loadPretrainedBody }, digits] = await Promise.all([import('../transfer/projection'), import('../transfer/loadModel'), hostDigits()]);
    const { body } = await loadPretrainedBody();
    const result = { step: 1, done: true, ...projectDigits(body, digits, config.count, config.seed) };
    return { snapshot: () => result, work: () => result, step: () => result, dispose: () => {} };
  },
} satisfies Record<string, (config: never) => Promise<Job<any>>>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type JobKind = keyof typeof factories;

/** What each kind of job takes and gives, for the kit's typed calls. */
export interface JobTypes {
  optimizerRace: { config: OptimizerRaceJobConfig; snapshot: TrackedRaceSnapshot };
  networkRace: { config: NetworkRaceJobConfig; snapshot: RaceSnapshot };
  transferLab: { config: TransferLabJobConfig; snapshot: TransferLabSnapshot };
  featureProjection: { config: FeatureProjectionJobConfig; snapshot: FeatureProjectionSnapshot };
  ensembleLab: { config: EnsembleJobConfig; snapshot: EnsembleJobSnapshot };
  dropoutExperiment: { config: DropoutExperimentJobConfig; snapshot: DropoutExperimentSnapshot };
  augmentExperiment: { config: AugmentExperimentJobConfig; snapshot: AugmentSnapshot };
  digitPreview: { config: DigitPreviewJobConfig; snapshot: DigitPreviewSnapshot };
  augmentGallery: { config: AugmentGalleryJobConfig; snapshot: JobSnapshot };
  padHead: { config: PadHeadJobConfig; snapshot: PadHeadSnapshot };
}

/** Builds a job of `kind` from its settings. */
export function createJob(kind: JobKind, config: unknown): Promise<Job> {
  const make = factories[kind] as ((c: unknown) => Promise<Job>) | undefined;
  if (!make) throw new Error(`Unknown engine job "${String(kind)}"`);
  return make(config);
}
