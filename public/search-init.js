// Starts Pagefind's UI on the search page. Kept as a site file (not inline) so a strict
// Content-Security-Policy can allow scripts from the site alone.
(async () => {
  const root = document.getElementById('search');
  if (!root) return;
  try {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/pagefind/pagefind-ui.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    const ko = root.dataset.lang === 'ko';
    // eslint-disable-next-line no-undef
    const ui = new PagefindUI({
      element: '#search',
      showSubResults: true,
      showImages: false,
      autofocus: true,
      translations: ko ? { placeholder: '검색어를 입력하세요', zero_results: '"[SEARCH_TERM]"에 대한 결과가 없습니다' } : undefined,
    });
    // The page's own language menu (search.astro) drives Pagefind's `language` filter.
    const language = document.querySelector('[data-search-language]');
    if (language) {
      language.addEventListener('change', () => ui.triggerFilters(language.value ? { language: [language.value] } : {}));
    }
    const input = root.querySelector('input');
    // Pagefind labels its box with a title only; name it by the page's heading instead.
    if (input) input.setAttribute('aria-labelledby', 'search-title');
    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      if (input) {
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
  } catch {
    const message = document.createElement('p');
    message.className = 'notice';
    message.textContent = root.dataset.unavailable || 'Search is unavailable.';
    root.append(message);
  }
})();
