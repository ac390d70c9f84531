// Loads the search data: the one module that knows how the index is stored and fetched.
// The index comes in chunks (search-chunks.js fetches only those a query needs); the filters' data
// for every incident comes in one small file. Resolves to
//   { all: [facet docs, newest first], search(q) → Promise<{ hits: [{ doc, terms }], mode, corrections, phrases }>,
//     details(numbers) → Promise<[documents]> }
// where mode, corrections and phrases say how the query was run (search-chunks.js's find; hits come titles first), and a facet doc is { n, year, severity, severityLabel, severityRank, tags, services, kind }.
(function () {
  'use strict';

  function facetDocs(facets) {
    // A doc's fifth entry marks a near miss; the kind filter exists only where some doc is one.
    var kinds = facets.docs.some(function (d) { return d[4] === 1; });
    return facets.docs.map(function (d, n) {
      var severity = d[1] >= 0 ? facets.severities[d[1]] : null;
      return {
        n: n,
        year: d[0] || null,
        severity: severity ? severity[0] : null,
        severityLabel: severity ? severity[1] : null,
        severityRank: severity ? severity[2] : 99,
        tags: d[2].map(function (i) { return facets.tags[i]; }),
        services: d[3].map(function (i) { return facets.services[i]; }),
        kind: kinds ? (d[4] === 1 ? 'near-miss' : 'incident') : null
      };
    });
  }

  window.kbSearchData = {
    load: function (manifestUrl, facetsUrl) {
      var manifest = new URL(manifestUrl, location.href).href;
      return Promise.all([window.kbChunkedSearch.load(manifest), window.kbChunkedSearch.fetchJson(facetsUrl)]).then(function (parts) {
        var chunked = parts[0];
        var all = facetDocs(parts[1]);
        return {
          all: all,
          search: function (q) {
            return chunked.find(q).then(function (found) {
              return {
                hits: found.results.map(function (r) { return { doc: all[r.doc], terms: r.matchData.metadata }; }),
                mode: found.mode,
                corrections: found.corrections,
                phrases: found.phrases
              };
            });
          },
          details: function (numbers) { return chunked.documents(numbers); }
        };
      });
    }
  };
})();
