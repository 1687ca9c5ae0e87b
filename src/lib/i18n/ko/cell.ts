/** Korean words of the lecture cells (namespace `cell`). Pure. */
import type { Messages } from '../en';

export const cell: Messages['cell'] = {
  cell: '실행할 수 있는 셀',
  kindUpdate: '한 걸음마다 한 번 실행됩니다. x, dx = compute_gradient(x), t(1부터), learning_rate가 주어집니다',
  kindSchedule: 'num_steps 중 t번째 걸음의 learning_rate를 base_lr에서 구합니다',
  kindDropout: '학습 한 걸음의 은닉 활성값 H1에 적용됩니다',
  editor: (name) => `${name} 셀의 코드`,
  noBias: (rule) => `${rule}, 편향 보정 없음`,
  run: '실행',
  reset: '되돌리기',
  race: '이 규칙으로 경주하기',
  racing: '경주 중',
  stopRace: '경주에서 빼기',
  racerName: '경주자 이름',
  defaultName: (name) => `나의 ${name}`,
  copyLink: '링크 복사',
  copied: '링크를 복사했습니다',
  copyFailed: '복사하지 못했습니다. 주소창에 링크가 있습니다',
  hyper: '새 하이퍼파라미터',
  state: '상태(x와 같은 모양의 0에서 시작)',
  loading: 'TensorFlow.js를 불러오는 중…',
  ravine: (steps, x, y, loss) => `협곡에서 (−2.5, 0.6)부터 ${steps}걸음 뒤: x = (${x}, ${y}), f = ${loss}`,
  schedule: (rates) => `base_lr = 0.1, num_steps = 100일 때 learning_rate: ${rates}`,
  dropout: (kept, mean) => `값이 1인 활성값 1,000개 중 ${kept}개가 남았고, 드롭아웃 뒤 평균은 ${mean}입니다(역 드롭아웃은 평균을 1 가까이 유지합니다)`,
  linkTooLong: (length, limit) =>
    `이 셀은 링크에 담기에 너무 깁니다(압축해서 ${length}자, 한도 ${limit}자). 링크에는 강의의 코드가 남습니다.`,
  linkBroken: '링크에 담긴 셀을 읽지 못해 강의의 코드를 보여 줍니다.',
  raceWhere: '아래의 옵티마이저 경주와 네트워크 경주에 자기 색으로 참가합니다.',
  scheduleWord: '스케줄',
  dropoutWord: '드롭아웃',
  driverName: '위젯에 보일 이름',
  drivesSchedule: (applied) =>
    applied
      ? '위의 학습률 스케줄 탐색기에 곡선이 그려지고, 신경망 경주도 이 코드에서 학습률을 받습니다.'
      : '위의 학습률 스케줄 탐색기에 곡선이 그려집니다. 거기서 신경망 경주에 적용할 수 있습니다.',
  drivesDropout: '위의 "드롭아웃: 순전파마다 새 마스크" 위젯이 이 코드로 마스크를 뽑습니다.',
  torch: 'PyTorch',
};
