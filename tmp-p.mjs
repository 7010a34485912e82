import Database from "better-sqlite3";
const db = new Database("/tmp/g1m.db", { readonly: true });
function t(q) { const st = db.prepare(q); st.all(); const ts=[]; for (let k=0;k<5;k++){const t0=performance.now(); st.all(); ts.push(performance.now()-t0);} ts.sort((a,b)=>a-b); console.log(ts[2].toFixed(1), 'ms |', db.prepare('explain query plan '+q).all().map(r=>r.detail).join(' | ')); }
const sums = Array.from({length: 20}, (_, i) => `sum((actor_mask >> ${i}) & 1)`).join(", ");
t(`select ${sums} from events where status != 'rejected'`);
t(`select ${sums} from events where status != 'rejected' and date_end >= '2021-01-01' and date_start <= '2021-12-31'`);
t(`select date_start, date_precision, count(*), ${sums} from events where status != 'rejected' group by date_start, date_precision`);
t(`select count(*) from events_rtree`);
