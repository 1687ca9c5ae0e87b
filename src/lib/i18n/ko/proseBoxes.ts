/** Korean words of the chapters' prose boxes (namespace `proseBoxes`). */
import type { Messages } from '../en';

export const proseBoxes: Messages['proseBoxes'] = {
  later: '강의 이후 추가',
  laterTitle: '2017년 강의에는 없는 내용: 이후의 연구나 이후 연도의 강의에서 가져왔습니다',
  laterYear: (year) => `강의 이후 추가 (${year}년)`,
  misconceptions: '흔한 오해',
};
