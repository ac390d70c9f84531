// An incident page opened from a search result (…/index.html?highlight=certif+expir) marks the words the
// result matched. The words are lunr's terms (stems), so a word of the page is marked when it is the
// term, or the term followed by a short ending ("certif" marks "certificate" and "certified"; a term
// ending in "i" also marks the "y" form: "queri", "query"). Only text nodes of the article are split,
// and the marks are built with DOM calls: nothing from the address is ever read as HTML. Without
// JavaScript, or without the parameter, the page is as written.
(function () {
  'use strict';
  var MAX_ENDING = 5;
  var MAX_TERMS = 20;
  var wanted;
  try {
    wanted = new URLSearchParams(location.search).get('highlight');
  } catch (e) {
    return;
  }
  if (!wanted) return;
  var terms = wanted.toLowerCase().split(/\s+/).filter(function (t) { return /\w/.test(t); }).slice(0, MAX_TERMS);
  var article = document.querySelector('article.incident');
  if (!terms.length || !article) return;

  function matches(word) {
    var w = word.toLowerCase();
    return terms.some(function (t) {
      if (w.slice(0, t.length) === t) return w.length - t.length <= MAX_ENDING;
      var y = t.slice(-1) === 'i' ? t.slice(0, -1) + 'y' : null;
      return y !== null && w.slice(0, y.length) === y && w.length - y.length <= MAX_ENDING;
    });
  }

  var skip = /^(SCRIPT|STYLE|TEXTAREA|MARK|SVG|NOSCRIPT)$/i;
  var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      for (var p = node.parentNode; p && p !== article; p = p.parentNode) {
        if (skip.test(p.nodeName)) return NodeFilter.FILTER_REJECT;
      }
      return /\w/.test(node.data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    }
  });
  var nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);

  // Words as lunr's tokenizer would see them: runs between white space, hyphens and punctuation.
  var word = /[^\s\-.,;:!?()[\]{}"'“”‘’/\\<>=|*]+/g;
  nodes.forEach(function (node) {
    var text = node.data, at = 0, m, fragment = null;
    word.lastIndex = 0;
    while ((m = word.exec(text)) !== null) {
      if (!matches(m[0])) continue;
      fragment = fragment || document.createDocumentFragment();
      if (m.index > at) fragment.appendChild(document.createTextNode(text.slice(at, m.index)));
      var mark = document.createElement('mark');
      mark.className = 'search-highlight';
      mark.textContent = m[0];
      fragment.appendChild(mark);
      at = m.index + m[0].length;
    }
    if (!fragment) return;
    if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
    node.parentNode.replaceChild(fragment, node);
  });
})();
