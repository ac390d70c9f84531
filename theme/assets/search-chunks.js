// Searches a chunked index (search/manifest.json): fetches only the term chunks a query needs, puts
// them together as a lunr index and lets lunr's own query code score it, so the results are lunr's.
// A query's score reads only the weights of its own terms, and every chunk carries lunr's weights
// unchanged, so the small index scores exactly as the whole one would.
// Works in a browser (window.kbChunkedSearch) and under node for the conformance tests.
(function (root) {
  'use strict';

  function ChunkedIndex(manifest, manifestUrl, fetchJson) {
    this.manifest = manifest;
    this.base = manifestUrl;
    this.fetchJson = fetchJson;
    this.files = new Map();
    this.firstTerms = manifest.termChunks;
    this.dictionarySet = null;
    this.docRefs = null;
    this.chunkTerms = new WeakMap();
    // lunr.Index.load's own check, made once here since the query indexes are built without it.
    if (manifest.lunr !== root.lunr.version) {
      root.lunr.utils.warn("Version mismatch when loading serialised index. Current version of lunr '" + root.lunr.version + "' does not match serialized index '" + manifest.lunr + "'");
    }
  }

  ChunkedIndex.load = function (manifestUrl, fetchJson) {
    fetchJson = fetchJson || defaultFetchJson;
    return fetchJson(manifestUrl).then(function (manifest) {
      return new ChunkedIndex(manifest, manifestUrl, fetchJson);
    }, function (error) {
      throw loadFailure(error, manifestUrl);
    });
  };

  function defaultFetchJson(url) {
    return root.fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ' answered ' + response.status);
      return response.json();
    });
  }

  // Each file once: later queries reuse what earlier ones fetched. A failed fetch is forgotten, so the
  // next query (or a retry) asks again, and its error is marked as a load failure, not a bad query.
  ChunkedIndex.prototype.file = function (relative) {
    var url = new URL(relative, this.base).href, files = this.files;
    if (!files.has(url)) {
      var pending = Promise.resolve().then(function () { return this.fetchJson(url); }.bind(this)).catch(function (error) {
        if (files.get(url) === pending) files.delete(url);
        throw loadFailure(error, url);
      });
      files.set(url, pending);
    }
    return files.get(url);
  };

  function loadFailure(error, url) {
    var failure = error instanceof Error ? error : new Error(url + ' could not be loaded: ' + error);
    failure.loadFailed = true;
    return failure;
  }

  // Term chunk c's address (relative to the manifest): the chunks are numbered, one hash for them all.
  ChunkedIndex.prototype.termFile = function (c) {
    return 'terms/t' + c + this.manifest.termFiles;
  };

  // The chunk a term would live in: the last whose first term is not after it.
  ChunkedIndex.prototype.chunkOf = function (term) {
    var lo = 0, hi = this.firstTerms.length - 1, found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (this.firstTerms[mid] <= term) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };

  // Every chunk that may hold a term starting with the prefix: they are contiguous.
  ChunkedIndex.prototype.chunksOfPrefix = function (prefix) {
    var chunks = [];
    for (var c = this.chunkOf(prefix); c < this.firstTerms.length; c++) {
      if (c > this.chunkOf(prefix) && this.firstTerms[c].slice(0, prefix.length) > prefix) break;
      chunks.push(c);
    }
    return chunks;
  };

  // The whole term dictionary as a lunr.TokenSet: only fuzzy and inner-wildcard queries need it.
  ChunkedIndex.prototype.dictionary = function () {
    var lunr = root.lunr;
    var self = this;
    if (!this.dictionarySet) {
      this.dictionarySet = this.file(this.manifest.dictionary).then(function (terms) {
        return { tokens: lunr.TokenSet.fromArray(terms), terms: new Set(terms), list: terms };
      }, function (error) {
        self.dictionarySet = null;
        throw error;
      });
    }
    return this.dictionarySet;
  };

  // What the query's clauses need: exact terms, prefixes, or expansions over the dictionary, as
  // lunr.Index.prototype.query expands them.
  // lunr builds an edit-distance automaton that grows about twentyfold with each unit of distance
  // ("configurationmanagement~5" took over a minute, ~2 takes milliseconds), and a short fuzzy or
  // wildcard term can expand to much of the dictionary: both are bounded, so every query answers
  // promptly. Queries within the bounds are lunr's own.
  var MAX_EDIT_DISTANCE = 2;
  var MAX_EXPANSIONS = 256;

  ChunkedIndex.prototype.plan = function (queryString) {
    var lunr = root.lunr;
    var query = new lunr.Query(this.manifest.fields);
    new lunr.QueryParser(queryString, query).parse();
    query.clauses.forEach(function (clause) {
      if (clause.editDistance > MAX_EDIT_DISTANCE) clause.editDistance = MAX_EDIT_DISTANCE;
    });
    var pipeline = lunr.Pipeline.load(this.manifest.pipeline);
    var wants = [];
    query.clauses.forEach(function (clause) {
      var terms = clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
      terms.forEach(function (term) {
        var star = term.indexOf(lunr.Query.wildcard);
        var fuzzy = clause.editDistance > 0;   // unset on clauses without "~"
        if (!fuzzy && star < 0) {
          wants.push({ exact: term });
        } else if (!fuzzy && /^[^*]+\**$/.test(term)) {
          wants.push({ prefix: term.slice(0, star) });
        } else {
          wants.push({ clause: Object.assign({}, clause, { term: term }) });
        }
      });
    });
    return { query: query, wants: wants };
  };

  // lunr's answer to a query string, exactly as lunr.js would give it on the whole index.
  ChunkedIndex.prototype.search = function (queryString) {
    return this.run(this.plan(queryString));
  };

  // Runs a plan: { query, wants, pipeline? } where a want is an exact term, a prefix or a clause to
  // expand over the dictionary, and pipeline (optional) stands in for lunr's on the query's terms.
  ChunkedIndex.prototype.run = function (plan) {
    var self = this, lunr = root.lunr;
    var needDictionary = plan.wants.some(function (w) { return w.clause; });
    return (needDictionary ? this.dictionary() : Promise.resolve(null)).then(function (dictionary) {
      var chunks = new Set(), exact = new Set(), prefixes = [];
      plan.wants.forEach(function (w) {
        if (w.exact !== undefined) { exact.add(w.exact); chunks.add(self.chunkOf(w.exact)); }
        else if (w.prefix !== undefined) { prefixes.push(w.prefix); self.chunksOfPrefix(w.prefix).forEach(function (c) { chunks.add(c); }); }
        else {
          // lunr's TokenSet can merge states whose edges are digits and then spell words the index
          // does not have (on the whole index lunr then fails reading '_index' of undefined); only
          // real terms are expanded to, the first MAX_EXPANSIONS of them in the dictionary's order.
          dictionary.tokens.intersect(lunr.TokenSet.fromClause(w.clause)).toArray()
            .filter(function (t) { return dictionary.terms.has(t); })
            .sort()
            .slice(0, MAX_EXPANSIONS)
            .forEach(function (t) { exact.add(t); chunks.add(self.chunkOf(t)); });
        }
      });
      var list = Array.from(chunks).sort(function (a, b) { return a - b; });
      return Promise.all(list.map(function (c) { return self.file(self.termFile(c)); })).then(function (loaded) {
        var entries = [];
        loaded.forEach(function (chunk) {
          chunk.forEach(function (entry) {
            var term = entry[0];
            if (exact.has(term) || prefixes.some(function (p) { return term.slice(0, p.length) === p; })) entries.push(entry);
          });
        });
        var pipeline = plan.pipeline || lunr.Pipeline.load(self.manifest.pipeline);
        if (!prefixes.length && !plan.wants.some(function (w) { return w.clause; }) && !plan.query.isNegated()) {
          var scored = exactQuery(entries, plan.query.clauses, pipeline, self.manifest.fields, self.manifest.documents);
          if (scored) return scored;
        }
        // The bounded clauses, not the query string again: lunr would rebuild the unbounded automaton.
        return self.build(entries, plan.query.isNegated(), pipeline).query(function (q) {
          plan.query.clauses.forEach(function (clause) { q.clause(clause); });
        }).map(function (r) {
          return { doc: Number(r.ref.slice(1)), score: r.score, matchData: r.matchData };
        });
      });
    });
  };

  // lunr.Index.prototype.query's own steps for a query whose terms are all exact (no wildcard, no edit
  // distance) and not all prohibited, taken on the entries directly instead of a lunr.Index built from
  // them: the same query vectors (lunr.Vector's upsert and magnitude), the same dot products summed in
  // term-index order, each document's field scores summed in the order lunr first meets its fields, the
  // same required and prohibited documents, the same match data, the same stable sort; so the same
  // results, score for score (the conformance tests compare them with lunr.js on the whole index).
  // lunr's own walk allocates a set per term and field and a match object per field of every matching
  // document, which on a wide query over 10,000 incidents took most of the search. Returns null where
  // lunr would throw (a required clause whose pipeline gives no term), so that lunr itself answers.
  function exactQuery(entries, clauses, pipeline, fields, documents) {
    var lunr = root.lunr, width = fields.length, REQUIRED = lunr.Query.presence.REQUIRED, PROHIBITED = lunr.Query.presence.PROHIBITED;
    var byTerm = new Map();
    entries.forEach(function (entry) { byTerm.set(entry[0], entry); });
    var fieldOf = Object.create(null);
    fields.forEach(function (f, i) { fieldOf[f] = i; });
    var queryVectors = fields.map(function () { return new lunr.Vector(); });
    // lunr intersects, per field, the documents of each required clause that names the field, then
    // intersects the fields: that is the documents every required clause matched. Each document counts
    // the required clauses it matched (once a clause); a required term the index lacks matches nothing.
    var requiredClauses = 0, requiredHits = new Uint16Array(documents), lastClause = new Int32Array(documents);
    var prohibited = new Uint8Array(documents);
    // Field refs (document * width + field) in the order lunr first meets them, each with its matched
    // terms in the order met, as linked lists: the term (an entry), its term index and its weight.
    var refs = [], head = new Int32Array(documents * width).fill(-1), tail = new Int32Array(documents * width);
    var next = [], matchedEntry = [], matchedWeight = [];
    var seenTermField = new Set();
    for (var c = 0; c < clauses.length; c++) {
      var clause = clauses[c], isRequired = clause.presence === REQUIRED;
      var terms = clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
      if (!terms.length && isRequired) return null;
      if (isRequired && clause.fields.length) requiredClauses++;
      for (var m = 0; m < terms.length; m++) {
        var entry = byTerm.get(terms[m]);
        if (!entry) {
          if (isRequired && clause.fields.length) return [];
          continue;
        }
        for (var k = 0; k < clause.fields.length; k++) {
          var f = fieldOf[clause.fields[k]], flat = entry[2 + f], i;
          if (isRequired) {
            for (i = 0; i < flat.length; i += 2) {
              if (lastClause[flat[i]] !== c + 1) { lastClause[flat[i]] = c + 1; requiredHits[flat[i]]++; }
            }
          }
          if (clause.presence === PROHIBITED) {
            for (i = 0; i < flat.length; i += 2) prohibited[flat[i]] = 1;
            continue;
          }
          queryVectors[f].upsert(entry[1], clause.boost, function (a, b) { return a + b; });
          var termField = entry[0] + '/' + f;
          if (seenTermField.has(termField)) continue;
          seenTermField.add(termField);
          for (i = 0; i < flat.length; i += 2) {
            var ref = flat[i] * width + f, slot = next.length;
            next.push(-1);
            matchedEntry.push(entry);
            matchedWeight.push(flat[i + 1]);
            if (head[ref] < 0) { head[ref] = slot; refs.push(ref); } else next[tail[ref]] = slot;
            tail[ref] = slot;
          }
        }
      }
    }
    var magnitudes = queryVectors.map(function (v) { return v.magnitude(); });
    var results = [], resultOf = new Map(), order = [];
    for (var r = 0; r < refs.length; r++) {
      var ref = refs[r], field = ref % width, doc = (ref - field) / width;
      if (requiredHits[doc] !== requiredClauses || prohibited[doc]) continue;
      // lunr.Vector's dot product: the query vector's elements against the field's, in index order.
      order.length = 0;
      for (var slot = head[ref]; slot >= 0; slot = next[slot]) order.push(slot);
      if (order.length > 1) order.sort(function (a, b) { return matchedEntry[a][1] - matchedEntry[b][1]; });
      var q = queryVectors[field].elements, dot = 0, j = 0;
      for (var o = 0; o < order.length; o++) {
        var index = matchedEntry[order[o]][1];
        while (j < q.length && q[j] < index) j += 2;
        if (j < q.length && q[j] === index) dot += q[j + 1] * matchedWeight[order[o]];
      }
      var score = dot / magnitudes[field] || 0;
      var result = resultOf.get(doc);
      if (!result) {
        result = { doc: doc, score: score, matchData: { metadata: Object.create(null) } };
        resultOf.set(doc, result);
        results.push(result);
      } else {
        result.score += score;
      }
      var metadata = result.matchData.metadata;
      for (var s = head[ref]; s >= 0; s = next[s]) {
        var term = matchedEntry[s][0];
        (metadata[term] || (metadata[term] = Object.create(null)))[fields[field]] = NO_METADATA;
      }
    }
    return results.sort(function (a, b) { return b.score - a.score; });
  }

  // What lunr's match data holds for a term in a field: the index keeps no metadata (positions), so
  // lunr gives an empty object; one shared, frozen one serves every match.
  var NO_METADATA = Object.freeze(Object.create(null));

  // A lunr.Index holding only these terms, built as lunr.Index.load would build it from the serialized
  // form (postings as given, one vector per document field with these terms' weights in term-index
  // order, field vectors in the whole index's order: document, then field), without writing that form
  // out and reading it back: at 10,000 documents a query's terms touch tens of thousands of vectors.
  ChunkedIndex.prototype.build = function (entries, everyDocument, pipeline) {
    var lunr = root.lunr, fields = this.manifest.fields, width = fields.length;
    var refs = this.refs();
    // Documents hold no match metadata; lunr only reads (and copies) the keys of these objects.
    var noMetadata = {};
    entries.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
    var invertedIndex = Object.create(null), tokens = new lunr.TokenSet.Builder();
    entries.forEach(function (entry) {
      var posting = { _index: entry[1] };
      for (var f = 0; f < width; f++) {
        var docs = {}, flat = entry[2 + f];
        for (var i = 0; i < flat.length; i += 2) docs[refs[flat[i]]] = noMetadata;
        posting[fields[f]] = docs;
      }
      tokens.insert(entry[0]);
      invertedIndex[entry[0]] = posting;
    });
    tokens.finish();
    // Taken in term-index order, each document field's elements come out sorted as lunr keeps them.
    var slots = new Array(this.manifest.documents * width);
    entries.slice().sort(function (a, b) { return a[1] - b[1]; }).forEach(function (entry) {
      for (var f = 0; f < width; f++) {
        var flat = entry[2 + f];
        for (var i = 0; i < flat.length; i += 2) {
          var key = flat[i] * width + f;
          (slots[key] || (slots[key] = [])).push(entry[1], flat[i + 1]);
        }
      }
    });
    var fieldVectors = {};
    for (var key = 0; key < slots.length; key++) {
      // A query of only "-word" clauses matches every document: lunr walks all field vectors.
      if (slots[key] || everyDocument) fieldVectors[fields[key % width] + '/' + refs[(key - key % width) / width]] = new lunr.Vector(slots[key] || []);
    }
    return new lunr.Index({
      invertedIndex: invertedIndex, fieldVectors: fieldVectors, tokenSet: tokens.root, fields: fields,
      pipeline: pipeline || lunr.Pipeline.load(this.manifest.pipeline)
    });
  };

  // Whether the index has this exact term: only its chunk is fetched.
  ChunkedIndex.prototype.has = function (term) {
    var self = this, relative = this.termFile(this.chunkOf(term));
    return this.file(relative).then(function (chunk) {
      var terms = self.chunkTerms.get(chunk);
      if (!terms) {
        terms = new Set(chunk.map(function (entry) { return entry[0]; }));
        self.chunkTerms.set(chunk, terms);
      }
      return terms.has(term);
    });
  };

  // What a search box is expected to do with plain words, built on lunr's queries:
  // - a query that uses lunr's syntax (+word, -word, field:, ~, ^, *) runs as written;
  // - every plain word is required (lunr's "+word"); when no incident has them all, any word will do;
  // - a word the index does not have (neither as typed nor as its stem) stands for the index's terms
  //   within edit distance 1 (2 from 8 letters on) of the word or of its stem, weighted below an exact
  //   word (TYPO_BOOST for distance 1, half that for 2): the parts of the typo dictionary that can hold
  //   them are fetched only then.
  // Without such a word, what runs is a lunr query string ("+disk +full") and the results are lunr's
  // own for it, put titles first (titleFirst). Resolves to { results, mode: 'written' | 'all' | 'any', ran,
  // corrections: [{ word, terms }], phrases: [[word, …]] } (a result has titleWords beside lunr's fields).
  var TYPO_BOOST = 0.5;
  // lunr's edit-distance automaton grows with the word: a word longer than any real one (a pasted
  // hash, a run of one key) is not corrected, so no query runs unbounded.
  var TYPO_MIN_LETTERS = 3;
  var TYPO_MAX_LETTERS = 30;
  var LUNR_SYNTAX = /(^|\s)[+\-]|[:~^*]/;

  ChunkedIndex.prototype.find = function (queryString) {
    var self = this, lunr = root.lunr;
    var phrases = quotedPhrases(queryString);
    queryString = queryString.replace(/"/g, ' ');
    if (LUNR_SYNTAX.test(queryString)) {
      return this.search(queryString).then(function (results) {
        return { results: results, mode: 'written', ran: queryString, corrections: [], phrases: [] };
      });
    }
    var parsed = new lunr.Query(this.manifest.fields);
    new lunr.QueryParser(queryString, parsed).parse();
    var pipeline = lunr.Pipeline.load(this.manifest.pipeline);
    // lunr's search pipeline only stems, so "the" stays a term the index never has (its indexing
    // pipeline drops stop words): a stop word is neither required nor corrected.
    var words = parsed.clauses.map(function (clause) {
      var stop = !lunr.stopWordFilter(lunr.trimmer(new lunr.Token(clause.term, {})));
      return { word: clause.term, stop: stop, terms: pipeline.runString(clause.term, { fields: clause.fields }) };
    });
    return Promise.all(words.map(function (w) {
      if (w.stop || !w.terms.length) return Promise.resolve(true);
      return Promise.all(w.terms.concat([w.word]).map(function (t) { return self.has(t); }))
        .then(function (found) { return found.some(Boolean); });
    })).then(function (known) {
      var unknown = words.filter(function (w, i) {
        return !known[i] && w.word.length >= TYPO_MIN_LETTERS && w.word.length <= TYPO_MAX_LETTERS && !/[0-9]/.test(w.word);
      });
      unknown.forEach(function (w) {
        w.variantStems = Array.from(new Set(oneEditAway(w.word).map(function (word) {
          return lunr.stemmer(new lunr.Token(word, {})).toString();
        })));
      });
      return (unknown.length ? self.typoTerms(unknown) : Promise.resolve(null)).then(function (dictionary) {
        unknown.forEach(function (w) { w.near = self.near(w, dictionary); });
        var corrections = unknown.filter(function (w) { return w.near.all.length; })
          .map(function (w) { return { word: w.word, terms: w.near.all }; });
        var meaningful = words.filter(function (w) { return !w.stop && w.terms.length; }).length;
        return self.runWords(words, true).then(function (all) {
          if (all.results.length || meaningful < 2) return Object.assign(all, { mode: 'all', corrections: corrections });
          return self.runWords(words, false).then(function (any) {
            return Object.assign(any, { mode: 'any', corrections: corrections });
          });
        }).then(function (found) {
          found.results = titleFirst(found.results, words);
          found.phrases = phrases;
          return found;
        });
      });
    });
  };

  // "Titles first" is a stable re-ordering of lunr's answer for the query that ran, not a boost inside
  // it: lunr scores each field against the query's vector for that field divided by that vector's
  // length, so "title:word^N" clauses added to every word scale the title's query vector and its length
  // alike and change no score. Each result counts the query's words its title has (from lunr's match
  // data: 2 for a word as typed, 1 for a near term standing for a misspelt one); more come first, and
  // lunr's order is kept among equals. The set of results, and their scores, stay lunr's own.
  function titleFirst(results, words) {
    var counted = words.filter(function (w) { return !w.stop && w.terms.length; }).map(function (w) {
      var corrected = w.near && w.near.all.length;
      return { terms: corrected ? w.near.all : w.terms, weight: corrected ? 1 : 2 };
    });
    return results.map(function (r, i) {
      var inTitle = 0;
      counted.forEach(function (w) {
        if (w.terms.some(function (t) { var m = r.matchData.metadata[t]; return m && m.title; })) inTitle += w.weight;
      });
      r.titleWords = inTitle;
      return { r: r, i: i };
    }).sort(function (a, b) { return b.r.titleWords - a.r.titleWords || a.i - b.i; }).map(function (x) { return x.r; });
  }

  // The "quoted phrases" of a query, each as its words: the query runs with those words as any others
  // (all required), and search.js checks on each result's text which have them in that order.
  function quotedPhrases(queryString) {
    var phrases = [], pattern = /"([^"]*)"/g, m;
    while ((m = pattern.exec(queryString)) !== null) {
      var phraseWords = m[1].toLowerCase().split(root.lunr.tokenizer.separator).filter(Boolean);
      if (phraseWords.length > 1) phrases.push(phraseWords);
    }
    return phrases;
  }

  // How far a misspelt word is corrected: one edit, two from 8 letters on.
  function typoDistance(word) {
    return Math.min(word.length >= 8 ? 2 : 1, MAX_EDIT_DISTANCE);
  }

  // The word as typed and its stems: what its near terms are measured from.
  function typoSources(w) {
    return w.terms.concat([w.word]).filter(function (t, i, all) { return all.indexOf(t) === i; });
  }

  // The terms of the typo dictionary (TypoTermIndex.cs) that can be near these words, as { terms: Set }:
  // for each source of each word, the parts filed under its first two letters and under its last two,
  // over the lengths its edits reach (and, under its first two letters, down to the shortest stem of its
  // one-edit variants, which the stemmer may have shortened);
  // for a source of under four letters, the short terms too. A term one edit away shares the first two
  // letters or the last two with a source of four letters or more, so these parts hold every term one
  // edit from a source that the whole dictionary would give. Missed: a term two edits away, one in the
  // first two letters and one in the last two, and the stem of a word one edit away when that edit is
  // in the first two letters ("aking": "making", "make").
  ChunkedIndex.prototype.typoTerms = function (words) {
    var self = this, index = this.manifest.typo;
    return Promise.resolve().then(function () {
      var wanted = new Set();
      words.forEach(function (w) {
        var distance = typoDistance(w.word);
        typoSources(w).forEach(function (source) {
          // One edit of a short word touches both its first two letters and its last two.
          if (source.length < 4) index.short.forEach(function (p) { wanted.add(p); });
          if (source.length < 2) return;
          var first = source.slice(0, 2), lo = source.length - distance, hi = source.length + distance;
          w.variantStems.forEach(function (stem) {
            if (stem.slice(0, 2) === first) { lo = Math.min(lo, stem.length); hi = Math.max(hi, stem.length); }
          });
          partsCovering(index.prefix, first, lo, hi).forEach(function (p) { wanted.add(p); });
          partsCovering(index.suffix, source.slice(-2), source.length - distance, source.length + distance).forEach(function (p) { wanted.add(p); });
        });
      });
      return Promise.all(Array.from(wanted).sort().map(function (p) { return self.file(p); })).then(function (parts) {
        var terms = new Set();
        parts.forEach(function (part) { part.forEach(function (t) { terms.add(t); }); });
        return { terms: terms };
      });
    });
  };

  // The parts of one side of the typo index whose keys (two letters, then the length in two digits) may
  // fall between letters+lo and letters+hi: a part holds the keys from its first to the next part's first.
  function partsCovering(side, letters, lo, hi) {
    var from = typoKey(letters, Math.max(lo, 2)), to = typoKey(letters, Math.min(hi, 99)), found = [];
    for (var i = 0; i < side.length; i++) {
      var next = i + 1 < side.length ? side[i + 1][0] : null;
      if (side[i][0] <= to && (next === null || next >= from)) found.push(side[i][1]);
    }
    return found;
  }

  function typoKey(letters, length) {
    return letters + (length < 10 ? '0' : '') + length;
  }

  // The dictionary's terms near an unknown word: within its edit distance of the word as typed or of its
  // stem, or the stem of a word one edit away (the dictionary holds stems: "provder" is 3 edits from
  // "provid" but 1 from "provider"), those at distance 1 first, at most MAX_EXPANSIONS.
  ChunkedIndex.prototype.near = function (w, dictionary) {
    var distance = typoDistance(w.word);
    var sources = typoSources(w);
    function within(d) {
      var found = [];
      dictionary.terms.forEach(function (t) {
        if (sources.some(function (source) { return editDistance(source, t, d) <= d; })) found.push(t);
      });
      return found.sort();
    }
    var close = within(1);
    w.variantStems.forEach(function (stem) {
      if (dictionary.terms.has(stem) && close.indexOf(stem) < 0) close.push(stem);
    });
    close.sort();
    var far = distance > 1 ? within(2).filter(function (t) { return close.indexOf(t) < 0; }) : [];
    var all = close.concat(far).slice(0, MAX_EXPANSIONS);
    return { all: all, close: close.filter(function (t) { return all.indexOf(t) >= 0; }) };
  };

  // How many edits turn a into b (a letter dropped, added or replaced, or two neighbours swapped, each
  // one edit: the optimal string alignment distance), or max + 1 once it is sure to be more than max.
  // Measured term by term over the few thousand terms of the typo parts: building a lunr.TokenSet of
  // them to intersect with lunr's edit automaton took most of a misspelt query's time.
  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var before = null, previous = new Array(b.length + 1), j;
    for (j = 0; j <= b.length; j++) previous[j] = j;
    for (var i = 1; i <= a.length; i++) {
      var row = [i], least = i;
      for (j = 1; j <= b.length; j++) {
        var edits = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) edits = Math.min(edits, before[j - 2] + 1);
        row.push(edits);
        if (edits < least) least = edits;
      }
      if (least > max) return max + 1;
      before = previous;
      previous = row;
    }
    return previous[b.length];
  }

  // Every word one deletion, transposition, substitution or insertion (of a letter a to z) away.
  var LETTERS = 'abcdefghijklmnopqrstuvwxyz';
  function oneEditAway(word) {
    var found = new Set();
    for (var i = 0; i <= word.length; i++) {
      var head = word.slice(0, i), tail = word.slice(i);
      if (tail) found.add(head + tail.slice(1));
      if (tail.length > 1) found.add(head + tail[1] + tail[0] + tail.slice(2));
      for (var l = 0; l < LETTERS.length; l++) {
        if (tail) found.add(head + LETTERS[l] + tail.slice(1));
        found.add(head + LETTERS[l] + tail);
      }
    }
    found.delete(word);
    return Array.from(found);
  }

  // Runs the words with each one required (all) or optional (any). Stop words are optional either
  // way: lunr would require "+the" to match a term it never indexes.
  ChunkedIndex.prototype.runWords = function (words, all) {
    var lunr = root.lunr, self = this;
    var presence = all ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL;
    var typos = words.some(function (w) { return w.near && w.near.all.length; });
    if (!typos) {
      var ran = words.map(function (w) { return (all && !w.stop && w.terms.length ? '+' : '') + w.word; }).join(' ');
      return this.search(ran).then(function (results) { return { results: results, ran: ran }; });
    }
    // Each unknown word becomes a clause whose "term" the pipeline turns into its near terms, so lunr
    // requires any one of them, as it does the expansions of "word~1"; the nearest get a second,
    // optional clause that lifts them to TYPO_BOOST.
    var query = new lunr.Query(this.manifest.fields), wants = [], expansions = new Map();
    var real = lunr.Pipeline.load(this.manifest.pipeline);
    words.forEach(function (w, i) {
      if (!w.near || !w.near.all.length) {
        query.clause({ term: w.word, presence: !w.stop && w.terms.length ? presence : lunr.Query.presence.OPTIONAL });
        w.terms.forEach(function (t) { wants.push({ exact: t }); });
        return;
      }
      var farther = w.near.close.length < w.near.all.length;
      var key = '\u0000near' + i, closeKey = '\u0000close' + i;
      expansions.set(key, w.near.all);
      query.clause({ term: key, presence: presence, boost: farther ? TYPO_BOOST / 2 : TYPO_BOOST });
      if (farther && w.near.close.length) {
        expansions.set(closeKey, w.near.close);
        query.clause({ term: closeKey, presence: lunr.Query.presence.OPTIONAL, boost: TYPO_BOOST / 2 });
      }
      w.near.all.forEach(function (t) { wants.push({ exact: t }); });
    });
    var pipeline = {
      runString: function (str, metadata) {
        return expansions.has(str) ? expansions.get(str).slice() : real.runString(str, metadata);
      }
    };
    var ran = words.map(function (w) {
      var shown = w.near && w.near.all.length ? '(' + w.near.all.join(' | ') + ')' : w.word;
      return (all && !w.stop && w.terms.length ? '+' : '') + shown;
    }).join(' ');
    return this.run({ query: query, wants: wants, pipeline: pipeline }).then(function (results) {
      return { results: results, ran: ran };
    });
  };

  // The documents' names inside chunks, made once: "d0", "d1"…
  ChunkedIndex.prototype.refs = function () {
    if (!this.docRefs) {
      this.docRefs = new Array(this.manifest.documents);
      for (var n = 0; n < this.docRefs.length; n++) this.docRefs[n] = 'd' + n;
    }
    return this.docRefs;
  };

  // The result-list entries of documents by number, fetching only their chunks.
  ChunkedIndex.prototype.documents = function (numbers) {
    var self = this, per = this.manifest.documentsPerChunk;
    return Promise.all(numbers.map(function (n) {
      return self.file('docs/d' + Math.floor(n / per) + self.manifest.documentFiles).then(function (chunk) { return chunk[n % per]; });
    }));
  };

  root.kbChunkedSearch = { load: ChunkedIndex.load, fetchJson: defaultFetchJson };
})(typeof window !== 'undefined' ? window : globalThis);
