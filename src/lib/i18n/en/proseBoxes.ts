/** Words of the chapters' prose boxes (namespace `proseBoxes`): the later-addition badge and the misconceptions box. */
export const proseBoxes = {
  later: 'Later addition',
  laterTitle: 'Not in the 2017 lecture: added from later work or later years of the course',
  laterYear: (year: string) => `Later addition (${year})`,
  misconceptions: 'Common misconceptions',
};
