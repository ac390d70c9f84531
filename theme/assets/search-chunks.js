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
    this.firstTerms = manifest.termChunks.map(function (c) { return c[0]; });
    this.dictionarySet = null;
    this.docRefs = null;
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

  ChunkedIndex.prototype.search = function (queryString) {
    var self = this, lunr = root.lunr;
    var plan = this.plan(queryString);
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
      return Promise.all(list.map(function (c) { return self.file(self.manifest.termChunks[c][1]); })).then(function (loaded) {
        var entries = [];
        loaded.forEach(function (chunk) {
          chunk.forEach(function (entry) {
            var term = entry[0];
            if (exact.has(term) || prefixes.some(function (p) { return term.slice(0, p.length) === p; })) entries.push(entry);
          });
        });
        // The bounded clauses, not the query string again: lunr would rebuild the unbounded automaton.
        return self.build(entries, plan.query.isNegated()).query(function (q) {
          plan.query.clauses.forEach(function (clause) { q.clause(clause); });
        }).map(function (r) {
          return { doc: Number(r.ref.slice(1)), score: r.score, matchData: r.matchData };
        });
      });
    });
  };

  // A lunr.Index holding only these terms, built as lunr.Index.load would build it from the serialized
  // form (postings as given, one vector per document field with these terms' weights in term-index
  // order, field vectors in the whole index's order: document, then field), without writing that form
  // out and reading it back: at 10,000 documents a query's terms touch tens of thousands of vectors.
  ChunkedIndex.prototype.build = function (entries, everyDocument) {
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
      pipeline: lunr.Pipeline.load(this.manifest.pipeline)
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
      return self.file(self.manifest.documentChunks[Math.floor(n / per)]).then(function (chunk) { return chunk[n % per]; });
    }));
  };

  root.kbChunkedSearch = { load: ChunkedIndex.load, fetchJson: defaultFetchJson };
})(typeof window !== 'undefined' ? window : globalThis);
