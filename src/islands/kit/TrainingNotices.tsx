/**
 * What a training widget is waiting for or what went wrong: tfjs or the data still loading (a
 * download with its own progress line: megabytes received and a bar, while tfjs may still be
 * loading beside it), data that failed to arrive (with a retry), and a run or engine problem.
 * Renders nothing when all is well.
 */
import type { ComponentChildren } from 'preact';
import type { Problem } from '~/lib/problems';
import { ProblemText } from './ProblemText';

/** A data download as the kit's loaders report it (network/useDigits.ts). */
export interface DataLoad {
  status: string;
  error: string | null;
  retry(): void;
  /** Bytes received so far, and the size the server announced (null when it did not). */
  received?: number;
  total?: number | null;
}

export interface TrainingNoticesProps {
  /** Class prefix of the widget (`dropout` gives `dropout-loading`), so each widget keeps its styles. */
  prefix: string;
  /** What it is still waiting for, in words, or null. */
  waiting: ComponentChildren | null;
  /** The data download, when the widget trains on downloaded data. */
  data?: DataLoad;
  /** What is downloading, in words ("Loading 10,000 MNIST digits…"): the download's progress line. */
  downloading?: string;
  failed: string;
  retry: string;
  /** A run or engine problem, in the reader's language with its technical detail (lib/problems.ts). */
  problem: Problem | null;
}

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);

/** "0.4 / 1.6 MB", or "0.4 MB" when the server did not announce a size. */
function amount({ received = 0, total }: DataLoad): string {
  return total ? `${megabytes(received)} / ${megabytes(total)} MB` : `${megabytes(received)} MB`;
}

/** The loading status, the download's progress, the data failure with a retry button, and the problem notice, in that order. */
export function TrainingNotices({ prefix, waiting, data, downloading, failed, retry, problem }: TrainingNoticesProps) {
  return (
    <>
      {waiting && (
        <p class={`${prefix}-loading`} role="status">
          {waiting}
        </p>
      )}
      {downloading && data?.status === 'loading' && (
        <p class={`${prefix}-loading training-download`} role="status">
          <label>
            {downloading} {amount(data)}
            <progress max={data.total ?? undefined} value={data.total ? Math.min(data.received ?? 0, data.total) : undefined} />
          </label>
        </p>
      )}
      {data?.status === 'error' && (
        <div class="notice" role="alert">
          <p>
            {failed}
            {data.error && ' '}
            {data.error && <span class="problem-detail">{data.error}</span>}
          </p>
          <button type="button" onClick={data.retry}>
            {retry}
          </button>
        </div>
      )}
      {problem && (
        <p class="notice" role="alert">
          <ProblemText problem={problem} />
        </p>
      )}
    </>
  );
}
