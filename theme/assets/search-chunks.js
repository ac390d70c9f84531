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
  }

  ChunkedIndex.load = function (manifestUrl, fetchJson) {
    fetchJson = fetchJson || defaultFetchJson;
    return fetchJson(manifestUrl).then(function (manifest) {
      return new ChunkedIndex(manifest, manifestUrl, fetchJson);
    });
  };

  function defaultFetchJson(url) {
    return root.fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ' answered ' + response.status);
      return response.json();
    });
  }

  // Each file once: later queries reuse what earlier ones fetched.
  ChunkedIndex.prototype.file = function (relative) {
    var url = new URL(relative, this.base).href;
    if (!this.files.has(url)) this.files.set(url, this.fetchJson(url));
    return this.files.get(url);
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
    if (!this.dictionarySet) {
      this.dictionarySet = this.file(this.manifest.dictionary).then(function (terms) {
        return { tokens: lunr.TokenSet.fromArray(terms), terms: new Set(terms) };
      });
    }
    return this.dictionarySet;
  };

  // What the query's clauses need: exact terms, prefixes, or expansions over the dictionary, as
  // lunr.Index.prototype.query expands them.
  ChunkedIndex.prototype.plan = function (queryString) {
    var lunr = root.lunr;
    var query = new lunr.Query(this.manifest.fields);
    new lunr.QueryParser(queryString, query).parse();
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
          dictionary.tokens.intersect(lunr.TokenSet.fromClause(w.clause)).toArray().forEach(function (t) {
            // lunr's TokenSet can merge states whose edges are digits and then spell words the index
            // does not have (on the whole index lunr then fails reading '_index' of undefined); only
            // real terms are expanded to.
            if (!dictionary.terms.has(t)) return;
            exact.add(t); chunks.add(self.chunkOf(t));
          });
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
        var index = lunr.Index.load(self.assemble(entries, plan.query.isNegated()));
        return index.search(queryString).map(function (r) {
          return { doc: Number(r.ref.slice(1)), score: r.score, matchData: r.matchData };
        });
      });
    });
  };

  // lunr's serialized form of an index holding only these terms: postings, and field vectors with
  // just these terms' weights, in the order the whole index has them (document, then field).
  ChunkedIndex.prototype.assemble = function (entries, everyDocument) {
    var fields = this.manifest.fields;
    var vectors = new Map();
    var invertedIndex = [];
    entries.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
    entries.forEach(function (entry) {
      var posting = { _index: entry[1] };
      fields.forEach(function (field, f) {
        var docs = {}, flat = entry[2 + f];
        for (var i = 0; i < flat.length; i += 2) {
          var doc = flat[i];
          docs['d' + doc] = {};
          var key = doc * fields.length + f;
          if (!vectors.has(key)) vectors.set(key, []);
          vectors.get(key).push([entry[1], flat[i + 1]]);
        }
        posting[field] = docs;
      });
      invertedIndex.push([entry[0], posting]);
    });
    if (everyDocument) {
      // A query of only "-word" clauses matches every document: lunr walks all field vectors.
      for (var key = 0; key < this.manifest.documents * fields.length; key++) {
        if (!vectors.has(key)) vectors.set(key, []);
      }
    }
    var fieldVectors = Array.from(vectors.keys()).sort(function (a, b) { return a - b; }).map(function (key) {
      var pairs = vectors.get(key).sort(function (a, b) { return a[0] - b[0]; });
      var flat = [];
      pairs.forEach(function (p) { flat.push(p[0], p[1]); });
      return [fields[key % fields.length] + '/d' + Math.floor(key / fields.length), flat];
    });
    return { version: this.manifest.lunr, fields: fields, fieldVectors: fieldVectors, invertedIndex: invertedIndex, pipeline: this.manifest.pipeline };
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
