// The search page: lunr queries over the prebuilt index (fetched in chunks), facets with counts,
// results as you type, each with the sentences that hold the words it matched.
// The query, filters and order live in the URL (?q=...&tag=...&service=...&severity=...&year=...&sort=date),
// so a search can be shared as a link. Everything is built with DOM calls and textContent: no author text
// is ever parsed as HTML.
(function () {
  'use strict';

  var container = document.getElementById('kb-search');
  if (!container || !window.lunr || !window.kbSearchData || !window.kbChunkedSearch) return;

  var FACETS = [
    { key: 'tag', label: 'Tag', values: function (d) { return d.tags; } },
    { key: 'service', label: 'Service', values: function (d) { return d.services; } },
    { key: 'severity', label: 'Severity', values: function (d) { return d.severity ? [d.severity] : []; },
      name: function (v, d) { return d ? d.severity.toUpperCase() + ' · ' + d.severityLabel : v; } },
    { key: 'year', label: 'Year', values: function (d) { return d.year ? [d.year] : []; } },
    { key: 'kind', label: 'Kind', values: function (d) { return d.kind ? [d.kind] : []; },
      name: function (v) { return v === 'near-miss' ? 'Near miss' : 'Incident'; } }
  ];
  // Ten results at first, ten more a click: each result's card comes from its own display chunk (a
  // wide query's best matches lie all over the index), so the first screen waits for as many fetches.
  var PAGE_SIZE = 10;
  var SHOWN_VALUES = 12;

  var root = container.getAttribute('data-root') || '';
  // Set only where some incidents have a severity: elsewhere "unclassified" would be on every result.
  var unclassified = container.getAttribute('data-unclassified');
  var input = document.getElementById('search-q');
  var form = container.querySelector('.search-form');
  var layout = container.querySelector('.search-layout');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var facetsBox = document.getElementById('search-facets');
  var more = document.getElementById('search-more');
  var sortBox = document.getElementById('search-sort');

  var data = null;
  var state = readUrl();
  var shown = PAGE_SIZE;
  var expanded = {};
  var timer = 0;

  input.value = state.q;
  sortBox.value = state.sort;
  document.getElementById('search-no-script').hidden = true;
  layout.hidden = false;
  start();

  function start() {
    status.textContent = 'Loading the search index…';
    window.kbSearchData.load(container.getAttribute('data-manifest'), container.getAttribute('data-facets'))
      .then(function (loaded) {
        data = loaded;
        update(false);
      }, function () {
        if (location.protocol === 'file:') {
          status.textContent = 'Browsers do not let a page opened from disk load the search index. Serve the site over http (any static file server will do), or browse the tags.';
        } else {
          failed('The search index could not be loaded (the network or the server failed), so there are no results to show.', start);
        }
      });
  }

  // A failed fetch is not "no results": it says so, clears what was shown, and offers to try again
  // (nothing failed is kept, so a retry fetches afresh).
  function failed(message, retry) {
    list.textContent = '';
    more.hidden = true;
    facetsBox.textContent = '';
    status.textContent = message + ' ';
    var again = el('button', 'link-button search-retry', 'Retry');
    again.type = 'button';
    again.addEventListener('click', function () {
      status.textContent = 'Trying again…';
      retry();
    });
    status.appendChild(again);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = input.value; shown = PAGE_SIZE; update(true); }, 150);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    state.q = input.value;
    shown = PAGE_SIZE;
    update(true);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      var first = list.querySelector('a.result-link');
      if (first) { event.preventDefault(); first.focus(); }
    } else if (event.key === 'Escape' && input.value) {
      input.value = '';
      state.q = '';
      update(true);
    }
  });
  list.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    var links = Array.prototype.slice.call(list.querySelectorAll('a.result-link'));
    var at = links.indexOf(document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowDown' && at + 1 < links.length) links[at + 1].focus();
    else if (event.key === 'ArrowUp') (at > 0 ? links[at - 1] : input).focus();
  });
  more.addEventListener('click', function () { shown += PAGE_SIZE; render(currentResults); });
  sortBox.addEventListener('change', function () {
    state.sort = sortBox.value === 'date' ? 'date' : 'relevance';
    shown = PAGE_SIZE;
    update(true);
  });
  window.addEventListener('popstate', function () {
    state = readUrl();
    input.value = state.q;
    sortBox.value = state.sort;
    update(false);
  });

  var currentResults = [];
  var answer = NOTHING;

  function readUrl() {
    var params = new URLSearchParams(location.search);
    var s = { q: params.get('q') || '', sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
    FACETS.forEach(function (f) { s[f.key] = params.getAll(f.key); });
    return s;
  }

  function writeUrl(push) {
    var params = new URLSearchParams();
    if (state.q.trim()) params.set('q', state.q.trim());
    FACETS.forEach(function (f) { state[f.key].forEach(function (v) { params.append(f.key, v); }); });
    if (state.sort === 'date') params.set('sort', 'date');
    var query = params.toString();
    var url = location.pathname + (query ? '?' + query : '');
    if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  // The answer to the query (all its words, else any; near terms for words the index lacks: see
  // search-chunks.js's find), or every incident (newest first: the index's own order) for an empty
  // one. A query lunr's parser rejects (a stray ":" or "~") falls back to its plain words instead of
  // showing an error; a failed fetch is an error, never an empty answer.
  var NOTHING = { hits: [], mode: 'written', corrections: [], phrases: [] };
  function search(q) {
    if (!q.trim()) {
      return Promise.resolve({ hits: data.all.map(function (d) { return { doc: d, terms: {} }; }), mode: 'written', corrections: [], phrases: [] });
    }
    return tryQuery(q)
      .catch(function (e) { if (e && e.loadFailed) throw e; return tryQuery(q.replace(/[:~^*+\-]+/g, ' ')); })
      .catch(function (e) { if (e && e.loadFailed) throw e; return NOTHING; })
      .then(function (found) { return found.phrases.length ? phrasesFirst(found) : found; });
  }

  // "Quoted phrases": the query ran with their words required, so every result has the words; whether
  // they stand together, in that order, is checked on the text the result list holds for the first
  // PHRASE_CHECKED results (title, summary and excerpt sentences: the index keeps no word positions).
  // Those with the phrase in their title come first, then those with it in that text, then the rest,
  // each group in the order it had (a stable re-ordering: the set of results stays lunr's).
  var PHRASE_CHECKED = 40;
  function phrasesFirst(found) {
    var checked = found.hits.slice(0, PHRASE_CHECKED);
    return data.details(checked.map(function (h) { return h.doc.n; })).then(function (details) {
      checked.forEach(function (h, i) {
        var d = details[i];
        var where = function (text) { return found.phrases.every(function (p) { return hasPhrase(text, p); }); };
        h.phrase = where(d.title) ? 2 : where([d.summary || ''].concat(d.excerpt || []).join(' ')) ? 1 : 0;
      });
      found.hits = found.hits.map(function (h, i) { return { h: h, i: i }; })
        .sort(function (a, b) { return (b.h.phrase || 0) - (a.h.phrase || 0) || a.i - b.i; })
        .map(function (x) { return x.h; });
      found.phraseMatches = checked.filter(function (h) { return h.phrase; }).length;
      found.phraseChecked = checked.length;
      return found;
    });
  }

  // Words as lunr splits them (white space and hyphens), each lower-cased, trimmed of punctuation at its
  // ends and stemmed: "Connection-pool" and "connection pools" are the same two words.
  function wordStems(text) {
    return text.split(/[\s\-]+/).map(function (part) { return stemOf(clean(part)); }).filter(Boolean);
  }

  function hasPhrase(text, phrase) {
    var words = wordStems(text), wanted = phrase.map(function (w) { return stemOf(clean(w)); }).filter(Boolean);
    if (!wanted.length) return false;
    for (var i = 0; i + wanted.length <= words.length; i++) {
      var j = 0;
      while (j < wanted.length && words[i + j] === wanted[j]) j++;
      if (j === wanted.length) return true;
    }
    return false;
  }

  function clean(part) {
    return part.toLowerCase().replace(/^\W+/, '').replace(/\W+$/, '');
  }

  // A parse error is thrown at once; the chunks arrive later.
  function tryQuery(q) {
    try {
      return data.search(q);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  function passes(doc, except) {
    return FACETS.every(function (f) {
      if (f.key === except || state[f.key].length === 0) return true;
      var values = f.values(doc);
      return state[f.key].some(function (v) { return values.indexOf(v) >= 0; });
    });
  }

  // Typing starts a search per pause; only the latest one's answer is shown.
  var searches = 0;
  function update(push) {
    if (!data) return;
    var mine = ++searches;
    search(state.q).then(function (found) {
      if (mine !== searches) return;
      var all = found.hits;
      answer = found;
      currentResults = all.filter(function (r) { return passes(r.doc, null); });
      // The index's order is newest first (undated last): sorting by date is sorting by document number.
      if (state.sort === 'date') currentResults.sort(function (a, b) { return a.doc.n - b.doc.n; });
      writeUrl(push);
      // The results first: counting the filters over every match waits until they are painted (the
      // filters say they are busy meanwhile).
      facetsBox.setAttribute('aria-busy', 'true');
      render(currentResults, function () {
        afterPaint(function () {
          if (mine !== searches) return;
          renderFacets(all);
          facetsBox.removeAttribute('aria-busy');
        });
      });
    }, function () {
      if (mine === searches) failed('The search data could not be loaded (the network or the server failed), so these are not the results.', function () { update(false); });
    });
  }

  // The results on screen need their titles and summaries: fetched for them only.
  var renders = 0;
  function render(results, then) {
    var mine = ++renders;
    var page = results.slice(0, shown);
    data.details(page.map(function (r) { return r.doc.n; })).then(function (details) {
      if (mine !== renders) return;
      list.textContent = '';
      page.forEach(function (r, i) { list.appendChild(resultItem(r, details[i])); });
      more.hidden = results.length <= shown;
      announce(results, page, details);
      if (then) then();
    }, function () {
      if (mine === renders) failed('The search results could not be loaded (the network or the server failed).', function () { render(results, then); });
    });
  }

  function announce(results, page, details) {
    var filters = [];
    FACETS.forEach(function (f) { state[f.key].forEach(function (v) { filters.push(f.label.toLowerCase() + ' ' + v); }); });
    var what = state.q.trim() ? ' for “' + state.q.trim() + '”' : '';
    var notes = [];
    if (answer.corrections.length) notes.push('Showing results for ' + answer.corrections.map(function (c) { return corrected(c, page, details); }).join('; ') + '.');
    if (answer.mode === 'any' && results.length) notes.push('No incident has all the words; showing incidents with any of them.');
    if (answer.phrases.length && answer.phraseChecked) {
      notes.push(answer.phraseMatches + ' of the first ' + answer.phraseChecked + ' have the exact ' + (answer.phrases.length > 1 ? 'phrases' : 'phrase') +
        ' in their title or excerpt and come first; the others have the words apart.');
    }
    status.textContent = results.length + (results.length === 1 ? ' incident' : ' incidents') + what +
      (filters.length ? ' with ' + filters.join(', ') : '') + (state.q.trim() && state.sort !== 'date' ? '' : ', newest first') + '.' +
      (notes.length ? ' ' + notes.join(' ') : '');
  }

  // "“certificate” instead of “certifcate”": the index holds stems ("certif"), so each near term that
  // matched is named by a word of the shown titles or summaries that has it as its stem, when one does.
  var SHOWN_CORRECTIONS = 3;
  function corrected(correction, page, details) {
    var matched = correction.terms.filter(function (t) {
      return page.some(function (r) { return Object.prototype.hasOwnProperty.call(r.terms, t); });
    });
    var words = new Map();
    details.forEach(function (d) {
      (d.title + ' ' + (d.summary || '') + ' ' + (d.excerpt || []).join(' ')).split(/[\s\-]+/).forEach(function (part) {
        var word = clean(part);
        var stem = stemOf(word);
        if (stem && !words.has(stem)) words.set(stem, word);
      });
    });
    var names = (matched.length ? matched : correction.terms).map(function (t) { return '“' + (words.get(t) || t) + '”'; })
      .filter(function (n, i, all) { return all.indexOf(n) === i; });
    var shownNames = names.slice(0, SHOWN_CORRECTIONS).join(', ') + (names.length > SHOWN_CORRECTIONS ? ' and ' + (names.length - SHOWN_CORRECTIONS) + ' more' : '');
    return shownNames + ' instead of “' + correction.word + '”';
  }

  function resultItem(r, d) {
    var li = el('li', 'incident-card');
    var h = el('h2', 'card-title');
    var a = el('a', 'result-link');
    appendMarked(a, d.title, r.terms);
    // The incident page marks the same words (highlight.js): the index's terms this result matched.
    var words = Object.keys(r.terms).sort();
    a.href = root + d.url + (words.length ? '?' + new URLSearchParams({ highlight: words.join(' ') }).toString() : '');
    h.appendChild(a);
    li.appendChild(h);
    var meta = el('p', 'meta');
    if (d.severity) {
      var badge = el('span', 'badge sev sev-' + d.severityRank, d.severity.toUpperCase() + ' · ' + d.severityLabel);
      meta.appendChild(badge);
    } else if (unclassified) {
      meta.appendChild(el('span', 'badge sev sev-none', unclassified));
    }
    var time = el('time', null, d.dateDisplay || 'Undated');
    if (d.date) time.setAttribute('datetime', d.date);
    meta.appendChild(time);
    li.appendChild(meta);
    var text = excerptOf(d, r.terms, answer.phrases);
    if (text) {
      var p = el('p', 'summary');
      appendMarked(p, text, r.terms);
      li.appendChild(p);
    }
    if (d.tags.length) {
      var tags = el('ul', 'chips');
      tags.setAttribute('aria-label', 'Tags');
      d.tags.forEach(function (t) { tags.appendChild(el('li', 'chip', t)); });
      li.appendChild(tags);
    }
    return li;
  }

  // A frame's rendering runs after requestAnimationFrame's callbacks; a task queued from one runs after
  // that frame is painted.
  function afterPaint(fn) {
    requestAnimationFrame(function () { setTimeout(fn, 0); });
  }

  // The summary with every word whose stem matched the query marked. Summaries share most of their
  // words, and lunr's stemmer is a chain of regular expressions: each word is stemmed once per page.
  var stems = new Map();
  function stemOf(word) {
    var stem = stems.get(word);
    if (stem === undefined) {
      stem = word ? window.lunr.stemmer(new window.lunr.Token(word)).toString() : '';
      stems.set(word, stem);
    }
    return stem;
  }

  // What a result shows under its title: of its summary and the body sentences chosen for it when the
  // site was built (SearchExcerpt.cs), the one with most of the words it matched, and a second one when
  // that has matched words the first lacks, in their order, each cut to a window around its first
  // matched word. Without a matched word (an empty query), the summary, else the body's first sentence.
  // A quoted phrase's words are marked as any other matched word.
  var EXCERPT_CHARS = 170;
  function excerptOf(d, terms, phrases) {
    var candidates = (d.summary ? [d.summary] : []).concat(d.excerpt || []).map(function (text, i) {
      return { text: text, i: i, found: matchedIn(text, terms), phrase: phrases.some(function (p) { return hasPhrase(text, p); }) };
    });
    if (!candidates.length) return '';
    // A sentence with a quoted phrase of the query first: it shows why the result came first.
    var byFound = candidates.slice().sort(function (a, b) { return b.phrase - a.phrase || b.found.length - a.found.length || a.i - b.i; });
    var best = byFound[0];
    if (!best.found.length) return around(candidates[0].text, terms);
    var adds = function (c) { return c.found.filter(function (t) { return best.found.indexOf(t) < 0; }).length; };
    var second = byFound.filter(function (c) { return c !== best && adds(c) > 0; })
      .sort(function (a, b) { return adds(b) - adds(a) || a.i - b.i; })[0];
    return [best].concat(second ? [second] : []).sort(function (a, b) { return a.i - b.i; })
      .map(function (c) { return around(c.text, terms); }).join(' … ');
  }

  function matchedIn(text, terms) {
    var found = [];
    wordStems(text).forEach(function (stem) {
      if (Object.prototype.hasOwnProperty.call(terms, stem) && found.indexOf(stem) < 0) found.push(stem);
    });
    return found;
  }

  // At most EXCERPT_CHARS of the text, from a little before its first matched word, cut between words.
  function around(text, terms) {
    if (text.length <= EXCERPT_CHARS) return text;
    var first = 0, offset = 0;
    var parts = text.split(/([\s\-]+)/);
    for (var i = 0; i < parts.length; i++) {
      if (i % 2 === 0 && Object.prototype.hasOwnProperty.call(terms, stemOf(clean(parts[i])))) { first = offset; break; }
      offset += parts[i].length;
    }
    var start = first > 40 ? text.lastIndexOf(' ', first - 30) + 1 : 0;
    var end = Math.min(text.length, start + EXCERPT_CHARS);
    if (end < text.length) {
      var space = text.lastIndexOf(' ', end);
      if (space > start) end = space;
    }
    return (start > 0 ? '…' : '') + text.slice(start, end).trim() + (end < text.length && !/…$/.test(text.slice(start, end)) ? '…' : '');
  }

  // The text into the node as text nodes, with every word whose stem the result matched in a <mark>
  // (built with DOM calls: the text is never parsed as HTML).
  function appendMarked(node, text, terms) {
    var plain = '';
    text.split(/([\s\-]+)/).forEach(function (part, i) {
      if (i % 2 === 0 && part && Object.prototype.hasOwnProperty.call(terms, stemOf(clean(part)))) {
        if (plain) node.appendChild(document.createTextNode(plain));
        plain = '';
        node.appendChild(el('mark', null, part));
      } else {
        plain += part;
      }
    });
    if (plain) node.appendChild(document.createTextNode(plain));
  }

  // Values of one facet are alternatives (OR: an incident with any checked tag passes), facets narrow
  // each other (AND). So the count beside a value is the matches with that value that pass every other
  // facet's checked values: what checking it alone in its facet would list (checking it beside others
  // of the same facet adds those of them not listed yet).
  function renderFacets(all) {
    facetsBox.textContent = '';
    FACETS.forEach(function (f) {
      var counts = {};
      var sample = {};
      all.forEach(function (r) {
        if (!passes(r.doc, f.key)) return;
        f.values(r.doc).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; sample[v] = r.doc; });
      });
      state[f.key].forEach(function (v) { if (!(v in counts)) counts[v] = 0; });
      // Tags and services, many and unordered, by how many of these matches have them; severities and
      // years are scales and read best in their own order (most severe first, newest first).
      var values = Object.keys(counts).sort(function (a, b) {
        if (f.key === 'year') return a < b ? 1 : -1;
        if (f.key === 'severity') return (sample[a] ? sample[a].severityRank : 99) - (sample[b] ? sample[b].severityRank : 99);
        return counts[b] - counts[a] || (a < b ? -1 : 1);
      });
      if (!values.length) return;
      var fieldset = el('fieldset', 'facet');
      fieldset.appendChild(el('legend', null, f.label));
      var ul = el('ul');
      var limit = expanded[f.key] ? values.length : SHOWN_VALUES;
      values.forEach(function (v, i) {
        var selected = state[f.key].indexOf(v) >= 0;
        if (i >= limit && !selected) return;
        var li = el('li');
        var label = el('label');
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.name = f.key;
        box.value = v;
        box.checked = selected;
        box.addEventListener('change', function () { toggle(f.key, v, box.checked); });
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + (f.name ? f.name(v, sample[v]) : v) + ' '));
        label.appendChild(el('span', 'count', String(counts[v])));
        li.appendChild(label);
        ul.appendChild(li);
      });
      fieldset.appendChild(ul);
      if (values.length > SHOWN_VALUES) {
        var toggleAll = el('button', 'link-button', expanded[f.key] ? 'Show fewer' : 'Show all ' + values.length);
        toggleAll.type = 'button';
        toggleAll.addEventListener('click', function () { expanded[f.key] = !expanded[f.key]; renderFacets(all); });
        fieldset.appendChild(toggleAll);
      }
      facetsBox.appendChild(fieldset);
    });
    restoreFocus();
  }

  function toggle(key, value, on) {
    var values = state[key].filter(function (v) { return v !== value; });
    if (on) values.push(value);
    state[key] = values;
    shown = PAGE_SIZE;
    // The filters are drawn again once the new results are on screen; keep the focus on this box.
    refocus = { key: key, value: value };
    update(true);
  }

  var refocus = null;
  function restoreFocus() {
    if (!refocus) return;
    var again = facetsBox.querySelector('input[name="' + refocus.key + '"][value="' + CSS.escape(refocus.value) + '"]');
    refocus = null;
    if (again) again.focus();
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
})();
