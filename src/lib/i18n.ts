/** The two languages of the course and the interface strings each needs. Pure data. */
export const languages = ['en', 'ko'] as const;
export type Lang = (typeof languages)[number];

/** True when `value` names one of the course's languages. */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ko';
}

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'ko' : 'en';
}

export const ui = {
  en: {
    langName: 'English',
    siteTitle: 'Lecture 7, live',
    siteTagline: 'Training Neural Networks 2 — CS231n, with live networks you can train in your browser',
    skip: 'Skip to content',
    chapters: 'Chapters',
    contents: 'On this page',
    previous: 'Previous',
    next: 'Next',
    search: 'Search',
    searchTitle: 'Search the course',
    searchHint: 'Searches every chapter in English and Korean, offline.',
    searchUnavailable: 'Search index not found. It is built by `npm run build`; the dev server has none.',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeSystem: 'System',
    switchTo: '한국어로 읽기',
    home: 'Home',
    chapter: 'Chapter',
    start: 'Start reading',
    quizCheck: 'Check',
    quizCorrect: 'Correct.',
    quizWrong: 'Not quite. Try again.',
    quizWrongOffer: 'Not quite. Try again, or show the answer.',
    quizChoose: 'Choose an answer first.',
    quizNumber: 'Your answer',
    quizNotNumber: 'Type your answer as a number, with a point for decimals.',
    quizShowAnswer: 'Show answer',
    quizAnswer: 'The answer is {answer}.',
    quizAnswerMarked: 'The right answer is marked.',
    footer: 'Built from the CS231n Lecture 7 notes. Works offline: math, scripts, data and models are served by this site.',
    languageLabel: 'Language',
    offlineReady: 'Available offline',
    updateReady: 'A new version of the course is ready —',
    updateReload: 'Reload',
  },
  ko: {
    langName: '한국어',
    siteTitle: 'Lecture 7, live',
    siteTagline: '신경망 학습 2 — CS231n, 브라우저에서 직접 학습시키는 살아 있는 신경망과 함께',
    skip: '본문으로 건너뛰기',
    chapters: '장 목록',
    contents: '이 페이지의 내용',
    previous: '이전',
    next: '다음',
    search: '검색',
    searchTitle: '강의 검색',
    searchHint: '영어와 한국어의 모든 장을 오프라인으로 검색합니다.',
    searchUnavailable: '검색 색인이 없습니다. `npm run build`가 만듭니다(개발 서버에는 없음).',
    theme: '테마',
    themeLight: '밝게',
    themeDark: '어둡게',
    themeSystem: '시스템',
    switchTo: 'Read in English',
    home: '처음',
    chapter: '장',
    start: '읽기 시작',
    quizCheck: '확인',
    quizCorrect: '정답입니다.',
    quizWrong: '아쉽지만 틀렸습니다. 다시 해 보세요.',
    quizWrongOffer: '아쉽지만 틀렸습니다. 다시 해 보거나 답을 확인하세요.',
    quizChoose: '먼저 답을 고르세요.',
    quizNumber: '답',
    quizNotNumber: '답을 숫자로 입력하세요. 소수는 점(.)으로 씁니다.',
    quizShowAnswer: '답 보기',
    quizAnswer: '정답은 {answer}입니다.',
    quizAnswerMarked: '정답을 표시했습니다.',
    footer: 'CS231n 7강 노트로 만들었습니다. 오프라인에서도 동작합니다: 수식, 스크립트, 데이터, 모델을 모두 이 사이트가 제공합니다.',
    languageLabel: '언어',
    offlineReady: '오프라인에서 사용 가능',
    updateReady: '강의의 새 버전이 준비되었습니다 —',
    updateReload: '새로 고침',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** The interface string `key` in `lang`. */
export function t(lang: Lang, key: keyof (typeof ui)['en']): string {
  return ui[lang][key];
}
