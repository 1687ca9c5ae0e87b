/** Interface words of the widget kit (frame, controls, play buttons, backend badge), per language. Pure data. */
import type { Lang } from './i18n';
import type { ParamSpec } from './params';
import { enterPrompt } from './paramReasons';

export const kitText = {
  en: {
    reset: 'Restore defaults',
    copyLink: 'Copy link',
    copied: 'Copied',
    copyFailed: 'Copy failed: the link is in the address bar',
    ignored: 'Ignored',
    ignoredMore: '…and {n} more values this widget does not use.',
    play: 'Play',
    pause: 'Pause',
    step: 'Step',
    resetRun: 'Reset',
    backend: 'Backend',
    loading: 'Loading TensorFlow.js…',
    probing: 'Choosing the fastest backend…',
    tfError: 'TensorFlow.js could not start. Reload the page to try again.',
    engineError: 'The code behind this figure could not load. Reload the page to try again.',
    runError: 'The run stopped on an error. Press Reset or change a setting to start again.',
    switchError: 'The backend could not be switched; training stays on the one it had.',
    pretrainedError: 'The pretrained network could not load. Reload the page to try again.',
    dataError: 'The data could not be loaded. Check the connection and try again.',
    backendLost: 'The graphics card stopped answering ({from} context lost). Training moved to {to} and started again from your settings.',
    backendLostNone: 'The graphics card stopped answering ({from} context lost) and no other backend could start. Reload the page to try again.',
    keptRun: 'Still showing the run you trained on {from}. Play, Step or Reset start a new run on {to}.',
    stepsPerSecond: 'steps/s',
    examplesPerSecond: 'examples/s',
    keepsLast: 'kept',
    noscript: 'This interactive figure needs JavaScript.',
    on: 'on',
    off: 'off',
  },
  ko: {
    reset: '기본값 복원',
    copyLink: '링크 복사',
    copied: '복사했습니다',
    copyFailed: '복사 실패: 주소창의 링크를 쓰세요',
    ignored: '무시함',
    ignoredMore: '…이 위젯이 쓰지 않는 값 {n}개를 더 무시했습니다.',
    play: '재생',
    pause: '일시 정지',
    step: '한 스텝',
    resetRun: '처음으로',
    backend: '백엔드',
    loading: 'TensorFlow.js 불러오는 중…',
    probing: '가장 빠른 백엔드를 고르는 중…',
    tfError: 'TensorFlow.js를 시작하지 못했습니다. 페이지를 새로 고쳐 다시 시도하세요.',
    engineError: '이 그림을 움직이는 코드를 불러오지 못했습니다. 페이지를 새로 고쳐 다시 시도하세요.',
    runError: '실행 중 오류가 나서 멈췄습니다. 처음으로 버튼을 누르거나 설정을 바꾸면 다시 시작합니다.',
    switchError: '백엔드를 바꾸지 못했습니다. 학습은 원래 백엔드에서 계속됩니다.',
    pretrainedError: '사전 학습된 신경망을 불러오지 못했습니다. 페이지를 새로 고쳐 다시 시도하세요.',
    dataError: '데이터를 불러오지 못했습니다. 연결을 확인하고 다시 시도하세요.',
    backendLost: '그래픽 카드가 응답하지 않습니다({from} 컨텍스트 손실). 학습을 {to}(으)로 옮겨, 설정은 그대로 두고 처음부터 다시 시작했습니다.',
    backendLostNone: '그래픽 카드가 응답하지 않습니다({from} 컨텍스트 손실). 다른 백엔드도 시작하지 못했습니다. 페이지를 새로 고쳐 다시 시도하세요.',
    keptRun: '{from}에서 학습한 결과를 그대로 보여 주고 있습니다. 재생, 한 스텝, 처음으로를 누르면 {to}에서 새로 학습합니다.',
    stepsPerSecond: '스텝/초',
    examplesPerSecond: '예제/초',
    keepsLast: '유지',
    noscript: '이 대화형 그림은 JavaScript가 필요합니다.',
    on: '켬',
    off: '끔',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type KitWord = keyof (typeof kitText)['en'];

/** The kit's word `key` in `lang`. */
export function kt(lang: Lang, key: KitWord): string {
  return kitText[lang][key];
}

/** "Enter a number from 1e-4 to 1e9" for a number box holding a value `spec` cannot take. */
export function enterPromptIn(lang: Lang, spec: ParamSpec): string {
  return enterPrompt(spec)[lang];
}
