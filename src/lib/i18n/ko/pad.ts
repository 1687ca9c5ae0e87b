/** Korean words of padWords.ts (namespace `pad`). Pure data. */
import type { Messages } from '../en';
import { mb } from '../format';
import type { LoadProblemShape } from '../shapes';

export const pad: Messages['pad'] = {
  title: '나만의 클래스 가르치기',
  padLabel: '그림판: 마우스, 손가락, 펜으로 그리세요',
  addTo: '그림의 클래스',
  count: (n: number) => `${n}개`,
  add: (name: string) => `“${name}”(으)로 추가`,
  train: '새 마지막 층 학습',
  clear: '그림판 지우기',
  forget: '그림 모두 잊기',
  loading: '사전 학습된 네트워크를 불러오는 중…',
  emptyPad: '그림판이 비어 있습니다. 먼저 그려 주세요.',
  needEach: (names: string[]) => `모든 클래스에 그림이 하나 이상 필요합니다. 아직 없는 클래스: ${names.join(', ')}.`,
  onlyOne: (names: string[]) => `학습했지만 ${names.join(', ')}에는 그림이 하나뿐입니다. 틀리기 쉬우니 몇 개 더 추가하세요.`,
  learned: (s: number, steps: number) => `${s.toFixed(2)}초 만에 학습했습니다(캐시한 특징으로 ${steps} 스텝). 그려서 시험해 보세요.`,
  prediction: '예측',
  drawToTest: '그림판에 그리면 획마다 예측이 갱신됩니다.',
  asideLabel: '목록에서 뺀 클래스',
  setAside: (name: string, n: number) => `“${name}”은(는) 목록에서 빠졌지만 그림 ${n}개는 보관하고 있습니다. 그 자리에 이름을 다시 적으면 다시 쓸 수 있습니다.`,
  deleteAside: (name: string) => `“${name}”과(와) 그 그림 삭제`,
  forgot: (n: number) => `그림 ${n}개를 지웠습니다.`,
  deleted: (name: string, n: number) => `“${name}”과(와) 그 그림 ${n}개를 삭제했습니다.`,
  undo: '되돌리기',
  restored: (n: number) => `지난번에 그린 그림 ${n}개를 불러왔습니다.`,
  keptHere: '클래스, 그림, 학습한 마지막 층은 지우기 전까지 이 브라우저에만 보관됩니다(업로드되지 않음).',
  training: '새 마지막 층을 학습하는 중…',
  headBack: (s: number, steps: number) => `지난번에 학습한 마지막 층을 다시 불러왔습니다(${s.toFixed(2)}초, ${steps} 스텝). 다시 학습할 필요 없이 그려서 시험해 보세요.`,
  headStale: '마지막 층을 학습한 뒤 그림이 바뀌어서 지금의 그림과 맞지 않습니다. 바뀐 그림까지 반영하려면 다시 학습하세요.',
  headOtherBody: '지난번 마지막 층은 다른 버전의 사전 학습 네트워크로 학습한 것이라 쓸 수 없습니다. 다시 학습하세요.',
  forgetHead: '학습한 마지막 층 잊기',
  forgotHead: '학습한 마지막 층을 잊었습니다(그림은 그대로 있습니다).',
  storage: {
    unavailable: '이 브라우저에서는 그림을 보관할 수 없습니다(일부 비공개 창처럼 저장소가 꺼져 있음). 페이지를 떠나거나 새로 고치면 사라집니다.',
    full: '브라우저 저장 공간이 가득 차서 최근 그림을 저장하지 못했습니다. 페이지를 떠나거나 새로 고치면 사라집니다.',
  },
  thumbsLabel: '클래스별로 모은 내 그림',
  thumbsOf: (name: string) => `“${name}”의 그림`,
  noneYet: '아직 없음',
  deleteOne: (name: string, i: number) => `“${name}”의 ${i}번째 그림 삭제`,
  deletedOne: (name: string) => `“${name}”의 그림 하나를 삭제했습니다.`,
  takenFor: (name: string) => `학습한 마지막 층은 이 그림을 “${name}”(으)로 봅니다`,
  rightOf: (right: number, total: number) => `${total}개 중 ${right}개 알아봄`,
  perClassNote: '학습이 끝나면 클래스마다 새 마지막 층이 그 클래스의 그림을 몇 개나 알아보는지 보여 줍니다. 빨간 테두리의 그림은 다른 클래스로 착각한 그림입니다.',
  upload: '이미지 파일에서 가져오기',
  uploadNote: '그림 하나를 찍은 이미지(밝은 바탕에 어두운 선, 또는 어두운 바탕에 밝은 선). 이 브라우저 밖으로 나가지 않습니다.',
  uploaded: (name: string) => `“${name}”을(를) 그림판에 올렸습니다. 클래스에 추가하거나, 학습한 마지막 층이 무엇으로 보는지 확인하세요.`,
  noInk: (name: string) => `“${name}”에서 선을 찾지 못했습니다. 한 가지 색으로만 보입니다. 그림을 찍은 이미지를 써 보세요.`,
  uploadProblem(p: LoadProblemShape): string {
    switch (p.kind) {
      case 'tooLarge':
        return `파일 크기가 ${mb(p.bytes)} MB입니다. 그림판은 25 MB 이하의 이미지만 받습니다. 더 작은 파일을 고르세요.`;
      case 'notImage':
        return `“${p.name}”을(를) 이미지로 읽을 수 없습니다(손상되었거나 그림 파일이 아닙니다). JPEG, PNG, WebP 파일을 써 보세요.`;
      case 'tooManyPixels':
        return `이미지가 ${p.width} x ${p.height} 픽셀로, 이 페이지에서 디코딩하기에 너무 큽니다. 더 작은 이미지를 고르세요.`;
      case 'fetch':
        return `이미지를 불러오지 못했습니다(${p.status}).`;
      case 'noCanvas':
        return '이 브라우저는 이미지를 캔버스에 그릴 수 없어 그림판에서 쓸 수 없습니다.';
      case 'unexpected':
        return `이미지를 쓸 수 없습니다(${p.detail}). 다른 파일을 골라 보세요.`;
    }
  },
  download: '모델 내려받기(TensorFlow.js)',
  downloaded: (classes: string[]) =>
    `model.json과 가중치 파일을 저장했습니다. 두 파일을 tf.loadLayersModel로 불러오세요. 입력은 그림판처럼 정규화한 그림의 값 784개(28 × 28, 선 = 1)이고, 출력은 차례대로 ${classes.join(', ')}입니다.`,
  downloadFailed: '모델을 저장하지 못했습니다.',
  names: {
    tooFew: '클래스 이름을 쉼표로 구분해 2개 이상 적어 주세요.',
    tooMany: '클래스는 최대 5개입니다. 이름을 줄여 주세요.',
    duplicate: '이름이 같은 클래스가 있습니다. 서로 다른 이름을 붙여 주세요.',
  },
};
