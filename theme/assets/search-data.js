// Loads the search data: the one module that knows how the index is stored and fetched.
// It resolves to { index: lunr.Index, documents: [...] }, documents in the index's order.
// (A chunked loader for very large knowledge bases replaces this file and nothing else.)
(function () {
  'use strict';

  function getJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ' answered ' + response.status);
      return response.json();
    });
  }

  window.kbSearchData = {
    load: function (indexUrl, documentsUrl) {
      return Promise.all([getJson(indexUrl), getJson(documentsUrl)]).then(function (parts) {
        return { index: window.lunr.Index.load(parts[0]), documents: parts[1] };
      });
    }
  };
})();
