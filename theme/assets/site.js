// Site-wide keyboard shortcut: "/" jumps to the search box (the search page's own, else the header's).
(function () {
  'use strict';
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.getElementById('search-q') || document.getElementById('site-search-q');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
})();
