// Drives the chunked search client (theme/assets/search-chunks.js) and lunr.js on the whole index:
// node chunked-harness.js LUNR_JS CLIENT_JS SITE_DIR INPUT_JSON OUTPUT_JSON.
// Input: the whole index (lunr's JSON), the document refs in index order, queries and misspelt words.
// Output: answers, for each query what lunr.js answers from the whole index and what the client answers
// from the chunks (refs, scores and matched terms by field), and every file the client fetched for it;
// typos, for each misspelt word the client's corrections from the typo dictionary's parts and from the
// whole dictionary, and the files the first fetched.
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL, fileURLToPath } = require('url');

globalThis.lunr = require(process.argv[2]);
require(process.argv[3]);
const site = process.argv[4];
const input = JSON.parse(fs.readFileSync(process.argv[5], 'utf8'));

const whole = globalThis.lunr.Index.load(input.index);
const answer = (results) => results.map(r => [r.ref, r.score, r.matchData.metadata]);

(async () => {
  let fetched = [];
  const fetchJson = async (url) => {
    fetched.push(path.relative(site, fileURLToPath(url)));
    return JSON.parse(fs.readFileSync(fileURLToPath(url), 'utf8'));
  };
  const chunked = await globalThis.kbChunkedSearch.load(pathToFileURL(path.join(site, 'search', 'manifest.json')).href, fetchJson);
  const out = [];
  for (const q of input.queries) {
    let expected, actual;
    try { expected = answer(whole.search(q)); } catch (e) { expected = { error: String(e.name) }; }
    fetched = [];
    try {
      actual = (await chunked.search(q)).map(r => [input.refs[r.doc], r.score, r.matchData.metadata]);
    } catch (e) {
      actual = { error: String(e.name) };
    }
    out.push({ query: q, expected, actual, fetched });
  }
  // Typo correction from the typo dictionary's parts, beside the same correction from the whole
  // dictionary (the terms the typo dictionary files: no digit, 2 to 32 letters).
  const wholeDictionary = await globalThis.kbChunkedSearch.load(pathToFileURL(path.join(site, 'search', 'manifest.json')).href, fetchJson);
  wholeDictionary.typoTerms = function () {
    return this.dictionary().then((d) => {
      return { terms: new Set(d.list.filter(t => t.length >= 2 && t.length <= 32 && !/[0-9]/.test(t))) };
    });
  };
  const typos = [];
  for (const word of input.typos || []) {
    fetched = [];
    const parts = (await chunked.find(word)).corrections.flatMap(c => c.terms);
    const partsFetched = fetched;
    fetched = [];
    const fromWhole = (await wholeDictionary.find(word)).corrections.flatMap(c => c.terms);
    typos.push({ word, parts, whole: fromWhole, fetched: partsFetched });
  }
  fs.writeFileSync(process.argv[6], JSON.stringify({ answers: out, typos }));
})().catch(e => { console.error(e); process.exit(1); });
