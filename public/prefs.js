// Remembers the reader's 大字 / 高对比度 choice across pages. The switches work without this
// script (CSS :has); it only restores and saves them.
(() => {
  const KEY = 'reading-prefs';
  const ids = ['pref-large', 'pref-contrast'];
  let saved = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) || '{}');
  } catch {
    saved = {};
  }
  for (const id of ids) {
    const box = document.getElementById(id);
    if (!box) continue;
    if (saved[id]) box.checked = true;
    box.addEventListener('change', () => {
      saved[id] = box.checked;
      try {
        localStorage.setItem(KEY, JSON.stringify(saved));
      } catch {
        // Storage may be disabled; the switch still works for this page.
      }
    });
  }
})();
