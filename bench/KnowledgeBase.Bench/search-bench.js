// Times lunr.js against our index: node search-bench.js LUNR_JS DOCS_JSON OUR_INDEX_JSON RUNS
// Prints one JSON object: lunr.js's own build time for the same documents (the peer), the time to load
// our index, and the median time of each query over RUNS runs.
'use strict';
const fs = require('fs');
const lunr = require(process.argv[2]);
const docs = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const ourJson = fs.readFileSync(process.argv[4], 'utf8');
const runs = Number(process.argv[5] || 5);

const median = xs => { const s = xs.slice().sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const time = fn => { const t = process.hrtime.bigint(); const r = fn(); return [Number(process.hrtime.bigint() - t) / 1e6, r]; };

const buildTimes = [];
for (let i = 0; i < Math.min(runs, 3); i++) {
  buildTimes.push(time(() => lunr(function () {
    this.ref('ref');
    for (const f of docs.fields) this.field(f.name, { boost: f.boost });
    for (const d of docs.documents) this.add(Object.assign({ ref: d.ref }, d.fields));
  }))[0]);
}

const loadTimes = [];
let index;
for (let i = 0; i < runs; i++) {
  const [ms, idx] = time(() => lunr.Index.load(JSON.parse(ourJson)));
  loadTimes.push(ms);
  index = idx;
}

const queries = ['database', 'connection pool', 'certificate rotation', '+retries -cache', 'title:checkout',
  'time*', 'configuraton~1', 'deploy^5 rollback', 'load balancer health checks', 'failover replica lag'];
const perQuery = queries.map(q => {
  const times = [];
  let hits = 0;
  for (let i = 0; i < runs; i++) { const [ms, r] = time(() => index.search(q)); times.push(ms); hits = r.length; }
  return { query: q, medianMs: median(times), hits };
});

console.log(JSON.stringify({
  lunrJsBuildMedianMs: median(buildTimes),
  ourIndexLoadMedianMs: median(loadTimes),
  queryMedianMs: median(perQuery.map(q => q.medianMs)),
  queries: perQuery,
}));
