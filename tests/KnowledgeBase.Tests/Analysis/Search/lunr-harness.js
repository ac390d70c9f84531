// Drives real lunr.js for the conformance tests: node lunr-harness.js LUNR_JS INPUT_JSON OUTPUT_JSON.
// Input: words to stem, texts to run through the index pipeline, documents and fields to index,
// the index built in C#, and queries; or words alone. Output: what lunr.js makes of each.
'use strict';
const fs = require('fs');
const lunr = require(process.argv[2]);
const input = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));

const pipeline = new lunr.Pipeline();
pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);

// Words alone (no documents, no index) are stemmed only.
const indexing = Boolean(input.documents);
const built = indexing ? lunr(function () {
  this.ref('ref');
  for (const field of input.fields) this.field(field.name, { boost: field.boost });
  for (const doc of input.documents) this.add(Object.assign({ ref: doc.ref }, doc.fields));
}) : null;
const ours = indexing ? lunr.Index.load(input.ourIndex) : null;
// A site ships lunr's index as JSON, so lunr's side is compared as loaded from its own JSON too.
// (Searching the builder's live object differs: `*` throws on it, reading '_index' of undefined.)
const theirs = indexing ? lunr.Index.load(JSON.parse(JSON.stringify(built))) : null;

const search = (index, query) => {
  try {
    return index.search(query).map(r => [r.ref, r.score]);
  } catch (e) {
    return { error: String(e.message || e) };
  }
};

fs.writeFileSync(process.argv[4], JSON.stringify({
  stems: input.words.map(w => lunr.stemmer(new lunr.Token(w)).toString()),
  terms: (input.texts || []).map(t => pipeline.run(lunr.tokenizer(t)).map(String)),
  index: indexing ? built.toJSON() : null,
  lunrResults: indexing ? input.queries.map(q => search(theirs, q)) : [],
  ourResults: indexing ? input.queries.map(q => search(ours, q)) : [],
}));
