/** Korean words of galleryWords.ts (namespace `augmentGallery`). Pure data. */
import { mb } from '../format';
import type { LoadProblemShape } from '../shapes';
import type { Messages } from '../en';

export const augmentGallery: Messages['augmentGallery'] = {
  title: '데이터 증강 갤러리',
  redraw: '다시 뽑기',
  ownImage: '또는 내 이미지 사용',
  ownNote: '이미지는 이 브라우저 안에서만 쓰이며 업로드되지 않습니다.',
  usingOwn: (name: string) => `내 이미지 “${name}”을(를) 보여 주는 중입니다.`,
  backToPhotos: '제공된 사진으로 돌아가기',
  pipeline: '파이프라인 (이 순서대로 적용)',
  nothingOn: '켜진 변환이 없습니다. 모든 타일이 원본입니다.',
  loading: '사진을 불러오는 중…',
  decoding: (name: string) => `내 이미지 “${name}”을(를) 디코딩하는 중… (큰 이미지는 몇 초 걸립니다)`,
  working: '증강 16개를 그리는 중…',
  grid: (label: string, seed: number) => `같은 사진을 무작위로 증강한 16개, 레이블 “${label}” (시드 ${seed})`,
  credit: '사진: scikit-image 예제 데이터 (CC0 / 퍼블릭 도메인).',
  problem(p: LoadProblemShape): string {
    switch (p.kind) {
      case 'tooLarge':
        return `파일 크기가 ${mb(p.bytes)} MB입니다. 25 MB 이하의 이미지만 쓸 수 있습니다. 더 작은 파일을 고르세요.`;
      case 'notImage':
        return `“${p.name}”을(를) 이미지로 읽을 수 없습니다 (손상되었거나 그림 파일이 아닙니다). JPEG, PNG, WebP 파일을 써 보세요.`;
      case 'tooManyPixels':
        return `이미지가 ${p.width} x ${p.height} 픽셀로, 이 페이지에서 디코딩하기에 너무 큽니다. 더 작은 이미지를 고르세요.`;
      case 'fetch':
        return `사진을 불러오지 못했습니다 (${p.status}). 연결을 확인하고 다시 고르세요.`;
      case 'noCanvas':
        return '이 브라우저는 이미지를 캔버스에 그릴 수 없어 갤러리에서 쓸 수 없습니다.';
      case 'unexpected':
        return `이미지를 쓸 수 없습니다 (${p.detail}). 다른 파일을 골라 보세요.`;
    }
  },
};
