/**
 * What the network race is waiting for, in words: TensorFlow.js starting, the 1.6 MB of digits
 * arriving (a progress bar with the megabytes received), or what went wrong and a way to retry.
 * Renders nothing once both are ready.
 */
import type { Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';
import type { DigitsLoad } from './useDigits';

interface Props {
  tfStatus: 'idle' | 'loading' | 'ready' | 'error';
  tfError?: string;
  digits: DigitsLoad;
  lang: Lang;
}

const words = {
  en: {
    digits: 'Loading 10,000 MNIST digits',
    digitsFailed: 'The MNIST digits could not be loaded, so the race cannot run.',
    retry: 'Try again',
  },
  ko: {
    digits: 'MNIST 숫자 이미지 10,000개 불러오는 중',
    digitsFailed: 'MNIST 숫자 이미지를 불러오지 못해 경주를 시작할 수 없습니다.',
    retry: '다시 시도',
  },
} as const;

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);

/** Progress and failures of the two things the race needs before it can start. */
export function LoadStatus({ tfStatus, tfError, digits, lang }: Props) {
  const w = words[lang];
  const items = [];
  if (tfStatus === 'error') {
    items.push(
      <p key="tf" class="notice" role="alert">
        {kt(lang, 'tfError')}: {tfError}
      </p>,
    );
  } else if (tfStatus !== 'ready') {
    items.push(
      <p key="tf" class="network-loading" role="status">
        {kt(lang, 'loading')}
      </p>,
    );
  }
  if (digits.status === 'error') {
    items.push(
      <div key="digits" class="notice network-load-error" role="alert">
        <p>
          {w.digitsFailed} <span class="network-error-detail">({digits.error})</span>
        </p>
        <button type="button" onClick={digits.retry}>
          {w.retry}
        </button>
      </div>,
    );
  } else if (digits.status === 'loading') {
    const { received, total } = digits;
    const amount = total ? `${megabytes(received)} / ${megabytes(total)} MB` : `${megabytes(received)} MB`;
    items.push(
      <div key="digits" class="network-loading" role="status">
        <label>
          {w.digits}… {amount}
          <progress max={total ?? undefined} value={total ? Math.min(received, total) : undefined} />
        </label>
      </div>,
    );
  }
  return items.length > 0 ? <div class="network-load">{items}</div> : null;
}
