/**
 * The words of the chapters' prose boxes (<Later>, <Misconceptions>), per language. Kept in one
 * small table so they move into the site's string dictionary in one piece.
 */
import type { Lang } from '../../lib/i18n';

export const boxWords: Record<Lang, { later: string; laterTitle: string; laterYear: (year: string) => string; misconceptions: string }> = {
  en: {
    later: 'Later addition',
    laterTitle: 'Not in the 2017 lecture: added from later work or later years of the course',
    laterYear: (year) => `Later addition (${year})`,
    misconceptions: 'Common misconceptions',
  },
  ko: {
    later: '강의 이후 추가',
    laterTitle: '2017년 강의에는 없는 내용: 이후의 연구나 이후 연도의 강의에서 가져왔습니다',
    laterYear: (year) => `강의 이후 추가 (${year}년)`,
    misconceptions: '흔한 오해',
  },
};
