// Remembers the reader's 大字 / 高对比度 choice across pages (the switches work without this
// script, through CSS), and marks the phrase a reader searched for on the page a result opened.
(() => {
  const KEY = 'reading-prefs';
  let saved = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) || '{}');
  } catch {}
  for (const id of ['pref-large', 'pref-contrast']) {
    const box = document.getElementById(id);
    if (!box) continue;
    if (saved[id]) box.checked = true;
    box.addEventListener('change', () => {
      saved[id] = box.checked;
      try {
        localStorage.setItem(KEY, JSON.stringify(saved));
      } catch {}
    });
  }
  let hit;
  try {
    hit = JSON.parse(sessionStorage.getItem('search-hit') || 'null');
    sessionStorage.removeItem('search-hit');
  } catch {}
  if (!hit?.q || Date.now() - hit.at > 600000 || !document.referrer.includes('/search/')) return;
  const scope =
    document.getElementById(location.hash.slice(1))?.parentElement ||
    document.querySelector('main');
  const walk = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    const at = node.data.indexOf(hit.q);
    if (at < 0 || node.parentElement.closest('svg, script, mark')) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + hit.q.length);
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    range.surroundContents(mark);
    if (!location.hash) mark.scrollIntoView({ block: 'center' });
    break;
  }
})();
