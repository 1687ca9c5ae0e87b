/** Words of the engine host's notices (moved into the strings dictionary with the rest). */
export const engineHostWords = {
  en: {
    restarted: 'The training engine stopped unexpectedly and was restarted; the run started again from your settings.',
    restartedWebgl: 'The graphics card stopped answering, so the training engine was restarted on {to}. Your settings are kept.',
    failedAgain: 'The training engine keeps stopping. Reload the page to try again.',
  },
  ko: {
    restarted: '학습 엔진이 예기치 않게 멈춰 다시 시작했습니다. 설정은 그대로 두고 처음부터 다시 학습합니다.',
    restartedWebgl: '그래픽 카드가 응답하지 않아 학습 엔진을 {to}(으)로 다시 시작했습니다. 설정은 그대로입니다.',
    failedAgain: '학습 엔진이 계속 멈춥니다. 페이지를 새로 고쳐 다시 시도하세요.',
  },
} as const;
